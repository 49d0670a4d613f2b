package cn.techmarket.hub.federation;

import cn.techmarket.hub.support.HubIntegrationTest;
import cn.techmarket.hub.support.HubSecurity;
import cn.techmarket.hub.support.HubServers;
import cn.techmarket.hub.support.RegistryBootstrap;
import cn.techmarket.hub.support.TenantNodeProcesses;
import cn.techmarket.hub.support.TenantNodeProcesses.TenantNode;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A tenant's whole part of a query goes to it in one call and comes back as the tenant answered
 * it; what the hub answers or guards itself is still executed field by field, and both ways give
 * the same answer.
 */
@HubIntegrationTest(properties = {
        "market.hub.registry.probe-interval=1h",
        // no search sync here: its calls to tenants would blur the call counts these tests assert
        "market.hub.search.sync-interval=1h"})
class TenantRelayTest {

    @RegisterExtension
    static final TenantNode changchun = TenantNodeProcesses.start("relay_a", List.of("changchun"));

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        HubServers.configure(registry, "relay_test_hub");
        // 四平's node is down
        RegistryBootstrap.of(registry).cities(changchun, "changchun").city("siping", TenantNodeProcesses.deadEndpoint("siping"));
    }

    /** Aliases, fragments, variables, a node by id, dates, decimals and enums: what a listing page asks. */
    private static final String SELECTION = """
            latest: achievements(first: 3) { edges { cursor node { ...Card } } pageInfo { hasNextPage endCursor } }
            counts: libraryCounts { kind count }
            demands(first: $first) { items: edges { node { id title __typename } } }
            """;
    private static final String FRAGMENT = """
            fragment Card on Achievement { id title industry industryLabel askingPrice publishedAt maturity patents { number } }
            """;

    @LocalServerPort
    int port;

    @Autowired
    MeterRegistry meters;

    @Test
    void aTenantsWholeSelectionGoesToItInOneCallAndComesBackAsItAnswered() {
        double calls = calls("changchun");
        double relayed = relayed();

        ClientGraphQlResponse hub = hub("query($first: Int) { market: tenant(id: \"changchun\") { " + SELECTION + " } } " + FRAGMENT, Map.of("first", 2));
        ClientGraphQlResponse direct = HubSecurity.client(changchun.endpoint("changchun"), null)
                .document("query($first: Int) { " + SELECTION + " } " + FRAGMENT).variable("first", 2).executeSync();

        assertThat(hub.getErrors()).isEmpty();
        assertThat((Object) hub.field("market").getValue()).isEqualTo(direct.getData());
        assertThat(calls("changchun") - calls).as("three tenant fields, one call").isEqualTo(1);
        assertThat(relayed() - relayed).isEqualTo(1);
    }

    @Test
    void aSelectionWithTheHubsOwnFieldsIsAnsweredFieldByFieldWithTheSameData() {
        double relayed = relayed();

        ClientGraphQlResponse fieldByField = hub("query($first: Int) { tenant(id: \"changchun\") { name " + SELECTION + " } } " + FRAGMENT, Map.of("first", 2));
        ClientGraphQlResponse whole = hub("query($first: Int) { tenant(id: \"changchun\") { " + SELECTION + " } } " + FRAGMENT, Map.of("first", 2));

        assertThat(fieldByField.getErrors()).isEmpty();
        assertThat(relayed() - relayed).as("only the second").isEqualTo(1);
        Map<String, Object> withName = fieldByField.field("tenant").getValue();
        assertThat(withName).containsEntry("name", "长春");
        withName.remove("name");
        assertThat((Object) withName).isEqualTo(whole.field("tenant").getValue());
    }

    @Test
    void aFieldTheHubGuardsIsStillRefusedByTheHub() {
        double relayed = relayed();

        ClientGraphQlResponse contracts = hub("{ tenant(id: \"changchun\") { contracts(first: 1) { edges { cursor } } } }", Map.of());
        ClientGraphQlResponse contacts = hub("{ tenant(id: \"changchun\") { achievements(first: 1) { edges { node { contact { name } } } } } }", Map.of());

        assertThat(relayed() - relayed).isZero();
        assertThat(contracts.getErrors()).singleElement().satisfies(error -> {
            assertThat(error.getExtensions()).containsEntry("classification", "UNAUTHORIZED").doesNotContainKey("tenant");
            assertThat(error.getParsedPath()).containsExactly("tenant", "contracts");
        });
        assertThat(contacts.getErrors()).isNotEmpty().allSatisfy(error ->
                assertThat(error.getExtensions()).containsEntry("classification", "UNAUTHORIZED"));
    }

    @Test
    void aTenantsErrorsComeBackUnderTheHubsPathNamingTheTenantAndLeaveItsOtherFieldsAnswered() {
        // the tenant's achievements may not be null, so there its error nulls the whole answer; the hub's field may
        ClientGraphQlResponse response = hub("{ city: tenant(id: \"changchun\") { list: achievements(first: -1) { edges { cursor } } libraryCounts { kind } } }", Map.of());

        assertThat(response.getErrors()).singleElement().satisfies(error -> {
            assertThat(error.getParsedPath()).containsExactly("city", "list");
            assertThat(error.getExtensions()).containsEntry("field", "first").containsEntry("code", "INVALID_INPUT")
                    .containsEntry("tenant", "changchun");
        });
        assertThat((List<?>) response.field("city.libraryCounts").getValue()).as("the rest of the answer").isNotEmpty();
    }

    @Test
    void aTenantThatCannotBeAskedLeavesEachOfItsFieldsNullNamingTheTenantAndWhy() {
        ClientGraphQlResponse response = hub("{ tenant(id: \"siping\") { achievements(first: 1) { edges { cursor } } counts: libraryCounts { kind } } }", Map.of());

        assertThat((Map<String, Object>) response.field("tenant").getValue()).containsEntry("achievements", null).containsEntry("counts", null);
        assertThat(response.getErrors()).hasSize(2).allSatisfy(error -> assertThat(error.getExtensions())
                .containsEntry("tenant", "siping").containsEntry("reason", "UNAVAILABLE").containsEntry("classification", "TENANT_UNAVAILABLE"));
        assertThat(response.getErrors()).extracting(ResponseError::getParsedPath)
                .containsExactlyInAnyOrder(List.of("tenant", "achievements"), List.of("tenant", "counts"));
    }

    @Test
    void aRelayedTenantBesideBatchedLookupsAndTheProvinceAnswersInFull() {
        String id = hub("{ tenant(id: \"changchun\") { achievements(first: 1) { edges { node { id } } } } }", Map.of())
                .field("tenant.achievements.edges[0].node.id").getValue();

        ClientGraphQlResponse response = hub("query($ids: [ID!]!) { tenant(id: \"changchun\") { libraryCounts { kind count } }"
                + " nodes(ids: $ids) { id } province { libraryCounts { tenantId } } tenants { id achievements(first: 1) { edges { cursor } } } }",
                Map.of("ids", List.of(id, id)));

        assertThat((List<?>) response.field("tenant.libraryCounts").getValue()).isNotEmpty();
        assertThat((List<Map<String, Object>>) response.field("nodes").getValue()).extracting(node -> node.get("id")).containsExactly(id, id);
        assertThat((List<?>) response.field("province.libraryCounts").getValue()).isNotEmpty();
        assertThat((Object) response.field("tenants[0].achievements.edges").getValue()).isNotNull();
    }

    /** Asked anonymously, as a visitor of the portal. */
    private ClientGraphQlResponse hub(String document, Map<String, Object> variables) {
        return HubSecurity.client("http://127.0.0.1:" + port + "/graphql", null).document(document).variables(variables).executeSync();
    }

    private double calls(String tenant) {
        return meters.find(TenantGateway.CALLS_METRIC).tag("tenant", tenant).timers().stream().mapToDouble(timer -> timer.count()).sum();
    }

    private double relayed() {
        return meters.find(TenantRelay.RELAYED_METRIC).counters().stream().mapToDouble(counter -> counter.count()).sum();
    }
}
