package cn.techmarket.hub.security;

import cn.techmarket.infra.mongodb.StoreDigest;

import cn.techmarket.graphql.testing.SecurityMatrix;
import cn.techmarket.graphql.testing.SecurityMatrix.Bearer;
import cn.techmarket.graphql.testing.SecurityMatrix.Operation;
import cn.techmarket.hub.support.HubSecurity;
import cn.techmarket.hub.support.HubServers;
import cn.techmarket.hub.support.RegistryBootstrap;
import cn.techmarket.hub.support.TenantNodeProcesses;
import cn.techmarket.hub.support.TenantNodeProcesses.TenantNode;
import cn.techmarket.infra.SharedTestServers;
import cn.techmarket.infra.auth.ForgedTokens;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLNonNull;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import cn.techmarket.hub.support.HubIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every query and mutation of the hub schema, about 长春 and about 吉林, called with every kind of
 * token. The hub refuses what the field's {@code @access} rule does not admit, relays the
 * caller's own token to tenants (which refuse in turn), and shows nobody what they may not see.
 */
@HubIntegrationTest(properties = {
        "market.hub.registry.probe-interval=1h",
        "market.hub.search.sync-interval=1h"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HubSecurityMatrixTest {

    private static final List<String> TENANTS = List.of("changchun", "jilin");
    @RegisterExtension
    // with the demo members, so that the member's person has a membership and records of its own to see
    static final TenantNode node = TenantNodeProcesses.start("matrix", TENANTS, cn.techmarket.infra.process.FreePort.find(),
            List.of("--market.node.demo.members=true"));
    private static final AtomicInteger CASES = new AtomicInteger();
    private static final AtomicInteger REFUSED = new AtomicInteger();

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        HubServers.configure(registry, "matrix_hub");
        RegistryBootstrap.of(registry).cities(node, "changchun", "jilin");
    }

    @LocalServerPort
    int port;

    @Autowired
    GraphQlSource graphQlSource;

    private final Map<String, String> drafts = new HashMap<>();
    private final Map<String, String> published = new HashMap<>();
    private MongoClient mongo;

    @BeforeAll
    void records() {
        mongo = MongoClients.create(SharedTestServers.mongodb().uri());
        for (String tenant : TENANTS) {
            var operator = HubSecurity.client(node.endpoint(tenant), tenant + "-operator");
            String create = "mutation { createAchievement(input: {title: \"玉米深加工生产燃料乙醇关键技术\", summary: \"农科院成果。\","
                    + " industry: AGRI_FOOD_PROCESSING, maturity: PILOT, ownerInstitution: \"吉林省农业科学院\", transferModes: [ASSIGNMENT],"
                    + " askingPrice: \"2500000.00\", contact: {name: \"王伟\", phone: \"0431-85168888\"}}) { id } }";
            var draft = operator.document(create).executeSync();
            assertThat(draft.getErrors()).as("fixture").isEmpty();
            drafts.put(tenant, draft.field("createAchievement.id").getValue());
            String id = operator.document(create).executeSync().field("createAchievement.id").getValue();
            operator.document("mutation($id: ID!) { publish(id: $id, expectedVersion: 1) { id } }").variable("id", id).executeSync();
            published.put(tenant, id);
        }
    }

    @AfterAll
    void report() {
        System.out.printf("hub security matrix: %d cases, %d refused as expected, 0 leaks, 0 unauthorised writes%n",
                CASES.get(), REFUSED.get());
        mongo.close();
    }

    @org.junit.jupiter.api.Test
    void provinceStaffReadACitysAuditTrailThroughTheHubAndAnotherCitysOperatorDoesNot() {
        String query = "query($id: ID) { tenant(id: \"changchun\") { auditTrail(recordId: $id) { edges { node { actor action } } } } }";
        Map<String, Object> variables = Map.of("id", published.get("changchun"));

        var staff = HubSecurity.client("http://127.0.0.1:" + port + "/graphql", "province-staff")
                .document(query).variables(variables).executeSync();
        var otherCity = HubSecurity.client("http://127.0.0.1:" + port + "/graphql", "jilin-operator")
                .document(query).variables(variables).executeSync();

        assertThat(staff.getErrors()).isEmpty();
        List<Map<String, Object>> edges = staff.field("tenant.auditTrail.edges").getValue();
        List<Object> actions = edges.stream().map(edge -> (Object) ((Map<?, ?>) edge.get("node")).get("action")).toList();
        assertThat(actions).containsExactly("PUBLISH", "CREATE");
        assertThat(otherCity.getErrors()).singleElement()
                .satisfies(error -> assertThat(error.getErrorType().toString()).isEqualTo("FORBIDDEN"));
        assertThat((Object) otherCity.field("tenant.auditTrail").getValue()).isNull();
    }

    @TestFactory
    Stream<DynamicTest> everyOperationForEveryBearer() {
        List<Bearer> bearers = SecurityMatrix.bearers("changchun", "jilin", HubSecurity::token,
                new ForgedTokens(HubSecurity.auth(), HubSecurity.token("changchun-operator")));
        return SecurityMatrix.tests(graphQlSource.schema(), TENANTS, bearers, this::argument, this::check);
    }

    private void check(String tenant, Operation operation, Bearer bearer) {
        CASES.incrementAndGet();
        // queries write nothing whoever asks; the stores are compared around the mutations the caller may not make
        boolean mustChangeNothing = operation.isMutation() && !bearer.holdsAnyOf(operation.required(), tenant);
        String before = mustChangeNothing ? state() : null;

        boolean refused = SecurityMatrix.assertAnswered(SecurityMatrix.call("http://127.0.0.1:" + port + "/graphql", operation, bearer),
                operation, bearer, tenant, graphQlSource.schema());

        if (refused) {
            REFUSED.incrementAndGet();
            if (mustChangeNothing) {
                assertThat(state()).as("a refused call changes nothing").isEqualTo(before);
            }
        }
    }

    /**
     * What the hub's own background work writes whoever calls: the sync's cursors, its replica
     * leases and heartbeat, and the progress of a rebuild an earlier, permitted call started.
     */
    private static final java.util.Set<String> BACKGROUND = java.util.Set.of("search_sync", "hub_leases", "hub_replicas", "search_rebuild");

    /** Both tenants' stores and the hub's registry, as digests of what they hold. */
    private String state() {
        StringBuilder all = new StringBuilder();
        for (String database : List.of("matrix_changchun", "matrix_jilin", "matrix_hub")) {
            all.append(StoreDigest.of(mongo.getDatabase(database), BACKGROUND));
        }
        return all.toString();
    }

    private Optional<Object> argument(String tenant, GraphQLFieldDefinition field, GraphQLArgument argument) {
        String name = argument.getName();
        if (name.equals("tenantId") || (name.equals("id") && field.getName().matches("tenant|setTenantStatus"))) {
            return Optional.of(tenant);
        }
        if (name.equals("id")) {
            return Optional.of(drafts.get(tenant));
        }
        if (name.equals("ids")) {
            return Optional.of(List.of(drafts.get(tenant), published.get(tenant)));
        }
        if (argument.getType() instanceof GraphQLNonNull) {
            return Optional.of(SecurityMatrix.sample(argument.getType()));
        }
        return Optional.empty();
    }
}
