package cn.techmarket.hub.member;

import cn.techmarket.hub.support.HubIntegrationTest;
import cn.techmarket.hub.support.HubSecurity;
import cn.techmarket.hub.support.HubServers;
import cn.techmarket.hub.support.RegistryBootstrap;
import cn.techmarket.hub.support.TenantNodeProcesses;
import cn.techmarket.hub.support.TenantNodeProcesses.TenantNode;
import cn.techmarket.infra.process.FreePort;
import cn.techmarket.model.contract.PartyCodes;
import cn.techmarket.model.id.TypedId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.client.HttpSyncGraphQlClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A new person becomes a member of Siping's sub-market through the hub, with real tokens: signs up
 * at the authorization server, applies, is returned for more, completes the application and is
 * verified by Siping's operator. Other cities' operators and other people see none of it. A
 * verified member publishes a demand through review, and the province finds it in search.
 */
@HubIntegrationTest(properties = {"market.hub.registry.probe-interval=1h", "market.hub.search.index-prefix=members-test"})
class MembershipThroughTheHubTest {

    @RegisterExtension
    static final TenantNode node = TenantNodeProcesses.start("members", List.of("siping", "changchun"), FreePort.find(),
            List.of("--market.node.demo.members=true"));

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        HubServers.configure(registry, "members_hub");
        RegistryBootstrap.of(registry).cities(node, "siping", "changchun");
    }

    private static final String FIELDS = "{ id tenantId status version statusReason users { subject role } history { actor to reason } }";

    @LocalServerPort
    int port;

    @Test
    void aNewPersonSignsUpAppliesInSipingIsReturnedCompletesAndIsVerified() {
        String person = "zhao.min." + System.nanoTime() % 100_000;
        HttpSyncGraphQlClient applicant = HubSecurity.withToken(hub(), HubSecurity.signUpAndSignIn(person, "siping-2026-member"));
        HttpSyncGraphQlClient siping = HubSecurity.client(hub(), "siping-operator");
        Map<String, Object> application = application(PartyCodes.withCheck("91220300MA0000H01"));

        Map<String, Object> applied = ok(applicant.document("mutation($input: MembershipApplicationInput!) {"
                + " applyForMembership(tenantId: \"siping\", input: $input) " + FIELDS + " }").variable("input", application).executeSync(),
                "applyForMembership");
        String id = (String) applied.get("id");
        assertThat(applied).containsEntry("tenantId", "siping").containsEntry("status", "APPLIED");
        assertThat((List<Map<String, Object>>) applied.get("users")).containsExactly(Map.of("subject", person, "role", "OWNER"));

        List<Map<String, Object>> waiting = siping.document("{ tenant(id: \"siping\") { members(filter: {status: APPLIED}) { edges { node { id } } } } }")
                .executeSync().field("tenant.members.edges").getValue();
        assertThat(waiting).extracting(edge -> ((Map<String, Object>) edge.get("node")).get("id")).contains(id);
        ok(siping.document("mutation($id: ID!) { returnMembershipApplication(id: $id, expectedVersion: 1, reason: \"请上传营业执照\") { id } }")
                .variable("id", id).executeSync(), "returnMembershipApplication");

        Map<String, Object> mine = ok(applicant.document("query($id: ID!) { node(id: $id) { ... on Member " + FIELDS + " } }")
                .variable("id", id).executeSync(), "node");
        assertThat(mine).containsEntry("status", "RETURNED").containsEntry("statusReason", "请上传营业执照");

        Map<String, Object> completed = new HashMap<>(application);
        completed.put("documents", List.of(Map.of("name", "营业执照.pdf", "mediaType", "application/pdf", "sizeBytes", 88231,
                "sha256", "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")));
        ok(applicant.document("mutation($id: ID!, $input: MembershipApplicationInput!) { reapplyForMembership(id: $id, expectedVersion: 2, input: $input) { id } }")
                .variable("id", id).variable("input", completed).executeSync(), "reapplyForMembership");
        Map<String, Object> verified = ok(siping.document("mutation($id: ID!) { verifyMember(id: $id, expectedVersion: 3) " + FIELDS + " }")
                .variable("id", id).executeSync(), "verifyMember");

        assertThat(verified).containsEntry("status", "VERIFIED").containsEntry("version", 4);
        assertThat((List<Map<String, Object>>) verified.get("history")).extracting(step -> step.get("actor"))
                .containsExactly(person, "siping-operator", person, "siping-operator");
        List<Map<String, Object>> memberships = applicant.document("{ tenant(id: \"siping\") { myMemberships { id status } } }").executeSync()
                .field("tenant.myMemberships").getValue();
        assertThat(memberships).containsExactly(Map.of("id", id, "status", "VERIFIED"));
        // each side's inbox shows each step that concerned it
        assertThat(topicsAbout(applicant, id)).containsExactly("MEMBERSHIP_VERIFIED", "MEMBERSHIP_RETURNED");
        assertThat(topicsAbout(siping, id)).containsExactly("MEMBERSHIP_APPLIED", "MEMBERSHIP_APPLIED");
    }

    private static List<Object> topicsAbout(HttpSyncGraphQlClient who, String id) {
        List<Map<String, Object>> messages = who.document("{ tenant(id: \"siping\") { inbox(first: 100) { messages { topic about } } } }")
                .executeSync().field("tenant.inbox.messages").getValue();
        return messages.stream().filter(m -> id.equals(m.get("about"))).map(m -> m.get("topic")).toList();
    }

    @Test
    void noOneElseSeesOrMovesTheApplication() {
        HttpSyncGraphQlClient applicant = HubSecurity.withToken(hub(), HubSecurity.signUpAndSignIn("qian.lei." + System.nanoTime() % 100_000,
                "siping-2026-member"));
        String id = ok(applicant.document("mutation($input: MembershipApplicationInput!) { applyForMembership(tenantId: \"siping\", input: $input) { id } }")
                .variable("input", application(PartyCodes.withCheck("91220300MA0000H02"))).executeSync(), "applyForMembership").get("id").toString();

        ClientGraphQlResponse byChangchun = HubSecurity.client(hub(), "changchun-operator")
                .document("mutation($id: ID!) { verifyMember(id: $id, expectedVersion: 1) { id } }").variable("id", id).executeSync();
        ClientGraphQlResponse seenByAnotherPerson = HubSecurity.client(hub(), "siping-enterprise")
                .document("query($id: ID!) { node(id: $id) { id } }").variable("id", id).executeSync();

        assertThat(byChangchun.getErrors()).singleElement().satisfies(error -> assertThat(error.getErrorType().toString()).isEqualTo("FORBIDDEN"));
        assertThat(seenByAnotherPerson.field("node").<Object>getValue()).isNull();
    }

    @Test
    void aVerifiedMembersDemandIsReturnedRevisedApprovedAndFoundProvinceWide() {
        HttpSyncGraphQlClient enterprise = HubSecurity.client(hub(), "siping-enterprise");
        HttpSyncGraphQlClient siping = HubSecurity.client(hub(), "siping-operator");
        String member = new TypedId("siping", "Member", "demo-enterprise").encode();
        String title = "寻求换热器余热回收技术" + System.nanoTime() % 100_000;
        Map<String, Object> demand = new HashMap<>(Map.of("title", title, "problem", "钢厂换热器出口余热未利用，年损失约两千吨标煤。",
                "industry", "ENERGY_SAVING_ENVIRONMENT", "enterpriseName", "四平华创新材料科技有限公司"));

        String id = ok(enterprise.document("mutation($input: DemandInput!, $member: ID) { createDemand(tenantId: \"siping\", input: $input,"
                + " memberId: $member) { id owner lifecycle } }").variable("input", demand).variable("member", member).executeSync(), "createDemand")
                .get("id").toString();
        step(enterprise, "submitForReview", id, 1);
        ok(siping.document("mutation($id: ID!) { returnForRevision(id: $id, expectedVersion: 2, reason: \"请写明预算\") { id } }")
                .variable("id", id).executeSync(), "returnForRevision");
        demand.put("budgetMin", "200000");
        demand.put("budgetMax", "500000");
        ok(enterprise.document("mutation($id: ID!, $input: DemandInput!) { updateDemand(id: $id, expectedVersion: 3, input: $input) { id } }")
                .variable("id", id).variable("input", demand).executeSync(), "updateDemand");
        step(enterprise, "submitForReview", id, 4);
        step(siping, "publish", id, 5);

        List<Map<String, Object>> found = org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
                .until(() -> HubSecurity.client(hub(), null).document("query($t: String!) { search(text: $t, first: 5) { hits { id tenantId } } }")
                        .variable("t", title).executeSync().field("search.hits").<List<Map<String, Object>>>getValue(), hits -> !hits.isEmpty());
        assertThat(found).extracting(hit -> hit.get("id")).contains(id);
        List<Map<String, Object>> mine = enterprise.document("{ tenant(id: \"siping\") { myListings { id lifecycle owner } } }").executeSync()
                .field("tenant.myListings").getValue();
        assertThat(mine).contains(Map.of("id", id, "lifecycle", "PUBLISHED", "owner", member));
    }

    @Test
    void theProvinceCountsEveryCitysVerifiedMembersByKind() {
        List<Map<String, Object>> counts = HubSecurity.client(hub(), null)
                .document("{ province { memberCounts { tenantId cityName kind count } } }").executeSync().field("province.memberCounts").getValue();

        // each city's demo: a verified enterprise, university, bank and broker; the applicant is not counted
        for (String city : List.of("siping", "changchun")) {
            assertThat(counts).filteredOn(c -> c.get("tenantId").equals(city) && List.of("UNIVERSITY", "FINANCING_INSTITUTION", "BROKER").contains(c.get("kind")))
                    .extracting(c -> c.get("count")).containsOnly(1);
            assertThat(counts).filteredOn(c -> c.get("tenantId").equals(city) && c.get("kind").equals("ENTERPRISE"))
                    .singleElement().satisfies(c -> assertThat((Integer) c.get("count")).isGreaterThanOrEqualTo(1));
        }
    }

    private static void step(HttpSyncGraphQlClient who, String step, String id, int version) {
        ok(who.document("mutation($id: ID!) { " + step + "(id: $id, expectedVersion: " + version + ") { id } }").variable("id", id).executeSync(), step);
    }

    private String hub() {
        return "http://127.0.0.1:" + port + "/graphql";
    }

    private static Map<String, Object> application(String creditCode) {
        return Map.of("kind", "ENTERPRISE", "name", "四平换热装备有限公司", "creditCode", creditCode, "regionCode", "220302",
                "contact", Map.of("name", "赵敏", "phone", "0434-3123456"), "industries", List.of("ADVANCED_EQUIPMENT"));
    }

    private static Map<String, Object> ok(ClientGraphQlResponse response, String field) {
        assertThat(response.getErrors()).as(field).isEmpty();
        return response.field(field).getValue();
    }
}
