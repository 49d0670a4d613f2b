package cn.techmarket.tenant.graphql;

import cn.techmarket.tenant.library.BadInputException;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Refused input becomes BAD_REQUEST errors whose extensions name the field (as the client wrote
 * it, e.g. {@code input.patents[0].number}) and give a stable code. Nothing else is revealed.
 */
@Component
class BadInputExceptionResolver extends DataFetcherExceptionResolverAdapter {

    @Override
    protected List<GraphQLError> resolveToMultipleErrors(Throwable ex, DataFetchingEnvironment env) {
        if (ex instanceof BadInputException bad) {
            return List.of(error(env, bad.getMessage(), bad.field(), bad.code()));
        }
        if (ex instanceof ConstraintViolationException invalid) {
            return invalid.getConstraintViolations().stream()
                    .sorted(Comparator.comparing(violation -> violation.getPropertyPath().toString()))
                    .map(violation -> {
                        String field = fieldOf(violation);
                        return error(env, field + ": " + violation.getMessage(), field, "INVALID_INPUT");
                    })
                    .toList();
        }
        return null;
    }

    private static GraphQLError error(DataFetchingEnvironment env, String message, String field, String code) {
        return GraphqlErrorBuilder.newError(env)
                .errorType(ErrorType.BAD_REQUEST)
                .message(message)
                .extensions(Map.of("field", field, "code", code))
                .build();
    }

    /**
     * The property path as the client wrote it: Bean Validation's {@code createAchievement.input.patents[0].number}
     * without the method name, and without container markers such as {@code .<list element>}.
     */
    private static String fieldOf(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString().replaceAll("\\.<[^>]+>", "");
        int firstDot = path.indexOf('.');
        return firstDot < 0 ? path : path.substring(firstDot + 1);
    }
}
