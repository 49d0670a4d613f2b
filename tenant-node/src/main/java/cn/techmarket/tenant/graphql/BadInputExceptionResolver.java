package cn.techmarket.tenant.graphql;

import cn.techmarket.tenant.library.BadInputException;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

import java.util.Map;

/** Refused input becomes a BAD_REQUEST error whose extensions name the field. */
@Component
class BadInputExceptionResolver extends DataFetcherExceptionResolverAdapter {

    @Override
    protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
        if (ex instanceof BadInputException bad) {
            return GraphqlErrorBuilder.newError(env)
                    .errorType(ErrorType.BAD_REQUEST)
                    .message(bad.getMessage())
                    .extensions(Map.of("field", bad.field()))
                    .build();
        }
        return null;
    }
}
