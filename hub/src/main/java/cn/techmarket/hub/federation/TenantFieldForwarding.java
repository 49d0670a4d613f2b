package cn.techmarket.hub.federation;

import cn.techmarket.hub.registry.RegisteredTenant;
import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.TypeRuntimeWiring;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;

/**
 * The hub's {@code Tenant} fields that mirror the tenant's own queries: each is forwarded to
 * that tenant with the client's arguments and selection, through the guarded gateway.
 */
@Component
class TenantFieldForwarding implements RuntimeWiringConfigurer {

    /** Must match the hub schema's {@code extend type Tenant}; the contract test checks both sides. */
    static final List<String> MIRRORED = List.of(
            "achievements", "demands", "experts", "financingInstitutions", "serviceInstitutions", "libraryCounts", "node", "auditTrail",
            "contracts", "contract", "contractStatistics", "matches", "match", "meetingRequests", "matchStatistics");

    private final TenantGateway gateway;

    TenantFieldForwarding(TenantGateway gateway) {
        this.gateway = gateway;
    }

    @Override
    public void configure(RuntimeWiring.Builder builder) {
        TypeRuntimeWiring.Builder tenant = TypeRuntimeWiring.newTypeWiring("Tenant");
        MIRRORED.forEach(field -> tenant.dataFetcher(field, forward()));
        builder.type(tenant);
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
