package cn.techmarket.hub.challenge;

import cn.techmarket.hub.support.HubIntegrationTest;
import cn.techmarket.hub.support.HubSecurity;
import cn.techmarket.hub.support.HubServers;
import cn.techmarket.hub.support.RegistryBootstrap;
import cn.techmarket.hub.support.TenantNodeProcesses;
import cn.techmarket.hub.support.TenantNodeProcesses.TenantNode;
import cn.techmarket.infra.process.FreePort;
import cn.techmarket.model.id.TypedId;
import cn.techmarket.model.region.MarketTime;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.client.HttpSyncGraphQlClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 揭榜挂帅 through the hub with real tokens, the province's own market on a node of its own: a
 * Siping enterprise nominates its demand, province staff publish it; a Changchun institute applies
 * alone and a Jilin university leads a consortium with a Changchun enterprise; reviewers are drawn
 * from both cities' experts without the conflicted ones; staff score, select, sign the agreement,
 * accept the milestones the winner reports and record the payments; the statistics show it. Every
 * member is checked in its own city's store, which the province's node asks through the hub.
 */
@SuppressWarnings("unchecked")
@HubIntegrationTest(properties = {"market.hub.registry.probe-interval=1h", "market.hub.search.index-prefix=challenges-test",
        "market.hub.search.sync-interval=300ms"})
class ChallengeListsThroughTheHubTest {

    private static final int HUB_PORT = FreePort.find();
    private static final String PROVINCE = "jilin-province";
    private static final String INDUSTRY = "ENERGY_SAVING_ENVIRONMENT";

    @RegisterExtension
    static final TenantNode cities = TenantNodeProcesses.start("challenge_cities", List.of("siping", "changchun", "jilin"), FreePort.find(),
            List.of("--market.node.demo.members=true", "--market.node.demo.records.expert=0"));

