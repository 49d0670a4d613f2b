package cn.techmarket.graphql.errors;

import graphql.GraphQLError;
import graphql.schema.DataFetchingEnvironment;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Refused input becomes BAD_REQUEST errors whose extensions name the field (as the client wrote
 * it, e.g. {@code input.patents[0].number}) and give a stable code. Nothing else is revealed. One
 * resolver for the hub and every tenant node, so one mistake reads alike wherever it is caught.
 */
public class BadInputExceptionResolver extends DataFetcherExceptionResolverAdapter {

    @Override
    protected List<GraphQLError> resolveToMultipleErrors(Throwable ex, DataFetchingEnvironment env) {
        if (ex instanceof BadInputException bad) {
            return List.of(BadInput.error(env, bad.field(), bad.problem(), bad.code()));
        }
        if (ex instanceof ConstraintViolationException invalid) {
            return errors(env, invalid.getConstraintViolations(), BadInputExceptionResolver::fieldOf);
        }
        if (ex instanceof InvalidArgumentException invalid) {
            return errors(env, invalid.violations(), violation -> invalid.argument() + "." + pathOf(violation));
        }
        return null;
    }

    private static List<GraphQLError> errors(DataFetchingEnvironment env, Set<? extends ConstraintViolation<?>> violations,
                                             Function<ConstraintViolation<?>, String> fields) {
        return violations.stream()
                .map(violation -> Map.entry(fields.apply(violation), violation.getMessage()))
                .sorted(Map.Entry.comparingByKey())
                .map(problem -> BadInput.error(env, problem.getKey(), problem.getValue(), BadInputException.INVALID_INPUT))
                .toList();
    }

    /**
     * The property path as the client wrote it: Bean Validation's {@code createAchievement.input.patents[0].number}
     * without the method name, and without container markers such as {@code .<list element>}.
     */
    private static String fieldOf(ConstraintViolation<?> violation) {
        String path = pathOf(violation);
        int firstDot = path.indexOf('.');
        return firstDot < 0 ? path : path.substring(firstDot + 1);
    }

    private static String pathOf(ConstraintViolation<?> violation) {
        return violation.getPropertyPath().toString().replaceAll("\\.<[^>]+>", "");
    }
}
