package cn.techmarket.hub.financing;

import cn.techmarket.hub.support.HubIntegrationTest;
import cn.techmarket.hub.support.HubSecurity;
import cn.techmarket.hub.support.HubServers;
import cn.techmarket.hub.support.RegistryBootstrap;
import cn.techmarket.hub.support.TenantNodeProcesses;
import cn.techmarket.hub.support.TenantNodeProcesses.TenantNode;
import cn.techmarket.infra.process.FreePort;
import cn.techmarket.model.contract.PartyCodes;
import cn.techmarket.model.id.TypedId;
import cn.techmarket.model.region.MarketTime;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.client.HttpSyncGraphQlClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 银企对接 through the hub with real tokens: a Changchun enterprise's financing request, kept by
 * Changchun's node, sent to three financing institutions in two cities (Changchun's demo bank, a
 * guarantee company that joins Changchun's market in the test, and Jilin's demo bank on a node of
 * its own). Each answers on its own track with its own people's tokens; the enterprise sees the
 * answers side by side; nobody else sees the request; the province's statistics count it exactly.
 */
@SuppressWarnings("unchecked")
@HubIntegrationTest(properties = {"market.hub.registry.probe-interval=1h", "market.hub.search.index-prefix=financing-test",
        "market.hub.search.sync-interval=300ms"})
class FinancingThroughTheHubTest {

    private static final int HUB_PORT = FreePort.find();
    private static final String REQUEST = "{ id version status statusLabel amount funded enterpriseName collateral pledgedAchievements"
            + " tracks { institution institutionName institutionType status approved { amount ratePercent termMonths } declineReason"
            + " disbursement { amount on } steps { to } } }";

    @RegisterExtension
    static final TenantNode changchun = TenantNodeProcesses.start("financing_changchun", List.of("changchun"), FreePort.find(),
            List.of("--market.node.demo.members=true", "--market.node.hub.url=http://127.0.0.1:" + HUB_PORT));

