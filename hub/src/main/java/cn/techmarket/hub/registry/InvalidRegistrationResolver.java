package cn.techmarket.hub.registry;

import cn.techmarket.hub.graphql.BadInput;
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
            return BadInput.error(env, invalid.field(), invalid.problem(), invalid.problem().startsWith("no such") ? "NOT_FOUND" : "INVALID_INPUT");
        }
        return null;
    }
}
