package cn.techmarket.graphql.limits;

import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.validation.ValidationError;
import org.springframework.graphql.execution.ErrorType;

import java.util.List;
import java.util.Map;

/**
 * Refuses a document whose fields or fragment spreads, counted with every spread expanded, go
 * past the limits, before graphql-java validates it: validation itself is what a chain of nested
 * spreads makes expensive, so the depth and complexity checks, which run after it, come too late.
 */
public class DocumentCostLimit extends SimplePerformantInstrumentation {

    private final long maxFields;
    private final long maxSpreads;

    public DocumentCostLimit(long maxFields, long maxSpreads) {
        this.maxFields = maxFields;
        this.maxSpreads = maxSpreads;
    }

    @Override
    public InstrumentationContext<List<ValidationError>> beginValidation(InstrumentationValidationParameters parameters,
                                                                       InstrumentationState state) {
        DocumentCost.excess(parameters.getDocument(), maxFields, maxSpreads).ifPresent(excess -> {
            throw new AbortExecutionException(List.of(GraphqlErrorBuilder.newError()
                    .errorType(ErrorType.BAD_REQUEST)
                    .message("The query is too large: it selects %s%d %s with its fragments expanded, and at most %d are allowed"
                            .formatted(excess.counted() >= excess.allowed() * 10 ? "over " : "",
                                    Math.min(excess.counted(), excess.allowed() * 10), excess.limit(), excess.allowed()))
                    .extensions(Map.of("code", "QUERY_TOO_LARGE", "limit", excess.limit(), "allowed", excess.allowed()))
                    .build()));
        });
        return super.beginValidation(parameters, state);
    }
}
