package cn.techmarket.hub.member;

import cn.techmarket.hub.support.HubIntegrationTest;
import cn.techmarket.hub.support.HubSecurity;
import cn.techmarket.hub.support.HubServers;
import cn.techmarket.hub.support.RegistryBootstrap;
import cn.techmarket.hub.support.TenantNodeProcesses;
import cn.techmarket.hub.support.TenantNodeProcesses.TenantNode;
import cn.techmarket.infra.process.FreePort;
import cn.techmarket.model.contract.PartyCodes;
import cn.techmarket.model.id.GlobalId;
import cn.techmarket.model.id.TypedId;
import cn.techmarket.model.region.MarketTime;
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
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A new person becomes a member of Siping's sub-market through the hub, with real tokens: signs up
 * at the authorization server, applies, is returned for more, completes the application and is
 * verified by Siping's operator. Other cities' operators and other people see none of it. A
 * verified member publishes a demand through review, and the province finds it in search.
 */
@HubIntegrationTest(properties = {"market.hub.registry.probe-interval=1h", "market.hub.search.index-prefix=members-test",
        "market.hub.search.sync-interval=300ms"})
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

    /**
     * The scenario, end to end: sign-up → application in Siping → returned → completed →
     * verified → a demand submitted → returned with a reason → fixed → approved → found province-wide
     * → the owner reads its match suggestions → asks to meet a Changchun expert → Changchun's
     * operator sees the request → each inbox shows each step that concerned its reader.
     */
    @Test
    void aNewPersonBecomesAMemberPublishesADemandAndAsksToMeetAnExpertOfAnotherCity() {
        String person = "zhao.min." + System.nanoTime() % 100_000;
        HttpSyncGraphQlClient applicant = HubSecurity.withToken(hub(), HubSecurity.signUpAndSignIn(person, "siping-2026-member"));
        HttpSyncGraphQlClient siping = HubSecurity.client(hub(), "siping-operator");
        HttpSyncGraphQlClient changchun = HubSecurity.client(hub(), "changchun-operator");
        Map<String, Object> application = application(PartyCodes.withCheck("91220300MA0000H01"));

        // the membership: applied, returned for a document, completed, verified
        Map<String, Object> applied = ok(applicant.document("mutation($input: MembershipApplicationInput!) {"
                + " applyForMembership(tenantId: \"siping\", input: $input) " + FIELDS + " }").variable("input", application).executeSync(),
                "applyForMembership");
        String member = (String) applied.get("id");
        assertThat(applied).containsEntry("tenantId", "siping").containsEntry("status", "APPLIED");
        assertThat((List<Map<String, Object>>) applied.get("users")).containsExactly(Map.of("subject", person, "role", "OWNER"));
        List<Map<String, Object>> waiting = siping.document("{ tenant(id: \"siping\") { members(filter: {status: APPLIED}) { edges { node { id } } } } }")
                .executeSync().field("tenant.members.edges").getValue();
        assertThat(waiting).extracting(edge -> ((Map<String, Object>) edge.get("node")).get("id")).contains(member);
        ok(siping.document("mutation($id: ID!) { returnMembershipApplication(id: $id, expectedVersion: 1, reason: \"请上传营业执照\") { id } }")
                .variable("id", member).executeSync(), "returnMembershipApplication");
        Map<String, Object> returned = ok(applicant.document("query($id: ID!) { node(id: $id) { ... on Member " + FIELDS + " } }")
                .variable("id", member).executeSync(), "node");
        assertThat(returned).containsEntry("status", "RETURNED").containsEntry("statusReason", "请上传营业执照");
        Map<String, Object> completed = new HashMap<>(application);
        completed.put("documents", List.of(Map.of("name", "营业执照.pdf", "mediaType", "application/pdf", "sizeBytes", 88231,
                "sha256", "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")));
        ok(applicant.document("mutation($id: ID!, $input: MembershipApplicationInput!) { reapplyForMembership(id: $id, expectedVersion: 2, input: $input) { id } }")
                .variable("id", member).variable("input", completed).executeSync(), "reapplyForMembership");
        Map<String, Object> verified = ok(siping.document("mutation($id: ID!) { verifyMember(id: $id, expectedVersion: 3) " + FIELDS + " }")
                .variable("id", member).executeSync(), "verifyMember");
        assertThat(verified).containsEntry("status", "VERIFIED").containsEntry("version", 4);
        assertThat((List<Map<String, Object>>) verified.get("history")).extracting(step -> step.get("actor"))
                .containsExactly(person, "siping-operator", person, "siping-operator");

        // the member's demand: submitted, returned with a reason, fixed, approved, then found province-wide
        String title = "寻求换热器余热回收技术" + System.nanoTime() % 100_000;
        Map<String, Object> demand = new HashMap<>(Map.of("title", title, "problem", "钢厂换热器出口余热未利用，年损失约两千吨标煤。",
                "industry", "ENERGY_SAVING_ENVIRONMENT", "enterpriseName", "四平换热装备有限公司"));
        String demandId = ok(applicant.document("mutation($input: DemandInput!, $member: ID) { createDemand(tenantId: \"siping\", input: $input,"
                + " memberId: $member) { id owner lifecycle } }").variable("input", demand).variable("member", member).executeSync(), "createDemand")
                .get("id").toString();
        step(applicant, "submitForReview", demandId, 1);
        ok(siping.document("mutation($id: ID!) { returnForRevision(id: $id, expectedVersion: 2, reason: \"请写明预算\") { id } }")
                .variable("id", demandId).executeSync(), "returnForRevision");
        demand.put("budgetMin", "200000");
        demand.put("budgetMax", "500000");
        ok(applicant.document("mutation($id: ID!, $input: DemandInput!) { updateDemand(id: $id, expectedVersion: 3, input: $input) { id } }")
                .variable("id", demandId).variable("input", demand).executeSync(), "updateDemand");
        step(applicant, "submitForReview", demandId, 4);
        awaitSearchCaughtUpWithSiping();
        step(siping, "publish", demandId, 5);
        long published = System.nanoTime();
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofMillis(1500)).pollInterval(java.time.Duration.ofMillis(50))
                .until(() -> HubSecurity.client(hub(), null).document("query($t: String!) { search(text: $t, first: 5) { hits { id } } }")
                        .variable("t", title).executeSync().field("search.hits").<List<Map<String, Object>>>getValue(),
                        hits -> hits.stream().anyMatch(hit -> demandId.equals(hit.get("id"))));
        System.out.printf("the member's demand was searchable province-wide %d ms after its approval%n", (System.nanoTime() - published) / 1_000_000);
        List<Map<String, Object>> mine = applicant.document("{ tenant(id: \"siping\") { myListings { id lifecycle owner } } }").executeSync()
                .field("tenant.myListings").getValue();
        assertThat(mine).contains(Map.of("id", demandId, "lifecycle", "PUBLISHED", "owner", member));

        // the owner reads its suggestions and asks to meet the Changchun expert among them
        String expert = changchunExpert(changchun);
        List<Map<String, Object>> suggestions = org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
                .until(() -> applicant.document("query($id: ID!) { matchSuggestions(id: $id, kinds: [EXPERT], first: 20)"
                        + " { candidate { id tenantId title } explanation { summary } } }").variable("id", demandId).executeSync()
                        .field("matchSuggestions").<List<Map<String, Object>>>getValue(), found -> found.stream().anyMatch(s -> expert.equals(candidate(s).get("id"))));
        Map<String, Object> picked = suggestions.stream().filter(s -> expert.equals(candidate(s).get("id"))).findFirst().orElseThrow();
        assertThat(((Map<String, Object>) picked.get("explanation")).get("summary")).asString().isNotBlank();
        ClientGraphQlResponse asked = applicant.document("mutation($input: MeetingRequestInput!) { requestExpertMeetings(tenantId: \"siping\","
                + " input: $input) { id status expertTenantId demandOwner } }").variable("input", Map.of("demandId", demandId,
                "topic", "换热器余热回收方案咨询", "experts", List.of(Map.of("id", expert, "name", candidate(picked).get("title"))))).executeSync();
        assertThat(asked.getErrors()).isEmpty();
        List<Map<String, Object>> requests = asked.field("requestExpertMeetings").getValue();
        String request = (String) requests.get(0).get("id");
        assertThat(requests.get(0)).containsEntry("status", "REQUESTED").containsEntry("expertTenantId", "changchun").containsEntry("demandOwner", member);

        List<Map<String, Object>> seenByChangchun = changchun.document("{ tenant(id: \"siping\") { meetingRequests(first: 100) { edges { node { id expertTenantId } } } } }")
                .executeSync().field("tenant.meetingRequests.edges").getValue();
        assertThat(seenByChangchun).extracting(edge -> ((Map<String, Object>) edge.get("node")).get("id")).contains(request);

        // each inbox shows each step that concerned its reader
        assertThat(topicsAbout(applicant, member)).containsExactly("MEMBERSHIP_VERIFIED", "MEMBERSHIP_RETURNED");
        assertThat(topicsAbout(siping, member)).containsExactly("MEMBERSHIP_APPLIED", "MEMBERSHIP_APPLIED");
        assertThat(topicsAbout(applicant, demandId)).containsExactly("LISTING_PUBLISHED", "LISTING_RETURNED");
        assertThat(topicsAbout(siping, demandId)).containsExactly("LISTING_SUBMITTED", "LISTING_SUBMITTED");
        assertThat(topicsAbout(siping, request)).containsExactly("MEETING_REQUESTED");
        assertThat(topicsAbout(changchun, request)).as("the expert's city, told at the demand's").containsExactly("MEETING_REQUESTED");
    }

    /** The 1.5 s write-to-searchable promise is for a sync that follows the city's feed, not one still loading its demo data. */
    private void awaitSearchCaughtUpWithSiping() {
        HttpSyncGraphQlClient staff = HubSecurity.client(hub(), "province-staff");
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60)).until(() -> {
            Object lag = staff.document("{ tenant(id: \"siping\") { searchSync { lagSeconds } } }").executeSync()
                    .field("tenant.searchSync.lagSeconds").getValue();
            return lag instanceof Number seconds && seconds.doubleValue() < 1;
        });
    }

    /** An expert Changchun's operators publish, so that the province's suggestions hold one of theirs. */
    private static String changchunExpert(HttpSyncGraphQlClient changchun) {
        Map<String, Object> input = Map.of("name", "刘振东", "institution", "长春工业大学", "title", "教授",
                "fields", List.of("ENERGY_SAVING_ENVIRONMENT"), "bio", "长期从事换热器强化传热与工业余热回收技术研究。", "availableForConsulting", true);
        String id = ok(changchun.document("mutation($input: ExpertInput!) { createExpert(tenantId: \"changchun\", input: $input) { id } }")
                .variable("input", input).executeSync(), "createExpert").get("id").toString();
        step(changchun, "publish", id, 1);
        return id;
    }

    private static Map<String, Object> candidate(Map<String, Object> suggestion) {
        return (Map<String, Object>) suggestion.get("candidate");
    }

    /** The topics of the reader's messages about the record at Siping, newest first. */
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
    void aBrokerProposesACrossCityMatchSignsItAndTheLinkedContractShowsInTheProvincesRanking() {
        HttpSyncGraphQlClient broker = HubSecurity.client(hub(), "siping-broker");
        HttpSyncGraphQlClient siping = HubSecurity.client(hub(), "siping-operator");
        String brokerMember = new TypedId("siping", "Member", "demo-broker").encode();
        int year = java.time.Year.now(MarketTime.ZONE).getValue();
        Map<String, Object> input = Map.of("demandId", GlobalId.encode("siping", "Demand", "d0900000"),
                "candidateId", GlobalId.encode("changchun", "Achievement", "a0000001"), "candidateTitle", "长春的一项成果");

        Map<String, Object> proposed = ok(broker.document("mutation($input: MatchInput!, $member: ID) { proposeMatch(tenantId: \"siping\","
                + " input: $input, memberId: $member) { id candidateTenantId broker { memberId certificateNo } } }")
                .variable("input", input).variable("member", brokerMember).executeSync(), "proposeMatch");
        String match = (String) proposed.get("id");
        String certificate = (String) ((Map<String, Object>) proposed.get("broker")).get("certificateNo");
        assertThat(proposed).containsEntry("candidateTenantId", "changchun");
        ok(broker.document("mutation($id: ID!) { contactMatch(id: $id, expectedVersion: 1, candidateContact: {name: \"孙工\", phone: \"0431-85550123\"}) { id } }")
                .variable("id", match).executeSync(), "contactMatch");
        ok(broker.document("mutation($id: ID!) { negotiateMatch(id: $id, expectedVersion: 2) { id } }").variable("id", match).executeSync(), "negotiateMatch");
        ok(broker.document("mutation($id: ID!) { signMatch(id: $id, expectedVersion: 3) { id status } }").variable("id", match).executeSync(), "signMatch");

        String contract = ok(siping.document("mutation($input: ContractInput!) { submitContract(tenantId: \"siping\", input: $input) { id } }")
                .variable("input", contract(match)).executeSync(), "submitContract").get("id").toString();
        ok(siping.document("mutation($id: ID!) { startContractReview(id: $id, expectedVersion: 1) { id } }").variable("id", contract).executeSync(),
                "startContractReview");
        ok(HubSecurity.client(hub(), "siping-registrar").document("mutation($id: ID!) { registerContract(id: $id, expectedVersion: 2) { id } }")
                .variable("id", contract).executeSync(), "registerContract");

        List<Map<String, Object>> ranking = HubSecurity.client(hub(), "province-staff").document("query($year: Int!) { province {"
                + " brokerRanking(year: $year) { rank certificateNumber tenantIds proposed signed contracts turnover } } }")
                .variable("year", year).executeSync().field("province.brokerRanking").getValue();
        assertThat(ranking).filteredOn(row -> certificate.equals(row.get("certificateNumber"))).singleElement().satisfies(row -> {
            assertThat(row).containsEntry("rank", 1).containsEntry("tenantIds", List.of("siping")).containsEntry("signed", 1).containsEntry("contracts", 1);
            assertThat(new java.math.BigDecimal((String) row.get("turnover"))).isEqualByComparingTo("1200000");
        });
        assertThat(HubSecurity.client(hub(), "siping-operator").document("query($year: Int!) { province { brokerRanking(year: $year) { rank } } }")
                .variable("year", year).executeSync().getErrors()).as("the pool's ranking is for province staff")
                .singleElement().satisfies(error -> assertThat(error.getErrorType().toString()).isEqualTo("FORBIDDEN"));
    }

    /**
     * Instrument sharing through the hub: Changchun's university registers an instrument, the
     * operators verify it, the province finds it by category, value band and availability; the
     * enterprise books it, the university confirms and records the use, the enterprise rates it;
     * Siping's operator sees none of the booking.
     */
    @Test
    void aUniversitySharesAnInstrumentTheProvinceFindsItAndAnEnterpriseBooksUsesAndRatesIt() {
        HttpSyncGraphQlClient university = HubSecurity.client(hub(), "changchun-university");
        HttpSyncGraphQlClient enterprise = HubSecurity.client(hub(), "changchun-enterprise");
        HttpSyncGraphQlClient changchun = HubSecurity.client(hub(), "changchun-operator");
        String unit = new TypedId("changchun", "Member", "demo-university").encode();
        String user = new TypedId("changchun", "Member", "demo-enterprise").encode();
        String name = "透射电子显微镜" + System.nanoTime() % 100_000;
        Map<String, Object> input = new HashMap<>(Map.of("name", name, "model", "Talos F200X", "manufacturer", "FEI", "country", "美国",
                "instrumentClass", "ELECTRON_MICROSCOPE", "originalValue", "9800000.00", "purchaseDate", "2020-05-18", "managingUnit", "长春理工学院",
                "location", "长春理工学院分析测试中心", "status", "IN_SERVICE"));
        input.putAll(Map.of("mainFunctions", "纳米材料晶体结构与缺陷分析", "operation", "STAFF_ONLY",
                "fees", List.of(Map.of("item", "机时费", "unit", "HOUR", "internalRate", "600.00", "externalRate", "1000.00")),
                "openingHours", java.util.Arrays.stream(java.time.DayOfWeek.values())
                        .map(day -> Map.of("day", day.name(), "opens", "08:00", "closes", "20:00")).toList()));
        String instrument = ok(university.document("mutation($input: InstrumentInput!, $member: ID) { createInstrument(tenantId: \"changchun\","
                + " input: $input, memberId: $member) { id } }").variable("input", input).variable("member", unit).executeSync(), "createInstrument")
                .get("id").toString();
        step(university, "submitForReview", instrument, 1);
        step(changchun, "publish", instrument, 2);

        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(5)).pollInterval(java.time.Duration.ofMillis(100))
                .until(() -> HubSecurity.client(hub(), null).document("query($t: String!) { search(text: $t, kind: INSTRUMENT, filter: {categories: [ANALYTICAL],"
                                + " valueBands: [OVER_500K], available: true, tenantIds: [\"changchun\"]}) { hits { id price category valueBand available } } }")
                        .variable("t", name).executeSync().field("search.hits").<List<Map<String, Object>>>getValue(),
                        hits -> hits.contains(Map.of("id", instrument, "price", "1000.00", "category", "ANALYTICAL", "valueBand", "OVER_500K", "available", true)));
        Map<String, Object> facets = HubSecurity.client(hub(), null).document("{ search(kind: INSTRUMENT) { facets { category { value count } valueBand { value } } } }")
                .executeSync().field("search.facets").getValue();
        assertThat(facets.get("category").toString()).contains("ANALYTICAL");

        java.time.ZoneId beijing = MarketTime.ZONE;
        java.time.Instant start = java.time.LocalDate.now(beijing).plusDays(2).atTime(10, 0).atZone(beijing).toInstant();
        Map<String, Object> booking = Map.of("instrumentId", instrument, "mode", "ON_SITE", "start", start.toString(),
                "end", start.plusSeconds(3 * 3600).toString(), "purpose", "正极材料晶格缺陷观察");
        String id = ok(enterprise.document("mutation($input: BookingInput!, $member: ID) { bookInstrument(tenantId: \"changchun\", input: $input,"
                + " memberId: $member) { id status external } }").variable("input", booking).variable("member", user).executeSync(), "bookInstrument")
                .get("id").toString();
        assertThat(HubSecurity.client(hub(), "siping-operator").document("query($id: ID!) { node(id: $id) { id } }").variable("id", id)
                .executeSync().field("node").<Object>getValue()).as("another city's operator").isNull();
        ok(university.document("mutation($id: ID!) { confirmBooking(id: $id, expectedVersion: 1) { id } }").variable("id", id).executeSync(), "confirmBooking");
        java.time.Instant used = java.time.Instant.now().minusSeconds(4 * 3600).truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
        ok(university.document("mutation($id: ID!, $usage: UsageInput!) { recordUsage(id: $id, expectedVersion: 2, usage: $usage) { id } }")
                .variable("id", id).variable("usage", Map.of("actualStart", used.toString(), "actualEnd", used.plusSeconds(3 * 3600).toString(),
                        "effectiveHours", "2.50", "fee", "2500.00")).executeSync(), "recordUsage");
        Map<String, Object> accepted = ok(enterprise.document("mutation($id: ID!) { acceptService(id: $id, expectedVersion: 3, score: 4, comment: \"数据可靠\")"
                + " { status usage { effectiveHours fee } rating { score } } }").variable("id", id).executeSync(), "acceptService");
        assertThat(accepted).isEqualTo(Map.of("status", "ACCEPTED", "usage", Map.of("effectiveHours", "2.50", "fee", "2500.00"), "rating", Map.of("score", 4)));
    }

    /**
     * The operators publish a policy for the automotive industry; the province finds it, and a
     * Changchun demand in that industry shows it first among the policies that apply, before one
     * for every industry. Siping's demands are not shown Changchun's policies.
     */
    @Test
    void anOperatorPublishesAPolicyTheProvinceFindsItAndADemandInItsIndustryShowsIt() {
        HttpSyncGraphQlClient changchun = HubSecurity.client(hub(), "changchun-operator");
        String title = "长春市汽车零部件技术攻关奖补办法" + System.nanoTime() % 100_000;
        Map<String, Object> input = new HashMap<>(Map.of("title", title, "issuer", "长春市科学技术局", "documentNumber", "长科发〔2026〕8号",
                "level", "CITY", "type", "SUBSIDY", "issuedOn", "2026-01-15", "industries", List.of("AUTOMOTIVE"),
                "summary", "对零部件企业联合高校攻关并通过验收的项目给予研发费用补助。", "subsidyRules", List.of("enterprise-technology-purchase")));
        String policy = ok(changchun.document("mutation($input: PolicyInput!) { createPolicy(tenantId: \"changchun\", input: $input) { id } }")
                .variable("input", input).executeSync(), "createPolicy").get("id").toString();
        assertThat(HubSecurity.client(hub(), "changchun-enterprise").document("mutation($input: PolicyInput!) { createPolicy(tenantId: \"changchun\","
                + " input: $input) { id } }").variable("input", input).executeSync().getErrors()).as("no member writes a policy")
                .singleElement().satisfies(error -> assertThat(error.getErrorType().toString()).isEqualTo("FORBIDDEN"));
        step(changchun, "publish", policy, 1);
        String demand = ok(changchun.document("mutation($input: DemandInput!) { createDemand(tenantId: \"changchun\", input: $input) { id } }")
                .variable("input", Map.of("title", "寻求轮毂轴承低噪声设计技术", "problem", "轮毂轴承高速工况噪声超标。", "industry", "AUTOMOTIVE",
                        "enterpriseName", "长春某汽车零部件有限公司")).executeSync(), "createDemand").get("id").toString();
        step(changchun, "publish", demand, 1);

        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(5)).pollInterval(java.time.Duration.ofMillis(100))
                .until(() -> HubSecurity.client(hub(), null).document("query($t: String!) { search(text: $t, kind: POLICY) { hits { id } } }")
                        .variable("t", title).executeSync().field("search.hits").<List<Map<String, Object>>>getValue(),
                        hits -> hits.contains(Map.of("id", policy)));
        List<Map<String, Object>> applicable = HubSecurity.client(hub(), null).document("query($id: ID!) { applicablePolicies(id: $id, first: 50) { id tenantId } }")
                .variable("id", demand).executeSync().field("applicablePolicies").getValue();
        assertThat(applicable).as("the one naming the demand's industry first").first().isEqualTo(Map.of("id", policy, "tenantId", "changchun"));
        assertThat(applicable).as("then those for every industry of the demo, of Changchun only").hasSizeGreaterThan(1)
                .allSatisfy(hit -> assertThat(hit.get("tenantId")).isEqualTo("changchun"));
        Map<String, Object> shown = ok(HubSecurity.client(hub(), null).document("query($id: ID!) { node(id: $id) { ... on Policy { documentNumber inForce"
                + " subsidyRules } } }").variable("id", policy).executeSync(), "node");
        assertThat(shown).isEqualTo(Map.of("documentNumber", "长科发〔2026〕8号", "inForce", true, "subsidyRules", List.of("enterprise-technology-purchase")));
    }

    private static Map<String, Object> contract(String match) {
        return Map.of("type", "LICENSE", "title", "换热器余热回收技术许可合同",
                "seller", Map.of("name", "长春理工学院", "creditCode", PartyCodes.withCheck("12220000MA0000001"), "kind", "UNIVERSITY"),
                "buyer", Map.of("name", "四平华创新材料科技有限公司", "creditCode", "91350100M000100Y43", "kind", "ENTERPRISE"),
                "amount", "1200000.00", "technologyIncome", "1000000.00", "signedOn", "2026-03-18", "matchId", match);
    }

    @Test
    void anOperatorReceivesTheirInboxLiveThroughTheHubAndNoOneElseDoes() throws Exception {
        CompletableFuture<Map<String, Object>> operatorsFirst = live("siping-operator")
                .filter(message -> "LISTING_SUBMITTED".equals(message.get("topic"))).next().toFuture();
        CompletableFuture<List<Map<String, Object>>> bankSees = live("siping-bank").collectList().toFuture();
        HttpSyncGraphQlClient enterprise = HubSecurity.client(hub(), "siping-enterprise");
        String member = new TypedId("siping", "Member", "demo-enterprise").encode();
        List<String> submitted = new java.util.ArrayList<>();

        // the subscription may take a moment to reach the city: submit until the first message arrives
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).pollInterval(java.time.Duration.ofMillis(300)).until(() -> {
            String id = ok(enterprise.document("mutation($input: DemandInput!, $member: ID) { createDemand(tenantId: \"siping\", input: $input,"
                    + " memberId: $member) { id } }").variable("input", Map.of("title", "实时消息测试需求", "problem", "用于验证实时消息。",
                    "industry", "NEW_ENERGY", "enterpriseName", "四平华创新材料科技有限公司")).variable("member", member).executeSync(), "createDemand")
                    .get("id").toString();
            step(enterprise, "submitForReview", id, 1);
            submitted.add(id);
            return operatorsFirst.isDone();
        });

        Map<String, Object> message = operatorsFirst.get();
        assertThat(message).containsEntry("read", false);
        assertThat(submitted).contains((String) message.get("about"));
        assertThat(bankSees).as("another member's person is told nothing of it").isNotDone();
        bankSees.cancel(true);

        ClientGraphQlResponse anonymous = subscriptionClient(null).document(LIVE).executeSubscription().blockFirst(java.time.Duration.ofSeconds(10));
        assertThat(anonymous.getErrors()).as(anonymous.getErrors().toString()).singleElement().satisfies(error -> assertThat(error.getErrorType().toString()).isEqualTo("UNAUTHORIZED"));
    }

    private static final String LIVE = "subscription { inboxMessages(tenantId: \"siping\") { id topic about title read } }";

    /** The client's inbox at Siping, live through the hub. */
    private reactor.core.publisher.Flux<Map<String, Object>> live(String client) {
        return subscriptionClient(HubSecurity.token(client)).document(LIVE).executeSubscription()
                .map(response -> response.field("inboxMessages").<Map<String, Object>>getValue());
    }

    private org.springframework.graphql.client.HttpGraphQlClient subscriptionClient(String token) {
        var web = org.springframework.web.reactive.function.client.WebClient.builder().baseUrl(hub())
                .clientConnector(new org.springframework.http.client.reactive.JdkClientHttpConnector());
        if (token != null) {
            web.defaultHeader("Authorization", "Bearer " + token);
        }
        return org.springframework.graphql.client.HttpGraphQlClient.create(web.build());
    }

    @Test
    void theDemoEnterpriseFollowsTheMatchTheDemoBrokerMadeAndSeesWhomToCall() {
        Map<String, Object> match = ok(HubSecurity.client(hub(), "siping-enterprise").document("query($id: ID!) { tenant(id: \"siping\") {"
                + " match(id: $id) { status demandOwner broker { memberId } candidateContact { name phone } } } }")
                .variable("id", new TypedId("siping", "Match", "demo-match").encode()).executeSync(), "tenant.match");

        assertThat(match).containsEntry("status", "CONTACTED").containsEntry("demandOwner", new TypedId("siping", "Member", "demo-enterprise").encode());
        assertThat((Map<String, Object>) match.get("broker")).containsEntry("memberId", new TypedId("siping", "Member", "demo-broker").encode());
        assertThat(match.get("candidateContact")).as("the university's contact, now that they are in touch").isNotNull();
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