    @RegisterExtension
    static final TenantNode province = TenantNodeProcesses.start("challenge_province", List.of(PROVINCE), FreePort.find(),
            List.of("--market.node.hub.url=http://127.0.0.1:" + HUB_PORT, "--market.node.demo.records.achievement=0",
                    "--market.node.demo.records.demand=0", "--market.node.demo.records.expert=0"));

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        HubServers.configure(registry, "challenges_hub");
        registry.add("server.port", () -> HUB_PORT);
        RegistryBootstrap.of(registry).cities(cities, "siping", "changchun", "jilin").cities(province, PROVINCE);
    }

    private final HttpSyncGraphQlClient staff = client("province-staff");

    @Test
    void aSipingDemandBecomesAListThatAJilinChangchunConsortiumWinsIsPaidForAndShowsInTheStatistics() {
        int year = LocalDate.now(MarketTime.ZONE).getYear();
        Map<String, Object> before = statistics(year);
        Map<String, String> experts = experts();

        // 企业出题: Siping's enterprise nominates its published demand at the province's market, and staff publish it
        HttpSyncGraphQlClient sipingEnterprise = client("siping-enterprise");
        String sipingMember = member("siping", "enterprise");
        String demand = ok(sipingEnterprise.document("mutation($input: DemandInput!, $m: ID) { createDemand(tenantId: \"siping\", input: $input,"
                + " memberId: $m) { id } }").variable("input", Map.of("title", "换热器余热深度回收技术", "problem", "钢厂换热器出口余热未利用，年损失约两千吨标煤。",
                "industry", INDUSTRY, "enterpriseName", "四平换热装备有限公司")).variable("m", sipingMember).executeSync(), "createDemand.id");
        ok(sipingEnterprise.document("mutation($id: ID!) { submitForReview(id: $id, expectedVersion: 1) { id } }").variable("id", demand).executeSync(),
                "submitForReview.id");
        ok(client("siping-operator").document("mutation($id: ID!) { publish(id: $id, expectedVersion: 2) { id } }").variable("id", demand).executeSync(),
                "publish.id");
        Instant deadline = Instant.now().plusSeconds(25).truncatedTo(ChronoUnit.SECONDS);
        Map<String, Object> nominated = ok(sipingEnterprise.document("mutation($input: DemandNominationInput!) { nominateDemandAsChallenge(tenantId:"
                + " \"jilin-province\", input: $input) { id version lifecycle type nominatedFrom owner } }").variable("input", Map.of("demandId", demand,
                "memberId", sipingMember, "funding", "5000000.00", "indicators", List.of("余热回收率≥60%", "投资回收期≤3年"),
                "deadline", deadline.toString())).executeSync(), "nominateDemandAsChallenge");
        String list = (String) nominated.get("id");
        assertThat(nominated).containsEntry("lifecycle", "SUBMITTED").containsEntry("type", "ENTERPRISE_DEMAND").containsEntry("nominatedFrom", demand)
                .containsEntry("owner", sipingMember);
        assertThat(refused(client("changchun-operator").document("mutation($id: ID!, $v: Int!) { publish(id: $id, expectedVersion: $v) { id } }")
                .variable("id", list).variable("v", nominated.get("version")).executeSync())).as("a city operator at the province's market")
                .containsEntry("classification", "FORBIDDEN");
        ok(staff.document("mutation($id: ID!, $v: Int!) { publish(id: $id, expectedVersion: $v) { id } }").variable("id", list)
                .variable("v", nominated.get("version")).executeSync(), "publish.id");

        // 揭榜: a Changchun university alone, asking to keep one expert off; a Jilin university leading a Changchun enterprise
        HttpSyncGraphQlClient soloPerson = client("changchun-university");
        HttpSyncGraphQlClient leadPerson = client("jilin-university");
        HttpSyncGraphQlClient partnerPerson = client("changchun-enterprise");
        String solo = ok(soloPerson.document(APPLY).variable("id", list).variable("input", application(member("changchun", "university"), List.of(),
                "东北电力大学", List.of(experts.get("avoided")))).executeSync(), "applyForChallenge.id");
        String consortium = ok(leadPerson.document(APPLY).variable("id", list).variable("input", application(member("jilin", "university"),
                List.of(member("changchun", "enterprise")), "吉林理工学院", List.of())).executeSync(), "applyForChallenge.id");
        Map<String, Object> confirmed = ok(partnerPerson.document("mutation($id: ID!, $m: ID!) { confirmConsortiumPartner(id: $id, memberId: $m)"
                + " { status partners { name confirmed } } }").variable("id", consortium).variable("m", member("changchun", "enterprise")).executeSync(),
                "confirmConsortiumPartner");
        assertThat(confirmed).containsEntry("status", "SUBMITTED")
                .containsEntry("partners", List.of(Map.of("name", "长春华创新材料科技有限公司", "confirmed", true)));
        assertThat(ids(soloPerson.document("query($id: ID!) { tenant(id: \"jilin-province\") { challengeApplications(challengeId: $id) { id } } }")
                .variable("id", list).executeSync().field("tenant.challengeApplications").getValue())).as("an applicant sees only its own").containsExactly(solo);
        Map<String, Object> seenByNode = ok(leadPerson.document("query($id: ID!) { node(id: $id) { ... on ChallengeApplication { status lead { name } } } }")
                .variable("id", consortium).executeSync(), "node");
        assertThat(seenByNode).containsEntry("lead", Map.of("name", "吉林理工学院"));
        Object othersApplication = ok(soloPerson.document("query($id: ID!) { node(id: $id) { ... on ChallengeApplication { id } } }")
                .variable("id", consortium).executeSync(), "node");
        assertThat(othersApplication).as("nor anyone else's by id").isNull();

        // the draw, after the deadline: three reviewers, none with a conflict, reproducible from the seed
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).until(() -> Boolean.FALSE.equals(staff.document(
                "query($id: ID!) { node(id: $id) { ... on Challenge { acceptingApplications } } }").variable("id", list).executeSync()
                .field("node.acceptingApplications").getValue()));
        long version = version(list);
        Map<String, Object> reviewing = ok(staff.document("mutation($id: ID!, $v: Int!) { drawChallengeReviewers(id: $id, expectedVersion: $v,"
                + " count: 3, seed: \"7355608\") { stage version } }").variable("id", list).variable("v", version).executeSync(), "drawChallengeReviewers");
        assertThat(reviewing).containsEntry("stage", "REVIEWING");
        Map<String, Object> draw = ok(staff.document("query($id: ID!) { tenant(id: \"jilin-province\") { reviewerDraw(challengeId: $id) { seed reproduces"
                + " pool { id } drawn { id tenantId } excluded { expert { id } reason } } } }").variable("id", list).executeSync(), "tenant.reviewerDraw");
        List<String> drawn = ids(draw.get("drawn"));
        Map<String, String> excluded = new HashMap<>();
        ((List<Map<String, Object>>) draw.get("excluded")).forEach(e -> excluded.put((String) ((Map<String, Object>) e.get("expert")).get("id"),
                (String) e.get("reason")));
        assertThat(ids(draw.get("pool"))).as("the pool spans both cities, through province search").containsAll(experts.values());
        assertThat(excluded).containsEntry(experts.get("lead"), "与申请方同单位：吉林理工学院")
                .containsEntry(experts.get("partner"), "与申请方同单位：长春华创新材料科技有限公司")
                .containsEntry(experts.get("avoided"), "申请方申请回避");
        assertThat(drawn).hasSize(3).doesNotContain(experts.get("lead"), experts.get("partner"), experts.get("avoided"));
        assertThat(draw).containsEntry("seed", "7355608").containsEntry("reproduces", true);

        // scores, selection with the ranking in view, the agreement
        int[] soloTotals = {75, 82, 79};
        int[] consortiumTotals = {91, 86, 60};
        for (int i = 0; i < drawn.size(); i++) {
            score(solo, drawn.get(i), soloTotals[i]);
            score(consortium, drawn.get(i), consortiumTotals[i]);
        }
        List<Map<String, Object>> ranking = ok(staff.document("query($id: ID!) { tenant(id: \"jilin-province\") { challengeRanking(challengeId: $id)"
                + " { application { id } score } } }").variable("id", list).executeSync(), "tenant.challengeRanking");
        assertThat(ranking).extracting(r -> ((Map<String, Object>) r.get("application")).get("id"), r -> r.get("score"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple(consortium, "86.00"), org.assertj.core.groups.Tuple.tuple(solo, "79.00"));
        Map<String, Object> selected = ok(staff.document("mutation($id: ID!, $v: Int!, $a: ID!) { selectChallengeWinner(id: $id, expectedVersion: $v,"
                + " applicationId: $a, reason: \"得分第一，产学研联合体\") { stage version winner { name tenantId } } }").variable("id", list)
                .variable("v", version(list)).variable("a", consortium).executeSync(), "selectChallengeWinner");
        assertThat(selected).containsEntry("stage", "SELECTED")
                .containsEntry("winner", Map.of("name", "吉林理工学院（牵头）、长春华创新材料科技有限公司", "tenantId", "jilin"));
        LocalDate today = LocalDate.now(MarketTime.ZONE);
        ok(staff.document("mutation($id: ID!, $v: Int!, $m: [MilestoneInput!]!) { signChallengeAgreement(id: $id, expectedVersion: $v, milestones: $m)"
                + " { stage } }").variable("id", list).variable("v", version(list)).variable("m", List.of(
                Map.of("title", "中试装置", "deliverable", "余热回收中试装置及测试报告", "due", today.plusDays(60).toString(), "paymentPercent", 40),
                Map.of("title", "工程示范", "deliverable", "钢厂工程示范运行报告", "due", today.plusDays(200).toString(), "paymentPercent", 60)))
                .executeSync(), "signChallengeAgreement.stage");

        // the winner reports each milestone, staff accept and pay it, then conclude the acceptance
        assertThat(refused(soloPerson.document(REPORT).variable("id", list).variable("v", version(list)).variable("m", 1).executeSync()))
                .as("only the winner's people report").containsEntry("code", "NOT_FOUND");
        for (int milestone = 1; milestone <= 2; milestone++) {
            ok(leadPerson.document(REPORT).variable("id", list).variable("v", version(list)).variable("m", milestone).executeSync(),
                    "reportChallengeMilestone.version");
            ok(staff.document("mutation($id: ID!, $v: Int!, $m: Int!) { reviewChallengeMilestone(id: $id, expectedVersion: $v, milestone: $m,"
                    + " accepted: true) { version } }").variable("id", list).variable("v", version(list)).variable("m", milestone).executeSync(),
                    "reviewChallengeMilestone.version");
            ok(staff.document("mutation($id: ID!, $v: Int!, $m: Int!, $p: PaymentInput!) { recordChallengePayment(id: $id, expectedVersion: $v,"
                    + " milestone: $m, payment: $p) { paid } }").variable("id", list).variable("v", version(list)).variable("m", milestone)
                    .variable("p", Map.of("amount", milestone == 1 ? "2000000.00" : "3000000.00", "paidOn", today.toString(),
                            "reference", "JLKJ-BF-" + milestone)).executeSync(), "recordChallengePayment.paid");
        }
        Map<String, Object> accepted = ok(staff.document("mutation($id: ID!, $v: Int!) { concludeChallenge(id: $id, expectedVersion: $v, passed: true,"
                + " opinion: \"余热回收率达到62%，同意通过验收\") { stage paid } }").variable("id", list).variable("v", version(list)).executeSync(),
                "concludeChallenge");
        assertThat(accepted).containsEntry("stage", "ACCEPTED").containsEntry("paid", "5000000.00");
        Map<String, Object> winnerView = ok(leadPerson.document("query($id: ID!) { node(id: $id) { ... on ChallengeApplication { status score"
                + " agreement { milestones { status payment { amount } } } } } }").variable("id", consortium).executeSync(), "node");
        assertThat(winnerView).containsEntry("status", "SELECTED").containsEntry("score", "86.00");
        assertThat(winnerView.toString()).as("never who reviewed it").doesNotContain(drawn.get(0), drawn.get(1), drawn.get(2));

        // the statistics, and province search
        Map<String, Object> after = statistics(year);
        assertThat(delta(after, before, "lists")).isEqualByComparingTo("1");
        assertThat(delta(after, before, "applications")).isEqualByComparingTo("2");
        assertThat(delta(after, before, "selected")).isEqualByComparingTo("1");
        assertThat(delta(after, before, "committed")).isEqualByComparingTo("5000000");
        assertThat(delta(after, before, "paid")).isEqualByComparingTo("5000000");
        assertThat(cityPaid(after, "jilin").subtract(cityPaid(before, "jilin"))).as("by the winner's city").isEqualByComparingTo("5000000");
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> ids(client(null).document("{ search(text: \"换热器余热深度回收\", kind: CHALLENGE)"
                + " { hits { id } } }").executeSync().field("search.hits").getValue()), found -> found.contains(list));
    }

    private static final String APPLY = "mutation($id: ID!, $input: ChallengeApplicationInput!) { applyForChallenge(id: $id, input: $input) { id status } }";
    private static final String REPORT = "mutation($id: ID!, $v: Int!, $m: Int!) { reportChallengeMilestone(id: $id, expectedVersion: $v, milestone: $m,"
            + " report: {summary: \"交付物已完成，附测试报告\"}) { version } }";

    /** Experts of the field in two cities: one at each applicant organisation, one an applicant asks to avoid, and four free of conflict. */
    private Map<String, String> experts() {
        Map<String, String> ids = new HashMap<>();
        ids.put("lead", expert("jilin", "吴磊", "吉林理工学院热能工程系"));
        ids.put("partner", expert("changchun", "郑洁", "长春华创新材料科技有限公司"));
        ids.put("avoided", expert("changchun", "冯涛", "中国科学院长春应用化学研究所"));
        ids.put("free1", expert("jilin", "高远", "东北电力大学能源与动力工程学院"));
        ids.put("free2", expert("jilin", "何平", "北华大学"));
        ids.put("free3", expert("changchun", "许诺", "长春工业大学"));
        ids.put("free4", expert("changchun", "邓超", "吉林建筑大学"));
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> ids(client(null).document("{ search(kind: EXPERT, filter: {industries: ["
                + INDUSTRY + "]}, first: 100) { hits { id } } }").executeSync().field("search.hits").getValue()), found -> found.containsAll(ids.values()));
        return ids;
    }

    private String expert(String city, String name, String institution) {
        HttpSyncGraphQlClient operator = client(city + "-operator");
        String id = ok(operator.document("mutation($input: ExpertInput!) { createExpert(tenantId: \"" + city + "\", input: $input) { id } }")
                .variable("input", Map.of("name", name, "institution", institution, "title", "教授", "fields", List.of(INDUSTRY),
                        "availableForConsulting", true)).executeSync(), "createExpert.id");
        ok(operator.document("mutation($id: ID!) { publish(id: $id, expectedVersion: 1) { id } }").variable("id", id).executeSync(), "publish.id");
        return id;
    }

    private static Map<String, Object> application(String member, List<String> partners, String teamInstitution, List<String> avoid) {
        LocalDate today = LocalDate.now(MarketTime.ZONE);
        return Map.of("memberId", member, "partners", partners,
                "team", List.of(Map.of("name", "孙晓", "title", "研究员", "institution", teamInstitution, "role", "项目负责人")),
                "plan", "热管换热与有机朗肯循环结合，分中试与工程示范两阶段实施。", "budget", "6000000.00",
                "milestones", List.of(Map.of("title", "中试", "deliverable", "中试报告", "due", today.plusDays(90).toString(), "paymentPercent", 40),
                        Map.of("title", "示范", "deliverable", "示范报告", "due", today.plusDays(240).toString(), "paymentPercent", 60)),
                "avoidExperts", avoid);
    }

    private void score(String application, String expert, int each) {
        List<Map<String, Object>> scores = new ArrayList<>();
        for (String criterion : List.of("技术方案先进性与可行性", "团队能力与研发基础", "实施计划与考核指标", "经费预算合理性")) {
            scores.add(Map.of("criterion", criterion, "score", each, "comment", "评审意见"));
        }
        ok(staff.document("mutation($id: ID!, $e: ID!, $s: [ScoreInput!]!) { recordChallengeReview(id: $id, expertId: $e, scores: $s) { total } }")
                .variable("id", application).variable("e", expert).variable("s", scores).executeSync(), "recordChallengeReview.total");
    }

    private long version(String list) {
        return ((Number) ok(staff.document("query($id: ID!) { node(id: $id) { ... on Challenge { version } } }").variable("id", list).executeSync(),
                "node.version")).longValue();
    }

    private Map<String, Object> statistics(int year) {
        return ok(staff.document("query($y: Int!) { tenant(id: \"jilin-province\") { challengeStatistics(year: $y) { totals { lists applications"
                + " selected committed paid } byWinnerCity { tenantId totals { paid } } } } }").variable("y", year).executeSync(), "tenant.challengeStatistics");
    }

    private static BigDecimal delta(Map<String, Object> after, Map<String, Object> before, String field) {
        return new BigDecimal(String.valueOf(((Map<String, Object>) after.get("totals")).get(field)))
                .subtract(new BigDecimal(String.valueOf(((Map<String, Object>) before.get("totals")).get(field))));
    }

    private static BigDecimal cityPaid(Map<String, Object> statistics, String city) {
        return ((List<Map<String, Object>>) statistics.get("byWinnerCity")).stream().filter(c -> city.equals(c.get("tenantId")))
                .map(c -> new BigDecimal((String) ((Map<String, Object>) c.get("totals")).get("paid"))).findFirst().orElse(BigDecimal.ZERO);
    }

    private static String member(String city, String who) {
        return new TypedId(city, "Member", "demo-" + who).encode();
    }

    private static List<String> ids(Object nodes) {
        return ((List<Map<String, Object>>) nodes).stream().map(n -> (String) n.get("id")).toList();
    }

    private static HttpSyncGraphQlClient client(String demoClient) {
        return HubSecurity.client("http://127.0.0.1:" + HUB_PORT + "/graphql", demoClient);
    }

    private static <T> T ok(ClientGraphQlResponse response, String path) {
        assertThat(response.getErrors()).as(path).isEmpty();
        return response.field(path).getValue();
    }

    private static Map<String, Object> refused(ClientGraphQlResponse response) {
        assertThat(response.getErrors()).hasSize(1);
        return response.getErrors().get(0).getExtensions();
    }
}
