package cn.techmarket.hub.federation;

import cn.techmarket.hub.registry.RegisteredTenant;
import graphql.execution.AsyncExecutionStrategy;
import graphql.execution.DataFetcherExceptionHandler;
import graphql.execution.ExecutionContext;
import graphql.execution.ExecutionStrategyParameters;
import graphql.execution.FieldCollectorParameters;
import graphql.execution.MergedSelectionSet;
import graphql.schema.GraphQLObjectType;

/**
 * graphql-java's strategy for queries, except that a {@code Tenant} whose whole selection the
 * tenant can answer is relayed to it in one call ({@link TenantRelay}) instead of being completed
 * field by field.
 */
final class TenantRelayingStrategy extends AsyncExecutionStrategy {

    private final TenantRelay relay;

    TenantRelayingStrategy(DataFetcherExceptionHandler exceptionHandler, TenantRelay relay) {
        super(exceptionHandler);
        this.relay = relay;
    }

    @Override
    protected Object completeValueForObject(ExecutionContext context, ExecutionStrategyParameters parameters, GraphQLObjectType type,
                                            Object value) {
        if (value instanceof RegisteredTenant tenant) {
            FieldCollectorParameters collecting = FieldCollectorParameters.newParameters()
                    .schema(context.getGraphQLSchema())
                    .objectType(type)
                    .fragments(context.getFragmentsByName())
                    .variables(context.getCoercedVariables().toMap())
                    .graphQLContext(context.getGraphQLContext())
                    .build();
            MergedSelectionSet fields = fieldCollector.collectFields(collecting, parameters.getField());
            if (relay.relayable(context.getGraphQLSchema(), type, fields, context.getFragmentsByName())) {
                return relay.relay(context, parameters.getPath(), fields, tenant);
            }
        }
        return super.completeValueForObject(context, parameters, type, value);
    }
}
