package cn.techmarket.hub.federation;

import cn.techmarket.graphql.errors.BadInputException;

import cn.techmarket.graphql.IdempotencyKey;
import cn.techmarket.hub.registry.RegisteredTenant;
import cn.techmarket.hub.registry.TenantRegistry;
import cn.techmarket.model.id.GlobalId;
import cn.techmarket.model.id.MalformedIdException;
import graphql.schema.DataFetcher;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.WiringFactory;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every hub mutation is forwarded to the one tenant that owns the record, never fanned out and
 * never retried. Which tenant: {@code tenantId} on create, the global id otherwise.
 */
@Component
class MutationForwarding implements RuntimeWiringConfigurer {

    private final TenantRegistry registry;
    private final TenantGateway gateway;

    MutationForwarding(TenantRegistry registry, TenantGateway gateway) {
        this.registry = registry;
        this.gateway = gateway;
    }

    @Override
    public void configure(RuntimeWiring.Builder builder) {
    }

    /** The hub's own mutations (the registry, search repair); every other {@code Mutation} field is forwarded. */
    static final java.util.Set<String> HUB_OWN = java.util.Set.of("registerTenant", "setTenantStatus", "repairSearchDrift", "rebuildSearchIndex");

    /** Every field of {@code Mutation} that mirrors a tenant mutation is forwarded. */
    @Override
    public void configure(RuntimeWiring.Builder builder, List<WiringFactory> container) {
        container.add(new ForwardedFields("Mutation", HUB_OWN, forward()));
    }

    private DataFetcher<Object> forward() {
        return env -> {
            Map<String, Object> arguments = new HashMap<>(env.getArguments());
            Object tenantId = arguments.remove("tenantId");
            String field = tenantId != null ? "tenantId" : "id";
            Optional<RegisteredTenant> owner;
            try {
                owner = registry.find(tenantId != null ? tenantId.toString() : GlobalId.parts((String) arguments.get("id"))[0]);
            } catch (MalformedIdException e) {
                throw new BadInputException("id", e.getMessage());
            }
            if (owner.isEmpty()) {
                throw BadInputException.notFound(field, "no such sub-market");
            }
            String name = env.getField().getName();
            ForwardedQuery mutation = ForwardedQuery.mutation(env, name, arguments);
            try {
                // each forwarded field is its own tenant request: its key is the client's, told apart by the field's response key
                IdempotencyKey key = IdempotencyKeyRelay.of(env.getGraphQlContext()).map(k -> k.forField(env.getField().getResultKey())).orElse(null);
                return FederatedResults.of(env, gateway.mutate(owner.get(), Callers.of(env), Deadline.of(env), key, mutation.document(),
                        mutation.variables()), name);
            } catch (TenantCallFailure failure) {
                return FederatedResults.failed(env, failure);
            }
        };
    }


}
