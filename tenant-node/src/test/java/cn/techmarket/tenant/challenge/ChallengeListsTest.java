package cn.techmarket.tenant.challenge;

import cn.techmarket.model.record.RecordKind;
import cn.techmarket.tenant.support.Memberships;
import cn.techmarket.tenant.support.SampleInputs;
import cn.techmarket.tenant.support.TenantApi;
import cn.techmarket.tenant.support.TenantNodeTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static cn.techmarket.tenant.support.TenantApi.ok;
import static cn.techmarket.tenant.support.TenantApi.refusal;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 揭榜挂帅 at the province's own market, whose operators are province staff: members of two
 * cities apply, alone and as a consortium; reviewers are drawn from both cities' experts without
 * the conflicted ones; the staff score, select, sign the agreement, accept and pay each milestone
 * and conclude the acceptance. The cities are hosted on the same node, so members and experts are
 * read in their own stores (the hub's scenario covers the way through the hub).
 */
@SuppressWarnings("unchecked")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChallengeListsTest extends TenantNodeTest {

    private static final String MARKET = "jilin-province";
    private static final String LIST = "{ id version stage stageReason acceptingApplications winner { name tenantId } paid"
            + " agreement { milestones { index amount status note payment { amount } } } acceptance { passed } }";
    private static final String APPLICATION = "{ id challengeId version status score lead { name tenantId confirmed } partners { memberId name confirmed }"
            + " agreement { milestones { index status } } }";

    private TenantApi staff;
    private String soloMember;
    private String leadMember;
    private String partnerMember;

    /**
     * Once for the class, by people other specifications do not apply with: a person applies for
     * at most twenty memberships a day at a city.
     */
    @BeforeAll
    void members() {
        staff = province();
        soloMember = member("changchun", "changchun-applicant", "INSTITUTE", "长春光电测控研究院");
        leadMember = member("jilin", "jilin-university", "UNIVERSITY", "吉林化工学院");
        partnerMember = member("changchun", "changchun-bank", "ENTERPRISE", "长春华创新材料科技有限公司");
    }

    @Test
    void provinceStaffOperateTheProvinceMarketAndNoCityOperatorDoes() {
        Map<String, Object> input = SampleInputs.valid(RecordKind.CHALLENGE);
        assertThat(refusal(endpoint(MARKET, token("changchun-operator")).execute(CREATE, Map.of("input", input))))
                .as("a city operator at the province's market").containsEntry("classification", "FORBIDDEN");
        assertThat(refusal(endpoint("changchun", token("province-staff")).execute(CREATE, Map.of("input", input))))
                .as("province staff at a city's market").containsEntry("classification", "FORBIDDEN");
        String id = ok(staff.execute(CREATE, Map.of("input", input)), "createChallenge.id");
        Map<String, Object> published = staff.moveOk("publish", id, 1);
        assertThat(published).containsEntry("lifecycle", "PUBLISHED");
        TenantApi anyone = endpoint(MARKET, null);
        Map<String, Object> seen = ok(anyone.execute("query($id: ID!) { node(id: $id) { ... on Challenge { title stage acceptingApplications } } }",
                Map.of("id", id)), "node");
        assertThat(seen).containsEntry("stage", "OPEN").containsEntry("acceptingApplications", true);
        assertThat(refusal(anyone.execute("query($id: ID!) { node(id: $id) { ... on Challenge { selection { reason } } } }", Map.of("id", id))))
                .as("why a winner was chosen is the operators'").containsEntry("classification", "UNAUTHORIZED");
    }

    @Test
    void twoCitiesApplyTheDrawLeavesOutEveryConflictAndTheConsortiumIsSelectedPaidAndAccepted() {
        Map<String, Object> before = statistics();
        Map<String, String> experts = experts();
        Instant deadline = Instant.now().plusSeconds(12).truncatedTo(ChronoUnit.SECONDS);
        String list = publishedList(deadline, "20000000.00");

        TenantApi solo = endpoint(MARKET, token("changchun-applicant"));
        TenantApi lead = endpoint(MARKET, token("jilin-university"));
        TenantApi partner = endpoint(MARKET, token("changchun-bank"));
        Map<String, Object> soloApplication = application(soloMember, List.of(), "东北师范大学", List.of(experts.get("avoided")));
        String soloId = ok(solo.execute(APPLY, Map.of("id", list, "input", soloApplication)), "applyForChallenge.id");
        assertThat(refusal(solo.execute(APPLY, Map.of("id", list, "input", soloApplication))))
                .as("a member applies once").containsEntry("code", "ALREADY_APPLIED").containsEntry("field", "input.memberId");
        Map<String, Object> consortium = ok(lead.execute(APPLY, Map.of("id", list, "input",
                application(leadMember, List.of(partnerMember), "吉林化工学院", List.of()))), "applyForChallenge");
        String consortiumId = (String) consortium.get("id");
        assertThat(consortium).containsEntry("status", "AWAITING_PARTNERS");
        assertThat(invitations(partner, partnerMember)).as("the partner finds the invitation").containsExactly(consortiumId);
        assertThat(refusal(solo.execute("query($m: ID!) { consortiumInvitations(memberId: $m) { id } }", Map.of("m", partnerMember))))
                .as("another's invitations").containsEntry("code", "NOT_FOUND");
        assertThat(refusal(solo.execute(CONFIRM, Map.of("id", consortiumId, "member", partnerMember))))
                .as("only the partner's people confirm for it").containsEntry("code", "NOT_FOUND");
        Map<String, Object> confirmed = ok(partner.execute(CONFIRM, Map.of("id", consortiumId, "member", partnerMember)), "confirmConsortiumPartner");
        assertThat(confirmed).containsEntry("status", "SUBMITTED");
        assertThat(invitations(partner, partnerMember)).as("no longer waiting").isEmpty();
        assertThat((List<Map<String, Object>>) confirmed.get("partners")).singleElement()
                .satisfies(p -> assertThat(p).containsEntry("name", "长春华创新材料科技有限公司").containsEntry("confirmed", true));
        assertThat(applicationsSeenBy(solo, list)).as("an applicant sees its own application only").containsExactly(soloId);
        assertThat(applicationsSeenBy(partner, list)).as("a partner that confirmed sees the consortium's").containsExactly(consortiumId);
        assertThat(applicationsSeenBy(staff, list)).containsExactlyInAnyOrder(soloId, consortiumId);

        Map<String, Object> listNow = list(list);
        assertThat(refusal(staff.execute(DRAW, Map.of("id", list, "v", listNow.get("version"), "count", 3, "seed", "20261204"))))
                .as("no draw while applications are open").containsEntry("code", "ILLEGAL_TRANSITION");
        applicationsClosed(list);
        assertThat(refusal(endpoint(MARKET, token("changchun-enterprise")).execute(APPLY, Map.of("id", list, "input", soloApplication))))
                .as("after the deadline").containsEntry("code", "ILLEGAL_TRANSITION").containsEntry("field", "id");

        Map<String, Object> reviewing = ok(staff.execute(DRAW, Map.of("id", list, "v", listNow.get("version"), "count", 3, "seed", "20261204")),
                "drawChallengeReviewers");
        assertThat(reviewing).containsEntry("stage", "REVIEWING");
        Map<String, Object> draw = ok(staff.execute("query($id: ID!) { reviewerDraw(challengeId: $id) { seed count reproduces pool { id }"
                + " drawn { id name institution } excluded { expert { id } reason applicationId } } }", Map.of("id", list)), "reviewerDraw");
        List<String> drawn = ((List<Map<String, Object>>) draw.get("drawn")).stream().map(e -> (String) e.get("id")).toList();
        Map<String, String> reasons = new HashMap<>();
        ((List<Map<String, Object>>) draw.get("excluded")).forEach(e -> reasons.put((String) ((Map<String, Object>) e.get("expert")).get("id"),
                (String) e.get("reason")));
        assertThat(draw).containsEntry("seed", "20261204").containsEntry("count", 3).containsEntry("reproduces", true);
        assertThat(reasons).containsEntry(experts.get("lead"), "与申请方同单位：吉林化工学院")
                .containsEntry(experts.get("partner"), "与申请方同单位：长春华创新材料科技有限公司")
                .containsEntry(experts.get("team"), "与申请方同单位：东北师范大学")
                .containsEntry(experts.get("avoided"), "申请方申请回避");
        assertThat(drawn).hasSize(3).doesNotContainAnyElementsOf(List.of(experts.get("lead"), experts.get("partner"), experts.get("team"),
                experts.get("avoided")));

        assertThat(refusal(staff.execute(REVIEW, review(soloId, experts.get("lead"), 80))))
                .as("only a drawn reviewer's scores").containsEntry("field", "expertId");
        Map<String, Object> partial = review(soloId, drawn.get(0), 80);
        partial.put("scores", ((List<?>) partial.get("scores")).subList(0, 3));
        assertThat(refusal(staff.execute(REVIEW, partial))).as("every criterion, once").containsEntry("field", "scores");
        int[] soloTotals = {80, 90, 85};
        int[] consortiumTotals = {88, 70, 92};
        for (int i = 0; i < 3; i++) {
            ok(staff.execute(REVIEW, review(soloId, drawn.get(i), soloTotals[i])), "recordChallengeReview.total");
            if (i < 2) {
                ok(staff.execute(REVIEW, review(consortiumId, drawn.get(i), consortiumTotals[i])), "recordChallengeReview.total");
            }
        }
        long version = ((Number) list(list).get("version")).longValue();
        assertThat(refusal(staff.execute(SELECT, Map.of("id", list, "v", version, "app", consortiumId, "why", "综合得分第一"))))
                .as("not before every reviewer scored every application").containsEntry("code", "ILLEGAL_TRANSITION");
        ok(staff.execute(REVIEW, review(consortiumId, drawn.get(2), consortiumTotals[2])), "recordChallengeReview.total");
        List<Map<String, Object>> ranking = ok(staff.execute("query($id: ID!) { challengeRanking(challengeId: $id) { application { id } reviews score } }",
                Map.of("id", list)), "challengeRanking");
        assertThat(ranking).extracting(r -> ((Map<String, Object>) r.get("application")).get("id"), r -> r.get("score"))
                .as("the highest and the lowest total dropped").containsExactly(org.assertj.core.groups.Tuple.tuple(consortiumId, "88.00"),
                        org.assertj.core.groups.Tuple.tuple(soloId, "85.00"));

        Map<String, Object> selected = ok(staff.execute(SELECT, Map.of("id", list, "v", version, "app", consortiumId,
                "why", "联合体产学研结合紧密，技术方案得分最高")), "selectChallengeWinner");
        assertThat(selected).containsEntry("stage", "SELECTED")
                .containsEntry("winner", Map.of("name", "吉林化工学院（牵头）、长春华创新材料科技有限公司", "tenantId", "jilin"));
        assertThat(mine(lead, list)).singleElement().satisfies(a -> assertThat(a).containsEntry("status", "SELECTED").containsEntry("score", "88.00"));
        assertThat(mine(solo, list)).singleElement().satisfies(a -> assertThat(a).containsEntry("status", "NOT_SELECTED").containsEntry("score", "85.00"));
        assertThat(lead.execute("{ myChallengeApplications " + APPLICATION + " }", Map.of()).toString())
                .as("applicants never learn who reviewed them").doesNotContain(drawn.get(0), "王", "李");

        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        List<Map<String, Object>> milestones = List.of(
                Map.of("title", "电堆样机", "deliverable", "功率密度≥4.5kW/L的电堆样机及测试报告", "due", today.plusDays(30).toString(), "paymentPercent", 30),
                Map.of("title", "整车示范", "deliverable", "寒区整车示范运行报告", "due", today.plusDays(120).toString(), "paymentPercent", 70));
        Map<String, Object> signed = ok(staff.execute("mutation($id: ID!, $v: Int!, $m: [MilestoneInput!]!) { signChallengeAgreement(id: $id,"
                + " expectedVersion: $v, milestones: $m) " + LIST + " }", Map.of("id", list, "v", selected.get("version"), "m", milestones)),
                "signChallengeAgreement");
        assertThat(signed).containsEntry("stage", "IN_PROGRESS");
        assertThat(milestoneAmounts(signed)).containsExactly("6000000.00", "14000000.00");

        Map<String, Object> step = signed;
        assertThat(refusal(solo.execute(REPORT, report(list, step, 1)))).as("only the winner reports").containsEntry("code", "NOT_FOUND");
        step = ok(lead.execute(REPORT, report(list, step, 1)), "reportChallengeMilestone");
        assertThat(refusal(staff.execute(REVIEW_MILESTONE, Map.of("id", list, "v", step.get("version"), "m", 1, "ok", false))))
                .as("a return says what is missing").containsEntry("field", "note");
        step = ok(staff.execute(REVIEW_MILESTONE, Map.of("id", list, "v", step.get("version"), "m", 1, "ok", false, "note", "请补充低温启动测试数据")),
                "reviewChallengeMilestone");
        assertThat(milestone(step, 1)).containsEntry("status", "RETURNED").containsEntry("note", "请补充低温启动测试数据");
        step = ok(lead.execute(REPORT, report(list, step, 1)), "reportChallengeMilestone");
        step = ok(staff.execute(REVIEW_MILESTONE, Map.of("id", list, "v", step.get("version"), "m", 1, "ok", true)), "reviewChallengeMilestone");
        assertThat(refusal(staff.execute(PAY, pay(list, step, 1, "6000000.01")))).as("more than the share").containsEntry("field", "payment.amount");
        step = ok(staff.execute(PAY, pay(list, step, 1, "6000000.00")), "recordChallengePayment");
        assertThat(refusal(staff.execute(PAY, pay(list, step, 1, "1.00")))).as("paid once").containsEntry("code", "ILLEGAL_TRANSITION");
        assertThat(refusal(staff.execute(PAY, pay(list, step, 2, "1.00")))).as("not before acceptance").containsEntry("field", "milestone");
        assertThat(refusal(staff.execute(CONCLUDE, Map.of("id", list, "v", step.get("version"), "passed", true, "opinion", "通过"))))
                .as("not passed with a milestone open").containsEntry("field", "passed");
        step = ok(lead.execute(REPORT, report(list, step, 2)), "reportChallengeMilestone");
        step = ok(staff.execute(REVIEW_MILESTONE, Map.of("id", list, "v", step.get("version"), "m", 2, "ok", true)), "reviewChallengeMilestone");
        step = ok(staff.execute(PAY, pay(list, step, 2, "14000000.00")), "recordChallengePayment");
        Map<String, Object> concluded = ok(staff.execute(CONCLUDE, Map.of("id", list, "v", step.get("version"), "passed", true,
                "opinion", "各项考核指标均已达到，同意通过验收。")), "concludeChallenge");
        assertThat(concluded).containsEntry("stage", "ACCEPTED").containsEntry("paid", "20000000.00")
                .containsEntry("acceptance", Map.of("passed", true));
        assertThat(mine(lead, list)).as("the winner reads the agreement on its application").singleElement()
                .satisfies(a -> assertThat(milestoneStatuses(a)).containsExactly("ACCEPTED", "ACCEPTED"));
        assertThat(mine(solo, list)).singleElement().satisfies(a -> assertThat(a).containsEntry("agreement", null));

        Map<String, Object> after = statistics();
        assertThat(number(after, "totals.lists") - number(before, "totals.lists")).isEqualTo(1);
        assertThat(number(after, "totals.applications") - number(before, "totals.applications")).isEqualTo(2);
        assertThat(number(after, "totals.selected") - number(before, "totals.selected")).isEqualTo(1);
        assertThat(decimal(after, "totals.paid").subtract(decimal(before, "totals.paid"))).isEqualByComparingTo("20000000");
        assertThat(cityPaid(after, "jilin").subtract(cityPaid(before, "jilin"))).as("by the winner's city").isEqualByComparingTo("20000000");
    }

    @Test
    void aResearcherDrawnAsReviewerScoresTheApplicationsThemselvesAndNobodyElseDoes() {
        // the field has three experts: a researcher's own profile and two of the city's
        String researcher = member("changchun", "changchun-broker", "RESEARCHER", "周雪");
        TenantApi researcherAtCity = endpoint("changchun", token("changchun-broker"));
        Map<String, Object> profile = new HashMap<>(SampleInputs.valid(RecordKind.EXPERT));
        profile.putAll(Map.of("name", "周雪", "institution", "长春工业大学", "fields", List.of("METALLURGY_BUILDING_MATERIALS")));
        String ownExpert = ok(researcherAtCity.execute("mutation($input: ExpertInput!, $m: ID) { createExpert(input: $input, memberId: $m) { id } }",
                Map.of("input", profile, "m", researcher)), "createExpert.id");
        ok(researcherAtCity.move("submitForReview", ownExpert, 1), "submitForReview.id");
        changchun().moveOk("publish", ownExpert, 2);
        for (String[] other : List.of(new String[]{"钱坤", "吉林建筑大学"}, new String[]{"孙立", "北华大学"})) {
            Map<String, Object> input = new HashMap<>(SampleInputs.valid(RecordKind.EXPERT));
            input.putAll(Map.of("name", other[0], "institution", other[1], "fields", List.of("METALLURGY_BUILDING_MATERIALS")));
            changchun().moveOk("publish", (String) changchun().create(RecordKind.EXPERT, input).get("id"), 1);
        }
        Map<String, Object> input = SampleInputs.valid(RecordKind.CHALLENGE);
        Instant deadline = Instant.now().plusSeconds(8).truncatedTo(ChronoUnit.SECONDS);
        input.put("deadline", deadline.toString());
        input.put("industry", "METALLURGY_BUILDING_MATERIALS");
        String list = ok(staff.execute(CREATE, Map.of("input", input)), "createChallenge.id");
        staff.moveOk("publish", list, 1);
        String application = ok(endpoint(MARKET, token("changchun-applicant")).execute(APPLY, Map.of("id", list, "input",
                application(soloMember, List.of(), "长春光电测控研究院", List.of()))), "applyForChallenge.id");
        applicationsClosed(list);
        ok(staff.execute(DRAW, Map.of("id", list, "v", 2, "count", 3)), "drawChallengeReviewers.stage");

        TenantApi reviewer = endpoint(MARKET, token("changchun-broker"));
        List<Map<String, Object>> assignments = ok(reviewer.execute("{ myReviewAssignments { challenge { id } expert { id name } applications { id plan score }"
                + " myReviews { total } } }", Map.of()), "myReviewAssignments");
        Map<String, Object> assignment = assignments.stream().filter(a -> list.equals(((Map<String, Object>) a.get("challenge")).get("id"))).findFirst()
                .orElseThrow();
        assertThat(assignment.get("expert")).isEqualTo(Map.of("id", ownExpert, "name", "周雪"));
        assertThat((List<Map<String, Object>>) assignment.get("applications")).extracting(a -> a.get("id"), a -> a.get("score"))
                .as("what to score, without anyone's score").containsExactly(org.assertj.core.groups.Tuple.tuple(application, null));
        Object othersAssignments = ok(endpoint(MARKET, token("changchun-bank")).execute("{ myReviewAssignments { challenge { id } } }", Map.of()),
                "myReviewAssignments");
        assertThat(othersAssignments.toString()).as("someone who was not drawn").doesNotContain(list);

        assertThat(refusal(endpoint(MARKET, token("changchun-bank")).execute(REVIEW, review(application, ownExpert, 90))))
                .as("nobody scores in another reviewer's name").containsEntry("code", "NOT_FOUND");
        String total = ok(reviewer.execute(REVIEW, review(application, ownExpert, 90)), "recordChallengeReview.total");
        assertThat(total).isEqualTo("90.00");
        List<Map<String, Object>> recorded = ok(staff.execute("query($id: ID!) { challengeReviews(challengeId: $id) { reviewer { id } total actor } }",
                Map.of("id", list)), "challengeReviews");
        assertThat(recorded).containsExactly(Map.of("reviewer", Map.of("id", ownExpert), "total", "90.00", "actor", "changchun-broker"));
    }

    @Test
    void anApplicationRetriedWithItsKeyAfterTheNodeDiedHalfwayIsTheSameApplicationNotAlreadyApplied() {
        String list = publishedList(Instant.now().plus(Duration.ofDays(30)), "1000000.00");
        TenantApi applicant = endpoint(MARKET, token("changchun-applicant"));
        Map<String, Object> variables = Map.of("id", list, "input", application(soloMember, List.of(), "长春光电测控研究院", List.of()));
        String key = java.util.UUID.randomUUID().toString();
        String id = ok(applicant.executeOnce(key, APPLY, variables), "applyForChallenge.id");
        // as if the node had written the application and died before it stored the answer
        assertThat(tenant(MARKET).mongo().updateFirst(new org.springframework.data.mongodb.core.query.Query(
                        org.springframework.data.mongodb.core.query.Criteria.where("_id").regex("\\n" + key + "$")),
                new org.springframework.data.mongodb.core.query.Update().set("state", "RUNNING").unset("response")
                        .set("startedAt", java.util.Date.from(Instant.now().minusSeconds(60))), "idempotency_keys").getModifiedCount()).isOne();

        String retried = ok(applicant.executeOnce(key, APPLY, variables), "applyForChallenge.id");

        assertThat(retried).as("the same application, not a refusal as applied already").isEqualTo(id);
        assertThat(applicationsSeenBy(staff, list)).containsExactly(id);
        assertThat(refusal(applicant.execute(APPLY, variables))).as("a new request is another application").containsEntry("code", "ALREADY_APPLIED");
    }

    @Test
    void anEnterpriseNominatesItsPublishedDemandAndTheStaffPublishItAsAnEnterpriseList() {
        TenantApi enterprise = endpoint("changchun", token("changchun-bank"));
        Map<String, Object> demand = new HashMap<>(SampleInputs.valid(RecordKind.DEMAND));
        demand.put("deadline", LocalDate.now().plusYears(1).toString());
        String demandId = ok(enterprise.execute("mutation($input: DemandInput!, $m: ID) { createDemand(input: $input, memberId: $m) { id } }",
                Map.of("input", demand, "m", partnerMember)), "createDemand.id");
        Map<String, Object> nomination = Map.of("demandId", demandId, "memberId", partnerMember, "funding", "3000000.00",
                "indicators", List.of("-30℃预热时间≤5分钟"), "deadline", Instant.now().plus(Duration.ofDays(30)).toString());
        TenantApi atProvince = endpoint(MARKET, token("changchun-bank"));
        assertThat(refusal(atProvince.execute(NOMINATE, Map.of("input", nomination)))).as("a draft demand is not nominated")
                .containsEntry("field", "input.demandId").containsEntry("code", "NOT_FOUND");
        changchun().moveOk("publish", demandId, 1);
        assertThat(refusal(endpoint(MARKET, token("changchun-applicant")).execute(NOMINATE, Map.of("input", nomination))))
                .as("someone else's member").containsEntry("field", "input.memberId").containsEntry("code", "NOT_FOUND");

        Map<String, Object> nominated = ok(atProvince.execute(NOMINATE, Map.of("input", nomination)), "nominateDemandAsChallenge");
        assertThat(nominated).containsEntry("type", "ENTERPRISE_DEMAND").containsEntry("lifecycle", "SUBMITTED")
                .containsEntry("nominatedFrom", demandId).containsEntry("owner", partnerMember).containsEntry("funder", "长春华创新材料科技有限公司");
        assertThat(refusal(atProvince.execute(NOMINATE, Map.of("input", nomination)))).as("once per demand").containsEntry("code", "ALREADY_NOMINATED");
        Map<String, Object> published = staff.moveOk("publish", (String) nominated.get("id"), ((Number) nominated.get("version")).longValue());
        assertThat(published).containsEntry("lifecycle", "PUBLISHED");
        Map<String, Object> selfApplication = application(partnerMember, List.of(), "长春华创新材料科技有限公司", List.of());
        assertThat(refusal(atProvince.execute(APPLY, Map.of("id", nominated.get("id"), "input", selfApplication))))
                .as("the enterprise that set the problem does not take it").containsEntry("field", "input.memberId");
    }

    // ---- the steps, as a client sends them

    private static final String CREATE = "mutation($input: ChallengeInput!) { createChallenge(input: $input) { id version } }";
    private static final String APPLY = "mutation($id: ID!, $input: ChallengeApplicationInput!) { applyForChallenge(id: $id, input: $input) "
            + APPLICATION + " }";
    private static final String CONFIRM = "mutation($id: ID!, $member: ID!) { confirmConsortiumPartner(id: $id, memberId: $member) " + APPLICATION + " }";
    private static final String DRAW = "mutation($id: ID!, $v: Int!, $count: Int!, $seed: String) { drawChallengeReviewers(id: $id, expectedVersion: $v,"
            + " count: $count, seed: $seed) " + LIST + " }";
    private static final String REVIEW = "mutation($id: ID!, $expert: ID!, $scores: [ScoreInput!]!) { recordChallengeReview(id: $id, expertId: $expert,"
            + " scores: $scores) { total } }";
    private static final String SELECT = "mutation($id: ID!, $v: Int!, $app: ID!, $why: String!) { selectChallengeWinner(id: $id, expectedVersion: $v,"
            + " applicationId: $app, reason: $why) " + LIST + " }";
    private static final String REPORT = "mutation($id: ID!, $v: Int!, $m: Int!, $r: MilestoneReportInput!) { reportChallengeMilestone(id: $id,"
            + " expectedVersion: $v, milestone: $m, report: $r) { id version stage } }";
    private static final String REVIEW_MILESTONE = "mutation($id: ID!, $v: Int!, $m: Int!, $ok: Boolean!, $note: String) { reviewChallengeMilestone(id: $id,"
            + " expectedVersion: $v, milestone: $m, accepted: $ok, note: $note) " + LIST + " }";
    private static final String PAY = "mutation($id: ID!, $v: Int!, $m: Int!, $p: PaymentInput!) { recordChallengePayment(id: $id, expectedVersion: $v,"
            + " milestone: $m, payment: $p) " + LIST + " }";
    private static final String CONCLUDE = "mutation($id: ID!, $v: Int!, $passed: Boolean!, $opinion: String!) { concludeChallenge(id: $id,"
            + " expectedVersion: $v, passed: $passed, opinion: $opinion) " + LIST + " }";
    private static final String NOMINATE = "mutation($input: DemandNominationInput!) { nominateDemandAsChallenge(input: $input) { id version type"
            + " lifecycle nominatedFrom owner funder } }";

    private String member(String city, String person, String kind, String name) {
        Map<String, Object> application = SampleInputs.membership(kind.equals("RESEARCHER") ? SampleInputs.newResidentId() : SampleInputs.newCreditCode());
        application.put("kind", kind);
        application.put("name", name);
        return Memberships.verified(endpoint(city, token(city + "-operator")), endpoint(city, token(person)), application);
    }

    private String publishedList(Instant deadline, String funding) {
        Map<String, Object> input = SampleInputs.valid(RecordKind.CHALLENGE);
        input.put("deadline", deadline.toString());
        input.put("funding", funding);
        String id = ok(staff.execute(CREATE, Map.of("input", input)), "createChallenge.id");
        staff.moveOk("publish", id, 1);
        return id;
    }

    /** Experts of the list's field in both cities: four with a conflict of interest, four without. */
    private Map<String, String> experts() {
        Map<String, String> ids = new HashMap<>();
        ids.put("lead", expert(jilin(), "王强", "吉林化工学院新能源学院"));
        ids.put("partner", expert(changchun(), "李娜", "长春华创新材料科技有限公司"));
        ids.put("team", expert(changchun(), "王芳", "东北师范大学物理学院"));
        ids.put("avoided", expert(changchun(), "李军", "中国科学院长春应用化学研究所"));
        ids.put("clean1", expert(jilin(), "张伟", "吉林大学"));
        ids.put("clean2", expert(jilin(), "刘洋", "东北电力大学"));
        ids.put("clean3", expert(changchun(), "陈静", "长春理工大学"));
        ids.put("clean4", expert(changchun(), "杨帆", "北华大学"));
        return ids;
    }

    private static String expert(TenantApi operator, String name, String institution) {
        Map<String, Object> input = new HashMap<>(SampleInputs.valid(RecordKind.EXPERT));
        input.put("name", name);
        input.put("institution", institution);
        input.put("fields", List.of("NEW_ENERGY"));
        String id = (String) operator.create(RecordKind.EXPERT, input).get("id");
        operator.moveOk("publish", id, 1);
        return id;
    }

    private static Map<String, Object> application(String member, List<String> partners, String teamInstitution, List<String> avoid) {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        Map<String, Object> input = new HashMap<>();
        input.put("memberId", member);
        input.put("partners", partners);
        input.put("team", List.of(Map.of("name", "周明", "title", "教授", "institution", teamInstitution, "role", "项目负责人")));
        input.put("plan", "采用超薄金属双极板与低铂催化剂，分两阶段完成电堆研制与整车示范。");
        input.put("budget", "18000000.00");
        input.put("milestones", List.of(
                Map.of("title", "电堆样机", "deliverable", "电堆样机及测试报告", "due", today.plusDays(60).toString(), "paymentPercent", 40),
                Map.of("title", "整车示范", "deliverable", "示范运行报告", "due", today.plusDays(180).toString(), "paymentPercent", 60)));
        input.put("avoidExperts", avoid);
        return input;
    }

    private static Map<String, Object> review(String application, String expert, int each) {
        List<Map<String, Object>> scores = ChallengeInput.STANDARD_CRITERIA.stream()
                .map(c -> Map.<String, Object>of("criterion", c.name(), "score", each, "comment", "方案可行")).toList();
        return new HashMap<>(Map.of("id", application, "expert", expert, "scores", scores));
    }

    private static Map<String, Object> report(String list, Map<String, Object> current, int milestone) {
        return Map.of("id", list, "v", current.get("version"), "m", milestone, "r", Map.of("summary", "已完成里程碑" + milestone + "的全部交付物"));
    }

    private static Map<String, Object> pay(String list, Map<String, Object> current, int milestone, String amount) {
        return Map.of("id", list, "v", current.get("version"), "m", milestone,
                "p", Map.of("amount", amount, "paidOn", LocalDate.now(ZoneId.of("Asia/Shanghai")).toString(), "reference", "JL-BF-2026-00" + milestone));
    }

    /** Until the market says the list takes no more applications: its deadline has passed. */
    private void applicationsClosed(String list) {
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                .until(() -> Boolean.FALSE.equals(list(list).get("acceptingApplications")));
    }

    private Map<String, Object> list(String id) {
        return ok(staff.execute("query($id: ID!) { node(id: $id) { ... on Challenge " + LIST + " } }", Map.of("id", id)), "node");
    }

    private static List<String> applicationsSeenBy(TenantApi who, String list) {
        List<Map<String, Object>> seen = ok(who.execute("query($id: ID!) { challengeApplications(challengeId: $id) { id } }", Map.of("id", list)),
                "challengeApplications");
        return seen.stream().map(a -> (String) a.get("id")).toList();
    }

    private static List<String> invitations(TenantApi who, String member) {
        List<Map<String, Object>> found = ok(who.execute("query($m: ID!) { consortiumInvitations(memberId: $m) { id } }", Map.of("m", member)),
                "consortiumInvitations");
        return found.stream().map(a -> (String) a.get("id")).toList();
    }

    /** The person's applications for the list. */
    private static List<Map<String, Object>> mine(TenantApi who, String list) {
        List<Map<String, Object>> all = ok(who.execute("{ myChallengeApplications " + APPLICATION + " }",
                Map.of()), "myChallengeApplications");
        return all.stream().filter(a -> list.equals(a.get("challengeId"))).toList();
    }

    private static List<String> milestoneAmounts(Map<String, Object> list) {
        return ((List<Map<String, Object>>) ((Map<String, Object>) list.get("agreement")).get("milestones")).stream()
                .map(m -> (String) m.get("amount")).toList();
    }

    private static List<String> milestoneStatuses(Map<String, Object> application) {
        return ((List<Map<String, Object>>) ((Map<String, Object>) application.get("agreement")).get("milestones")).stream()
                .map(m -> (String) m.get("status")).toList();
    }

    private static Map<String, Object> milestone(Map<String, Object> list, int index) {
        return ((List<Map<String, Object>>) ((Map<String, Object>) list.get("agreement")).get("milestones")).get(index - 1);
    }

    private Map<String, Object> statistics() {
        return ok(staff.execute("query($y: Int!) { challengeStatistics(year: $y) { totals { lists applications selected paid }"
                + " byWinnerCity { tenantId totals { paid } } } }", Map.of("y", LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear())), "challengeStatistics");
    }

    private static long number(Map<String, Object> statistics, String path) {
        Map<String, Object> totals = (Map<String, Object>) statistics.get("totals");
        return ((Number) totals.get(path.substring("totals.".length()))).longValue();
    }

    private static BigDecimal decimal(Map<String, Object> statistics, String path) {
        Map<String, Object> totals = (Map<String, Object>) statistics.get("totals");
        return new BigDecimal((String) totals.get(path.substring("totals.".length())));
    }

    private static BigDecimal cityPaid(Map<String, Object> statistics, String city) {
        return ((List<Map<String, Object>>) statistics.get("byWinnerCity")).stream().filter(c -> city.equals(c.get("tenantId")))
                .map(c -> new BigDecimal((String) ((Map<String, Object>) c.get("totals")).get("paid"))).findFirst().orElse(BigDecimal.ZERO);
    }
}
