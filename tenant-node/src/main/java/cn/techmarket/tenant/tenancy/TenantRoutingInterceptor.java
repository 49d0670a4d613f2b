package cn.techmarket.tenant.tenancy;

import cn.techmarket.graphql.security.Caller;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.util.Map;

/**
 * Puts the tenant named by the request path into the GraphQL context, where every data fetcher
 * takes it from ({@code @ContextValue HostedTenant tenant}), with the caller's token subject as the
 * author of any change. No fetcher can reach a database without going through this.
 */
@Component
class TenantRoutingInterceptor implements WebGraphQlInterceptor {

    private final HostedTenants tenants;

    TenantRoutingInterceptor(HostedTenants tenants) {
        this.tenants = tenants;
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        HostedTenant tenant = TenantPath.tenantId(request.getUri().getPath())
                .flatMap(tenants::find)
                .orElseThrow(() -> new IllegalStateException("GraphQL request outside a tenant path: " + request.getUri().getPath()));
        String author = Caller.current().subject();
        request.configureExecutionInput((input, builder) -> builder.graphQLContext(Map.of(
                TenantContext.KEY, tenant,
                Author.CONTEXT_KEY, author)).build());
        return chain.next(request);
    }
}
