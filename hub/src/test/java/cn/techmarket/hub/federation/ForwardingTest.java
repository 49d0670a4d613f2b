package cn.techmarket.hub.federation;

import cn.techmarket.model.region.TenantId;
import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.GraphQLError;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.ResponseError;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the hub sends a tenant for a field it forwards, and how it relays what comes back, run by
 * GraphQL Java on a small schema of the same shape: no hub, no tenant.
 */
class ForwardingTest {

    private static final String SDL = """
            type Query { tenant(id: ID!): Tenant }
            type Tenant { achievements(first: Int, after: String, filter: FilterInput): AchievementConnection }
            input FilterInput { industry: String, priceMax: Float }
            type AchievementConnection { edges: [Edge!]! }
            type Edge { cursor: String! node: Achievement! }
            type Achievement { id: ID! title: String! price: Float }
            """;

    private final AtomicReference<ForwardedQuery> sent = new AtomicReference<>();

    @Test
    void sendsTheClientsSelectionAsTheTenantsOwnFieldWithArgumentsAsTypedVariables() {
        run("{ tenant(id: \"changchun\") { achievements(first: 5, filter: {industry: \"新材料\"}) { edges { node { title } } } } }",
                capture(ForwardedQuery::of));

        assertThat(sent.get().document()).isEqualTo("query Forwarded($arg_first: Int, $arg_filter: FilterInput) { achievements(first: $arg_first,"
                + " filter: $arg_filter) {__typename edges{__typename node{__typename title}}} }");
        assertThat(sent.get().variables()).containsEntry("arg_first", 5).containsEntry("arg_filter", Map.of("industry", "新材料"));
    }

    @Test
    void carriesTheClientsVariablesThatTheSelectionUsesUnderTheirOwnNames() {
        run("query($first: Int, $withPrice: Boolean!) { tenant(id: \"changchun\") { achievements(first: $first) { edges { node { title"
                + " price @include(if: $withPrice) } } } } }", Map.of("first", 3, "withPrice", true), capture(ForwardedQuery::of));

        assertThat(sent.get().document()).startsWith("query Forwarded($arg_first: Int, $withPrice: Boolean!) { achievements(first: $arg_first)")
                .contains("price @include(if:$withPrice)");
        assertThat(sent.get().variables()).containsEntry("arg_first", 3).containsEntry("withPrice", true);
    }

    @Test
    void dropsAliasesAndCarriesTheFragmentsTheSelectionUses() {
        run("query { tenant(id: \"changchun\") { achievements { mine: edges { ...Card } } } } fragment Card on Edge { cursor node { name: title } }",
                capture(ForwardedQuery::of));

        assertThat(sent.get().document())
                .contains("{__typename edges{__typename ...Card}}")
                .endsWith("fragment Card on Edge {__typename cursor node{__typename title}}")
                .doesNotContain("mine").doesNotContain("name:");
    }

    @Test
    void asksForWhatTheHubNeedsItselfAsWellAsWhatTheClientAskedFor() {
        run("{ tenant(id: \"changchun\") { achievements { edges { node { title } } } } }",
                capture(env -> ForwardedQuery.withExtra(env, "achievements", Map.of(), "{ edges { cursor } }")));

        assertThat(sent.get().document()).contains("edges{__typename cursor}").contains("edges{__typename node{__typename title}}");
    }

    @Test
    void aWholeTenantSelectionIsRelayedAsTheClientWroteItWithItsAliasesAndNothingAdded() {
        run("query($first: Int) { tenant(id: \"changchun\") { latest: achievements(first: $first) { edges { ...Card } } } }"
                + " fragment Card on Edge { cursor node { name: title } }", Map.of("first", 2),
                capture(env -> ForwardedQuery.relayed(List.of(env.getField()), env.getFragmentsByName(), env.getOperationDefinition(),
                        env.getVariables())));

        assertThat(sent.get().document()).isEqualTo("query Relayed($first: Int) {latest:achievements(first:$first){edges{...Card}}}"
                + " fragment Card on Edge {cursor node{name:title}}");
        assertThat(sent.get().variables()).containsExactly(Map.entry("first", 2));
    }

    @Test
    void aTenantsErrorsAreRelayedUnderTheHubsPathNamingTheTenant() {
        TenantAnswer answer = new TenantAnswer(TenantId.of("jilin"), Map.of("achievements", Map.of("edges", List.of())),
                List.of(responseError("price is not public", List.of("achievements", "edges", 0, "node", "price"), "FORBIDDEN")));

        ExecutionResult result = run("{ tenant(id: \"jilin\") { achievements { edges { node { price } } } } }",
                env -> FederatedResults.of(env, answer, "achievements"));

        GraphQLError error = result.getErrors().get(0);
        assertThat(error.getPath()).containsExactly("tenant", "achievements", "edges", 0, "node", "price");
        assertThat(error.getExtensions()).containsEntry("tenant", "jilin");
        assertThat(error.getErrorType()).hasToString("FORBIDDEN");
    }

    @Test
    void aTenantThatCouldNotAnswerIsNamedWithTheReason() {
        TenantCallFailure failure = new TenantCallFailure(TenantId.of("siping"), TenantCallFailure.Reason.CIRCUIT_OPEN, "circuit open", null);

        ExecutionResult result = run("{ tenant(id: \"siping\") { achievements { edges { cursor } } } }",
                env -> FederatedResults.failed(env, failure));

        GraphQLError error = result.getErrors().get(0);
        assertThat(error.getPath()).containsExactly("tenant", "achievements");
        assertThat(error.getExtensions()).containsEntry("tenant", "siping").containsEntry("reason", "CIRCUIT_OPEN");
        assertThat(error.getErrorType()).hasToString("TENANT_UNAVAILABLE");
        assertThat(error.getMessage()).contains("siping");
    }

    /** A field that only notes what it would send. */
    private DataFetcher<Object> capture(Function<DataFetchingEnvironment, ForwardedQuery> forwarding) {
        return env -> {
            sent.set(forwarding.apply(env));
            return null;
        };
    }

    private ExecutionResult run(String query, DataFetcher<?> achievements) {
        return run(query, Map.of(), achievements);
    }

    private ExecutionResult run(String query, Map<String, Object> variables, DataFetcher<?> achievements) {
        GraphQLSchema schema = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(SDL), RuntimeWiring.newRuntimeWiring()
                .type("Query", type -> type.dataFetcher("tenant", env -> Map.of()))
                .type("Tenant", type -> type.dataFetcher("achievements", achievements))
                .build());
        return GraphQL.newGraphQL(schema).build().execute(ExecutionInput.newExecutionInput(query).variables(variables).build());
    }

    private static ResponseError responseError(String message, List<Object> path, String classification) {
        return new ResponseError() {
            @Override
            public String getMessage() {
                return message;
            }

            @Override
            public List<graphql.language.SourceLocation> getLocations() {
                return List.of();
            }

            @Override
            public graphql.ErrorClassification getErrorType() {
                return graphql.ErrorClassification.errorClassification(classification);
            }

            @Override
            public String getPath() {
                return String.join(".", path.stream().map(String::valueOf).toList());
            }

            @Override
            public List<Object> getParsedPath() {
                return path;
            }

            @Override
            public Map<String, Object> getExtensions() {
                return Map.of("classification", classification);
            }
        };
    }
}
