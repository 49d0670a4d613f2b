package cn.techmarket.graphql.limits;

import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RequestBudgetTest {

    /** A clock the fetchers move: each fetch takes as long as the test says. */
    static final class SteppedClock extends Clock {
        Instant now = Instant.parse("2026-12-01T00:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final SteppedClock clock = new SteppedClock();
    private final List<String> fetched = new ArrayList<>();

    @Test
    void aCallerThatWillWaitLessShortensTheBudget() {
        ExecutionResult result = graphQl(Duration.ofMillis(500)).execute(graphql.ExecutionInput.newExecutionInput("{ a b c }")
                .graphQLContext(java.util.Map.of(TimeBudget.CONTEXT_KEY, Duration.ofMillis(700))).build());

        assertThat(fetched).as("told 700 ms: c's turn came at 1 s").containsExactly("a", "b");
        assertThat(result.getErrors()).singleElement().satisfies(error -> assertThat(error.getMessage()).contains("700 ms"));
    }

    @Test
    void aMutationThatRanIsAnsweredInFullEvenPastTheBudget() {
        GraphQLSchema schema = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(
                "type Query { a: String } type Mutation { write: Written } type Written { id: String }"),
                RuntimeWiring.newRuntimeWiring()
                        .type("Mutation", type -> type.dataFetcher("write", env -> {
                            clock.now = clock.now.plusSeconds(3); // the write commits, slowly
                            return Map.of("id", "w1");
                        }))
                        .type("Written", type -> type.dataFetcher("id", env -> {
                            fetched.add("id");
                            return ((Map<?, ?>) env.getSource()).get("id");
                        })).build());
        ExecutionResult result = GraphQL.newGraphQL(schema).instrumentation(new RequestBudget(clock, Duration.ofSeconds(2)))
                .build().execute("mutation { write { id } }");

        assertThat(result.getErrors()).isEmpty();
        assertThat(fetched).containsExactly("id");
    }

    @Test
    void aSubscriptionsEventsAreAnsweredInFullLongAfterTheBudget() {
        GraphQLSchema schema = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(
                "type Query { a: String } type Subscription { messages: Message } type Message { id: String }"),
                RuntimeWiring.newRuntimeWiring()
                        .type("Subscription", type -> type.dataFetcher("messages", env -> reactor.core.publisher.Flux.just("m1", "m2")
                                .doOnNext(id -> clock.now = clock.now.plus(Duration.ofMinutes(10))) // each message comes much later
                                .map(id -> Map.of("id", id))))
                        .type("Message", type -> type.dataFetcher("id", env -> {
                            fetched.add("id");
                            return ((Map<?, ?>) env.getSource()).get("id");
                        })).build());
        ExecutionResult result = GraphQL.newGraphQL(schema).instrumentation(new RequestBudget(clock, Duration.ofSeconds(2)))
                .build().execute("subscription { messages { id } }");
        List<ExecutionResult> events = reactor.core.publisher.Flux.from(result.<org.reactivestreams.Publisher<ExecutionResult>>getData()).collectList().block();

        assertThat(events).allSatisfy(event -> assertThat(event.getErrors()).isEmpty());
        assertThat(events).extracting(event -> event.<Map<String, Object>>getData().get("messages")).containsExactly(Map.of("id", "m1"), Map.of("id", "m2"));
    }

    private GraphQL graphQl(Duration perFetch) {
        GraphQLSchema schema = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse("type Query { a: String b: String c: String }"),
                RuntimeWiring.newRuntimeWiring().type("Query", type -> {
                    for (String field : List.of("a", "b", "c")) {
                        type.dataFetcher(field, env -> {
                            fetched.add(field);
                            clock.now = clock.now.plus(perFetch);
                            return field;
                        });
                    }
                    return type;
                }).build());
        return GraphQL.newGraphQL(schema).instrumentation(new RequestBudget(clock, Duration.ofSeconds(2))).build();
    }

    @Test
    void aRequestWithinItsBudgetIsAnsweredInFull() {
        ExecutionResult result = graphQl(Duration.ofMillis(500)).execute("{ a b c }");

        assertThat(result.getErrors()).isEmpty();
        assertThat(fetched).containsExactly("a", "b", "c");
    }

    @Test
    void fieldsWhoseTurnComesAfterTheBudgetIsSpentAreNotFetched() {
        ExecutionResult result = graphQl(Duration.ofMillis(1_500)).execute("{ a b c }");

        assertThat(fetched).as("c's turn came 3 s in, past the 2 s budget").containsExactly("a", "b");
        assertThat(result.getErrors()).isNotEmpty().anySatisfy(error -> {
            assertThat(error.getMessage()).contains("time budget of 2000 ms");
            assertThat(error.getExtensions()).containsEntry("code", "REQUEST_BUDGET_EXCEEDED");
        });
        assertThat(result.<Map<String, Object>>getData()).satisfiesAnyOf(data -> assertThat(data).isNull(),
                data -> assertThat(data).containsEntry("c", null));
    }
}
