package cn.techmarket.graphql.limits;

import graphql.GraphqlErrorBuilder;
import graphql.execution.DataFetcherResult;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;

import java.util.List;
import java.util.Map;

/**
 * Refuses a negative {@code first} or {@code last} on any field, naming the argument. Spring
 * GraphQL would otherwise read a negative count as no count at all and answer a default page,
 * which hides the client's mistake.
 */
public class PageArguments extends SimplePerformantInstrumentation {

    private static final List<String> COUNTS = List.of("first", "last");

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher, InstrumentationFieldFetchParameters parameters,
                                                InstrumentationState state) {
        // a trivial fetcher reads a property of its parent: no arguments to check, and asking for its environment would build one per field
        if (parameters.isTrivialDataFetcher()) {
            return dataFetcher;
        }
        var field = parameters.getEnvironment().getFieldDefinition();
        if (field.getArgument("first") == null && field.getArgument("last") == null) {
            return dataFetcher;
        }
        return environment -> {
            for (String count : COUNTS) {
                if (environment.getArgument(count) instanceof Number number && number.longValue() < 0) {
                    return DataFetcherResult.newResult().error(GraphqlErrorBuilder.newError(environment)
                            .errorType(graphql.ErrorType.ValidationError)
                            .message(count + ": must not be negative")
                            .extensions(Map.of("field", count, "code", "INVALID_INPUT")).build()).build();
                }
            }
            return dataFetcher.get(environment);
        };
    }
}
