package cn.techmarket.hub.federation;

import cn.techmarket.hub.registry.RegisteredTenant;
import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.WiringFactory;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.concurrent.CompletionException;

/**
 * The hub's {@code Tenant} fields that mirror the tenant's own queries: each is forwarded to
 * that tenant with the client's arguments and selection, through the guarded gateway. Every
 * {@code Tenant} field but the hub's own is such a mirror, so a new tenant query is forwarded
 * once the hub schema declares it (the contract test checks it matches the tenant's).
 */
@Component
class TenantFieldForwarding implements RuntimeWiringConfigurer {

    /** The registry's fields, the health and circuit, and the search sync's, answered by the hub itself. */
    static final Set<String> HUB_OWN = Set.of("id", "name", "nameEn", "regionCode", "endpoint", "status", "via", "health", "circuit", "searchSync", "searchDrift");

    private final TenantGateway gateway;

    TenantFieldForwarding(TenantGateway gateway) {
        this.gateway = gateway;
    }

    @Override
    public void configure(RuntimeWiring.Builder builder) {
    }

    @Override
    public void configure(RuntimeWiring.Builder builder, List<WiringFactory> container) {
        container.add(new ForwardedFields("Tenant", HUB_OWN, forward()));
    }

    @SuppressWarnings("unchecked")
    private DataFetcher<Object> forward() {
        // answered later, so sibling fields that ask tenants (one city's listings and another's counts) wait side by side
        return env -> {
            RegisteredTenant tenant = env.getSource();
            ForwardedQuery query = ForwardedQuery.of(env);
            return gateway.queryAsync(tenant, Callers.of(env), Deadline.of(env), query.document(), query.variables())
                    .handle((answer, failure) -> {
                        if (failure != null) {
                            Throwable cause = TenantGateway.unwrap(failure);
                            if (cause instanceof TenantCallFailure tenantFailure) {
                                return FederatedResults.failed(env, tenantFailure);
                            }
                            throw failure instanceof CompletionException wrapped ? wrapped : new CompletionException(cause);
                        }
                        DataFetcherResult<Object> result = FederatedResults.of(env, answer, env.getField().getName());
                        if (GraphQLTypeUtil.unwrapAll(env.getFieldType()).getName().endsWith("Connection")) {
                            return result.transform(builder -> builder.data(RelayConnections.from((Map<String, Object>) result.getData())));
                        }
                        return result;
                    });
        };
    }
}
