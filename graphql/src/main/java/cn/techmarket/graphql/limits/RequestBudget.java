package cn.techmarket.graphql.limits;

import graphql.GraphqlErrorBuilder;
import graphql.execution.DataFetcherResult;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.language.OperationDefinition;
import graphql.schema.DataFetcher;
import org.springframework.graphql.execution.ErrorType;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * A wall-clock budget for one request: a field whose turn comes after the budget is spent is not
 * fetched but answered with an error saying so (for a mutation, only a mutation not yet run; for a
 * subscription, only its start, not the events that come later) (the fields below it then have nothing to resolve),
 * so a request that got past the size limits still cannot hold a thread for long. The budget
 * starts when graphql-java starts on the request.
 */
public class RequestBudget extends SimplePerformantInstrumentation {

    private final Clock clock;
    private final Duration budget;

    public RequestBudget(Clock clock, Duration budget) {
        this.clock = clock;
        this.budget = budget;
    }

    record Deadline(Instant at, Duration allowed) implements InstrumentationState {
    }

    @Override
    public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
        // a caller that will wait less than our budget (the hub, near its own deadline) shortens it
        Duration allowed = TimeBudget.of(parameters.getExecutionInput().getGraphQLContext())
                .filter(told -> told.compareTo(budget) < 0).orElse(budget);
        return new Deadline(clock.instant().plus(allowed), allowed);
    }

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher, InstrumentationFieldFetchParameters parameters,
                                                InstrumentationState state) {
        if (!(state instanceof Deadline deadline) || parameters.isTrivialDataFetcher()) {
            return dataFetcher;
        }
        // a mutation that has run is answered in full: refusing its result's fields would hide a write that happened;
        // a subscription's events arrive for as long as it is open, each answered from what the event holds
        OperationDefinition.Operation operation = parameters.getExecutionContext().getOperationDefinition().getOperation();
        boolean answersInFull = operation == OperationDefinition.Operation.MUTATION || operation == OperationDefinition.Operation.SUBSCRIPTION;
        if (answersInFull && parameters.getEnvironment().getExecutionStepInfo().getPath().getLevel() > 1) {
            return dataFetcher;
        }
        return environment -> {
            if (clock.instant().isAfter(deadline.at())) {
                return DataFetcherResult.newResult().error(GraphqlErrorBuilder.newError(environment)
                        .errorType(ErrorType.BAD_REQUEST)
                        .message("The request ran past its time budget of %d ms; ask for less at once".formatted(deadline.allowed().toMillis()))
                        .extensions(Map.of("code", "REQUEST_BUDGET_EXCEEDED")).build()).build();
            }
            return dataFetcher.get(environment);
        };
    }
}
