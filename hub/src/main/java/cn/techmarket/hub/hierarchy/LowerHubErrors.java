package cn.techmarket.hub.hierarchy;

import cn.techmarket.hub.registry.RegisteredTenant;
import cn.techmarket.hub.registry.RegistryProperties.LowerHub;
import cn.techmarket.hub.registry.TenantRegistry;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An error about a sub-market below a lower hub names that hub too, as an unreachable city is
 * named: {@code via} (the lower hub's id) among the error's extensions, and the province in its
 * message, so that a province that is down shows as one, not as a list of unknown cities.
 */
@Component
class LowerHubErrors implements WebGraphQlInterceptor {

    private final TenantRegistry registry;
    private final LowerHubDiscovery discovery;

    LowerHubErrors(TenantRegistry registry, LowerHubDiscovery discovery) {
        this.registry = registry;
        this.discovery = discovery;
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        if (discovery.lowerHubs().isEmpty()) {
            return chain.next(request);
        }
        return chain.next(request).map(response -> response.getErrors().stream().noneMatch(error -> error.getExtensions().containsKey("tenant"))
                ? response
                : response.transform(builder -> builder.errors(response.getExecutionResult().getErrors().stream().map(this::namingLowerHub).toList())));
    }

    private GraphQLError namingLowerHub(GraphQLError error) {
        Object tenantId = error.getExtensions() == null ? null : error.getExtensions().get("tenant");
        Optional<RegisteredTenant> tenant = tenantId instanceof String id ? registry.find(id) : Optional.empty();
        Optional<LowerHub> hub = tenant.flatMap(discovery::lowerHubOf);
        if (hub.isEmpty()) {
            return error;
        }
        Map<String, Object> extensions = new LinkedHashMap<>(error.getExtensions());
        extensions.put("via", hub.get().id());
        boolean hubDown = discovery.last(hub.get().id()).map(last -> !last.reachable()).orElse(false);
        String message = error.getMessage() + " (" + tenant.get().name() + " is a sub-market of " + hub.get().name() + ", through its hub '"
                + hub.get().id() + "'" + (hubDown ? ", which does not answer either" : "") + ")";
        return GraphqlErrorBuilder.newError().message(message).path(error.getPath()).locations(error.getLocations())
                .errorType(error.getErrorType()).extensions(extensions).build();
    }
}
