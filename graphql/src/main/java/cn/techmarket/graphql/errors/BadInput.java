package cn.techmarket.graphql.errors;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.springframework.graphql.execution.ErrorType;

import java.util.Map;

/** A refusal of the client's input, shaped like the tenants' own: the field and a code. */
public final class BadInput {

    private BadInput() {
    }

    public static GraphQLError error(DataFetchingEnvironment env, String field, String problem) {
        return error(env, field, problem, "INVALID_INPUT");
    }

    public static GraphQLError error(DataFetchingEnvironment env, String field, String problem, String code) {
        return GraphqlErrorBuilder.newError(env).errorType(ErrorType.BAD_REQUEST)
                .message(field + ": " + problem).extensions(Map.of("field", field, "code", code)).build();
    }
}
