package cn.techmarket.hub.registry;

import cn.techmarket.hub.federation.BadInput;
import graphql.GraphQLError;
import graphql.schema.DataFetchingEnvironment;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.stereotype.Component;

/** A refused registration becomes a BAD_REQUEST error naming the field, like every other refusal. */
@Component
class InvalidRegistrationResolver extends DataFetcherExceptionResolverAdapter {

    @Override
    protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
        if (ex instanceof InvalidRegistrationException invalid) {
            String problem = invalid.getMessage().substring(invalid.field().length() + 2);
            return BadInput.error(env, invalid.field(), problem, problem.startsWith("no such") ? "NOT_FOUND" : "INVALID_INPUT");
        }
        return null;
    }
}