    @RegisterExtension
    static final TenantNode jilin = TenantNodeProcesses.start("financing_jilin", List.of("jilin"), FreePort.find(),
            List.of("--market.node.demo.members=true", "--market.node.hub.url=http://127.0.0.1:" + HUB_PORT));

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        HubServers.configure(registry, "financing_hub");
        registry.add("server.port", () -> HUB_PORT);
        RegistryBootstrap.of(registry).cities(changchun, "changchun").cities(jilin, "jilin");
    }

    private final HttpSyncGraphQlClient enterprise = client("changchun-enterprise");
    private final HttpSyncGraphQlClient operator = client("changchun-operator");
    private final HttpSyncGraphQlClient changchunBank = client("changchun-bank");
    private final HttpSyncGraphQlClient jilinBank = client("jilin-bank");
    private final HttpSyncGraphQlClient staff = client("province-staff");

    @Test
    void aRequestSentToThreeInstitutionsInTwoCitiesIsDeclinedByOneAndFundedByAnother() {
        String pledged = enterprisesPatentedAchievement();
        String guarantor = guaranteeCompanyJoinsChangchun();
        String changchunBankInstitution = institutionOf("changchun", member("changchun", "bank"));
        String jilinBankInstitution = institutionOf("jilin", member("jilin", "bank"));
        int year = LocalDate.now(MarketTime.ZONE).getYear();
        Map<String, Object> before = provinceFinancing(year);

        Map<String, Object> filed = ok(enterprise.document("mutation($input: FinancingRequestInput!) { fileFinancingRequest(tenantId: \"changchun\","
                + " input: $input) " + REQUEST + " }").variable("input", Map.of("memberId", member("changchun", "enterprise"),
                "title", "石墨烯导热膜二期产线建设", "amount", "5000000.00", "purpose", "购置涂布与高温石墨化设备，扩大导热膜产能。", "termMonths", 36,
                "stage", "GROWTH", "industry", "CHEMICAL_NEW_MATERIALS", "collateral", List.of("IP_PLEDGE", "CREDIT"),
                "pledgedAchievementIds", List.of(pledged))).executeSync(), "fileFinancingRequest");
        String id = (String) filed.get("id");
        assertThat(filed).containsEntry("status", "OPEN").containsEntry("pledgedAchievements", List.of(pledged));

        // the system suggests institutions whose products cover the amount, saying why
        Map<String, Object> suggestion = Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).until(() ->
                suggestionOf(id, changchunBankInstitution), java.util.Objects::nonNull);
        assertThat((List<Map<String, Object>>) ((Map<String, Object>) suggestion.get("explanation")).get("constraints"))
                .as("the bank's products cover the amount").contains(Map.of("aspect", "FINANCING_AMOUNT", "fits", true));

        Map<String, Object> sent = ok(enterprise.document("mutation($id: ID!, $to: [ID!]!) { sendFinancingRequest(id: $id, institutionIds: $to) "
                + REQUEST + " }").variable("id", id).variable("to", List.of(changchunBankInstitution, guarantor, jilinBankInstitution)).executeSync(),
                "sendFinancingRequest");
        assertThat((List<Map<String, Object>>) sent.get("tracks")).extracting(t -> t.get("status")).containsExactly("SENT", "SENT", "SENT");
        Map<String, Object> sentAgain = ok(enterprise.document("mutation($id: ID!, $to: [ID!]!) { sendFinancingRequest(id: $id, institutionIds: $to) "
                + REQUEST + " }").variable("id", id).variable("to", List.of(jilinBankInstitution)).executeSync(), "sendFinancingRequest");
        assertThat(sentAgain).as("sending again to an institution already asked changes nothing").containsEntry("version", sent.get("version"));

        // Jilin's bank finds the request among those sent to it from every city, and sees its own track only
        List<Map<String, Object>> inbox = ok(jilinBank.document("query($m: ID!) { financingRequestsSentTo(memberId: $m) " + REQUEST + " }")
                .variable("m", member("jilin", "bank")).executeSync(), "financingRequestsSentTo");
        assertThat(inbox).extracting(r -> r.get("id")).contains(id);
        Map<String, Object> seenByJilin = inbox.stream().filter(r -> id.equals(r.get("id"))).findFirst().orElseThrow();
        assertThat((List<Map<String, Object>>) seenByJilin.get("tracks")).extracting(t -> t.get("institution")).containsExactly(jilinBankInstitution);

        // the guarantee company declines; Changchun's bank goes all the way; Jilin's bank is still looking
        HttpSyncGraphQlClient guarantorPerson = HubSecurity.withToken(hub(), guarantorToken);
        answer(guarantorPerson, "declineFinancing(id: $id, institutionId: $i, reason: \"反担保措施不足\")", id, guarantor);
        answer(changchunBank, "expressFinancingInterest(id: $id, institutionId: $i)", id, changchunBankInstitution);
        answer(jilinBank, "expressFinancingInterest(id: $id, institutionId: $i)", id, jilinBankInstitution);
        answer(changchunBank, "startDueDiligence(id: $id, institutionId: $i)", id, changchunBankInstitution);
        String approve = "approveFinancing(id: $id, institutionId: $i, terms: {amount: \"4000000.00\", ratePercent: \"3.65\", termMonths: 36})";
        answer(changchunBank, approve, id, changchunBankInstitution);
        Map<String, Object> approvedTwice = answer(changchunBank, approve, id, changchunBankInstitution);
        assertThat(track(approvedTwice, changchunBankInstitution).get("steps")).as("the same approval again is not a second step")
                .isEqualTo(List.of(Map.of("to", "SENT"), Map.of("to", "INTERESTED"), Map.of("to", "DUE_DILIGENCE"), Map.of("to", "APPROVED")));
        ClientGraphQlResponse tooMuch = changchunBank.document("mutation($id: ID!, $i: ID!) { recordDisbursement(id: $id, institutionId: $i,"
                + " disbursement: {amount: \"4000000.01\", disbursedOn: \"" + LocalDate.now(MarketTime.ZONE) + "\"}) { id } }")
                .variable("id", id).variable("i", changchunBankInstitution).executeSync();
        assertThat(tooMuch.getErrors()).singleElement().satisfies(error ->
                assertThat(error.getExtensions()).containsEntry("field", "disbursement.amount"));
        ClientGraphQlResponse notItsTrack = jilinBank.document("mutation($id: ID!, $i: ID!) { startDueDiligence(id: $id, institutionId: $i) { id } }")
                .variable("id", id).variable("i", changchunBankInstitution).executeSync();
        assertThat(notItsTrack.getErrors()).as("an institution answers on its own track only").singleElement()
                .satisfies(error -> assertThat(error.getExtensions()).containsEntry("field", "institutionId"));
        Map<String, Object> funded = answer(changchunBank, "recordDisbursement(id: $id, institutionId: $i, disbursement: {amount: \"4000000.00\","
                + " disbursedOn: \"" + LocalDate.now(MarketTime.ZONE) + "\"})", id, changchunBankInstitution);

        // the enterprise sees the three answers side by side
        assertThat(funded).containsEntry("status", "FUNDED").containsEntry("funded", "4000000.00");
        Map<String, Object> seenByEnterprise = request(enterprise, id);
        assertThat((List<Map<String, Object>>) seenByEnterprise.get("tracks")).extracting(t -> t.get("status"))
                .containsExactly("DISBURSED", "DECLINED", "INTERESTED");
        assertThat(track(seenByEnterprise, guarantor)).containsEntry("declineReason", "反担保措施不足");
        assertThat(track(seenByEnterprise, changchunBankInstitution).get("approved"))
                .isEqualTo(Map.of("amount", "4000000.00", "ratePercent", "3.65", "termMonths", 36));
        ClientGraphQlResponse afterFunding = jilinBank.document("mutation($id: ID!, $i: ID!) { startDueDiligence(id: $id, institutionId: $i) { id } }")
                .variable("id", id).variable("i", jilinBankInstitution).executeSync();
        assertThat(afterFunding.getErrors()).as("a funded request is closed").singleElement()
                .satisfies(error -> assertThat(error.getExtensions()).containsEntry("code", "ILLEGAL_TRANSITION"));

        // nobody else learns of it: another member's person, another city's operators; its own operators and province staff do
        assertThat(nodeOf(client("changchun-university"), id)).isNull();
        assertThat(nodeOf(client("jilin-operator"), id)).isNull();
        assertThat(nodeOf(operator, id)).isNotNull();
        assertThat(nodeOf(staff, id)).isNotNull();

        // the province's statistics: exactly this request's figures more, in Changchun's row and by institution type
        Map<String, Object> after = provinceFinancing(year);
        assertThat((int) after.get("requests") - (int) before.get("requests")).isEqualTo(1);
        assertThat(decimal(after, "requested").subtract(decimal(before, "requested"))).isEqualByComparingTo("5000000.00");
        assertThat((int) after.get("approvals") - (int) before.get("approvals")).isEqualTo(1);
        assertThat(decimal(after, "approved").subtract(decimal(before, "approved"))).isEqualByComparingTo("4000000.00");
        assertThat((int) after.get("disbursements") - (int) before.get("disbursements")).isEqualTo(1);
        assertThat(decimal(after, "disbursed").subtract(decimal(before, "disbursed"))).isEqualByComparingTo("4000000.00");
        assertThat(decimal(byType(after, "BANK"), "disbursed").subtract(decimal(byType(before, "BANK"), "disbursed"))).isEqualByComparingTo("4000000.00");
        Map<String, Object> changchunRow = ((List<Map<String, Object>>) after.get("byCity")).stream()
                .filter(city -> "changchun".equals(city.get("tenantId"))).findFirst().orElseThrow();
        Map<String, Object> changchunOwn = ok(operator.document("query($y: Int!) { tenant(id: \"changchun\") { financingStatistics(year: $y) {"
                + " requests requested approvals approved disbursements disbursed } } }").variable("y", year).executeSync(), "tenant.financingStatistics");
        assertThat(changchunRow).containsAllEntriesOf(changchunOwn);
        String csv = RestClient.create(hubRoot()).get().uri("/statistics/financing.csv?year=" + year + "&by=city")
                .header("Authorization", "Bearer " + HubSecurity.token("province-staff")).retrieve().body(String.class);
        assertThat(csv).contains("changchun,长春," + year + "," + changchunOwn.get("requests") + "," + changchunOwn.get("requested"));
    }

    @Test
    void aRequestIsWithdrawnByTheEnterpriseAndThenTakesNoAnswer() {
        String institution = institutionOf("changchun", member("changchun", "bank"));
        Map<String, Object> filed = ok(enterprise.document("mutation($input: FinancingRequestInput!) { fileFinancingRequest(tenantId: \"changchun\","
                + " input: $input) " + REQUEST + " }").variable("input", Map.of("memberId", member("changchun", "enterprise"),
                "title", "研发中心流动资金", "amount", "800000.00", "purpose", "补充研发期间流动资金。", "termMonths", 12, "stage", "STARTUP",
                "industry", "CARBON_FIBER", "collateral", List.of("CREDIT"))).executeSync(), "fileFinancingRequest");
        String id = (String) filed.get("id");
        Map<String, Object> sent = ok(enterprise.document("mutation($id: ID!, $to: [ID!]!) { sendFinancingRequest(id: $id, institutionIds: $to) "
                + REQUEST + " }").variable("id", id).variable("to", List.of(institution)).executeSync(), "sendFinancingRequest");
        Map<String, Object> withdrawn = ok(enterprise.document("mutation($id: ID!, $v: Int!) { withdrawFinancingRequest(id: $id, expectedVersion: $v,"
                + " reason: \"已获股东增资\") " + REQUEST + " }").variable("id", id).variable("v", sent.get("version")).executeSync(),
                "withdrawFinancingRequest");
        assertThat(withdrawn).containsEntry("status", "WITHDRAWN");
        ClientGraphQlResponse late = changchunBank.document("mutation($id: ID!, $i: ID!) { expressFinancingInterest(id: $id, institutionId: $i) { id } }")
                .variable("id", id).variable("i", institution).executeSync();
        assertThat(late.getErrors()).singleElement().satisfies(error -> assertThat(error.getExtensions()).containsEntry("code", "ILLEGAL_TRANSITION"));
    }

    @Test
    void aPledgeNeedsTheEnterprisesOwnAchievementWithAGrantedPatent() {
        ClientGraphQlResponse response = enterprise.document("mutation($input: FinancingRequestInput!) { fileFinancingRequest(tenantId: \"changchun\","
                + " input: $input) { id } }").variable("input", Map.of("memberId", member("changchun", "enterprise"), "title", "质押融资",
                "amount", "1000000.00", "purpose", "质押他人成果。", "termMonths", 12, "stage", "GROWTH", "industry", "CARBON_FIBER",
                "collateral", List.of("IP_PLEDGE"), "pledgedAchievementIds", List.of(universityAchievement()))).executeSync();
        assertThat(response.getErrors()).singleElement().satisfies(error ->
                assertThat(error.getExtensions()).containsEntry("field", "input.pledgedAchievementIds[0]"));
        ClientGraphQlResponse without = enterprise.document("mutation($input: FinancingRequestInput!) { fileFinancingRequest(tenantId: \"changchun\","
                + " input: $input) { id } }").variable("input", Map.of("memberId", member("changchun", "enterprise"), "title", "质押融资",
                "amount", "1000000.00", "purpose", "未列质押成果。", "termMonths", 12, "stage", "GROWTH", "industry", "CARBON_FIBER",
                "collateral", List.of("IP_PLEDGE"))).executeSync();
        assertThat(without.getErrors()).singleElement().satisfies(error ->
                assertThat(error.getExtensions()).containsEntry("field", "input.pledgedAchievementIds"));
    }

    @Test
    void eachDemoCityHasAYearOfRequestsFundedDeclinedAndStillAnswered() {
        List<Map<String, Object>> edges = ok(operator.document("{ tenant(id: \"changchun\") { financingRequests(first: 50) { edges { node {"
                + " id status createdAt enterpriseName tracks { status } } } } } }").executeSync(), "tenant.financingRequests.edges");
        List<Map<String, Object>> demo = edges.stream().map(edge -> (Map<String, Object>) edge.get("node"))
                .filter(node -> ((String) node.get("id")).length() > 0 && !"长春华创新材料科技有限公司".equals(node.get("enterpriseName"))).toList();
        assertThat(demo).hasSizeGreaterThanOrEqualTo(14);
        assertThat(demo).extracting(node -> node.get("status")).contains("FUNDED", "OPEN", "WITHDRAWN");
        assertThat(demo).flatExtracting(node -> (List<Map<String, Object>>) node.get("tracks")).extracting(track -> track.get("status"))
                .contains("DISBURSED", "DECLINED", "DUE_DILIGENCE");
        assertThat(demo).extracting(node -> java.time.Instant.parse((String) node.get("createdAt")))
                .anySatisfy(at -> assertThat(at).isBefore(java.time.Instant.now().minus(Duration.ofDays(300))));
    }

    private String guarantorToken;

    /** A guarantee company's person signs up, applies, is verified; the operators publish its institution record for it. */
    private String guaranteeCompanyJoinsChangchun() {
        String person = "guarantor-" + System.nanoTime() % 1_000_000;
        guarantorToken = HubSecurity.signUpAndSignIn(person, "Guarantee-2026!");
        HttpSyncGraphQlClient applicant = HubSecurity.withToken(hub(), guarantorToken);
        String member = ok(applicant.document("mutation($input: MembershipApplicationInput!) { applyForMembership(tenantId: \"changchun\","
                + " input: $input) { id } }").variable("input", Map.of("kind", "FINANCING_INSTITUTION", "name", "长春科技融资担保有限公司",
                "creditCode", PartyCodes.withCheck("91220101MA0000G0" + (System.nanoTime() % 10)), "regionCode", "220101",
                "contact", Map.of("name", "孙经理", "phone", "0431-85551234"))).executeSync(), "applyForMembership.id");
        ok(operator.document("mutation($id: ID!) { verifyMember(id: $id, expectedVersion: 1) { id } }").variable("id", member).executeSync(), "verifyMember");
        String institution = ok(operator.document("mutation($input: FinancingInstitutionInput!, $m: ID) { createFinancingInstitution(tenantId: \"changchun\","
                + " input: $input, memberId: $m) { id } }").variable("input", Map.of("name", "长春科技融资担保有限公司", "type", "GUARANTEE",
                "products", List.of(Map.of("name", "知识产权质押融资担保", "type", "GUARANTEE", "amountMin", "1000000.00", "amountMax", "10000000.00",
                        "termMonths", 36)))).variable("m", member).executeSync(), "createFinancingInstitution.id");
        ok(operator.document("mutation($id: ID!) { publish(id: $id, expectedVersion: 1) { id } }").variable("id", institution).executeSync(), "publish");
        return institution;
    }

    /** An achievement of the enterprise with a granted patent, published by Changchun's operators. */
    private String enterprisesPatentedAchievement() {
        String id = ok(enterprise.document("mutation($input: AchievementInput!, $m: ID) { createAchievement(tenantId: \"changchun\", input: $input,"
                + " memberId: $m) { id } }").variable("input", Map.of("title", "高导热石墨烯复合膜制备方法", "summary", "一种高导热石墨烯复合膜的连续制备方法。",
                "industry", "CHEMICAL_NEW_MATERIALS", "maturity", "PILOT", "ownerInstitution", "长春华创新材料科技有限公司",
                "transferModes", List.of("LICENSE"), "patents", List.of(Map.of("number", "ZL202110345678.9", "type", "INVENTION", "status", "GRANTED"))))
                .variable("m", member("changchun", "enterprise")).executeSync(), "createAchievement.id");
        ok(operator.document("mutation($id: ID!) { publish(id: $id, expectedVersion: 1) { id } }").variable("id", id).executeSync(), "publish");
        return id;
    }

    private String universityAchievement() {
        List<Map<String, Object>> edges = ok(operator.document("{ tenant(id: \"changchun\") { achievements(first: 100) { edges { node { id owner } } } } }")
                .executeSync(), "tenant.achievements.edges");
        return edges.stream().map(edge -> (Map<String, Object>) edge.get("node")).filter(node -> member("changchun", "university").equals(node.get("owner")))
                .map(node -> (String) node.get("id")).findFirst().orElseThrow();
    }

    private String institutionOf(String city, String member) {
        List<Map<String, Object>> edges = ok(operator.document("query($t: ID!) { tenant(id: $t) { financingInstitutions(first: 100) { edges { node { id owner } } } } }")
                .variable("t", city).executeSync(), "tenant.financingInstitutions.edges");
        return edges.stream().map(edge -> (Map<String, Object>) edge.get("node")).filter(node -> member.equals(node.get("owner")))
                .map(node -> (String) node.get("id")).findFirst().orElseThrow();
    }

    /** The suggestion of the institution among those the system makes for the request, or null. */
    private Map<String, Object> suggestionOf(String request, String institution) {
        List<Map<String, Object>> suggested = ok(enterprise.document("query($id: ID!) { matchSuggestions(id: $id, first: 50) { candidate { id kind }"
                + " explanation { summary constraints { aspect fits } } } }").variable("id", request).executeSync(), "matchSuggestions");
        assertThat(suggested).allSatisfy(s -> assertThat(((Map<String, Object>) s.get("candidate")).get("kind")).isEqualTo("FINANCING_INSTITUTION"));
        return suggested.stream().filter(s -> institution.equals(((Map<String, Object>) s.get("candidate")).get("id"))).findFirst().orElse(null);
    }

    private Map<String, Object> answer(HttpSyncGraphQlClient who, String step, String id, String institution) {
        String name = step.substring(0, step.indexOf('('));
        return ok(who.document("mutation($id: ID!, $i: ID!) { " + step + " " + REQUEST + " }").variable("id", id).variable("i", institution)
                .executeSync(), name);
    }

    private static Map<String, Object> track(Map<String, Object> request, String institution) {
        return ((List<Map<String, Object>>) request.get("tracks")).stream().filter(t -> institution.equals(t.get("institution"))).findFirst().orElseThrow();
    }

    private static Map<String, Object> request(HttpSyncGraphQlClient who, String id) {
        return ok(who.document("query($id: ID!) { node(id: $id) { ... on FinancingRequest " + REQUEST + " } }").variable("id", id).executeSync(), "node");
    }

    private static Object nodeOf(HttpSyncGraphQlClient who, String id) {
        ClientGraphQlResponse response = who.document("query($id: ID!) { node(id: $id) { id } }").variable("id", id).executeSync();
        assertThat(response.getErrors()).isEmpty();
        return response.field("node").getValue();
    }

    private Map<String, Object> provinceFinancing(int year) {
        return ok(staff.document("query($y: Int!) { province { financingStatistics(year: $y) { requests requested approvals approved disbursements"
                + " disbursed byInstitutionType { type approvals approved disbursements disbursed } byCity { tenantId requests requested approvals"
                + " approved disbursements disbursed } } } }").variable("y", year).executeSync(), "province.financingStatistics");
    }

    private static Map<String, Object> byType(Map<String, Object> statistics, String type) {
        return ((List<Map<String, Object>>) statistics.get("byInstitutionType")).stream().filter(t -> type.equals(t.get("type"))).findFirst()
                .orElse(Map.of("disbursed", "0"));
    }

    private static BigDecimal decimal(Map<String, Object> map, String key) {
        return new BigDecimal(String.valueOf(map.get(key)));
    }

    private static String member(String city, String who) {
        return new TypedId(city, "Member", "demo-" + who).encode();
    }

    private static String hubRoot() {
        return "http://127.0.0.1:" + HUB_PORT;
    }

    private static String hub() {
        return hubRoot() + "/graphql";
    }

    private static HttpSyncGraphQlClient client(String demoClient) {
        return HubSecurity.client(hub(), demoClient);
    }

    private static <T> T ok(ClientGraphQlResponse response, String path) {
        assertThat(response.getErrors()).as(path).isEmpty();
        return response.field(path).getValue();
    }
}
