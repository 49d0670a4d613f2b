package cn.techmarket.tenant.trading;

import cn.techmarket.model.record.RecordKind;
import cn.techmarket.tenant.support.SampleInputs;
import cn.techmarket.tenant.support.TenantApi;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static cn.techmarket.tenant.support.TenantApi.ok;
import static cn.techmarket.tenant.support.TenantApi.refusal;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 成果评价: a Changchun university asks a Jilin evaluation institution to evaluate its
 * achievement; the institution's people accept and file the report, which shows on the
 * achievement and on the listing that cites it. Another request is declined, a third withdrawn.
 */
@SuppressWarnings("unchecked")
class EvaluationsTest extends TradingNodeTest {

    private static final String EVALUATION = "{ id version status statusReason institutionName report { method methodLabel valueLow valueHigh"
            + " readiness maturity file { sha256 } } }";
    private static final String REQUEST = "mutation($input: EvaluationRequestInput!) { requestEvaluation(input: $input) " + EVALUATION + " }";

    @Test
    void aJilinInstitutionEvaluatesAChangchunAchievementAndItsReportShowsOnTheAchievementAndTheListing() {
        TenantApi university = endpoint("changchun", token("changchun-university"));
        String owner = member("changchun", "changchun-university", "UNIVERSITY", "长春师范大学");
        String achievement = achievement(university, owner, "黑土地保护性耕作监测系统");
        TenantApi institutionPerson = endpoint("changchun", token("jilin-broker"));
        String institution = evaluationInstitution();

        Map<String, Object> requested = ok(university.execute(REQUEST, Map.of("input", Map.of("achievementId", achievement, "institutionId", institution,
                "purpose", "挂牌定价"))), "requestEvaluation");
        assertThat(requested).containsEntry("status", "REQUESTED").containsEntry("institutionName", "吉林省技术产权评估中心");
        String id = (String) requested.get("id");
        assertThat(refusal(university.execute(ACCEPT, Map.of("id", id)))).as("the owner accepting").containsEntry("code", "NOT_FOUND");
        assertThat(evaluationsSeenBy(endpoint("changchun", token("changchun-bank")), achievement)).as("a request, to others").isEmpty();
        ok(institutionPerson.execute(ACCEPT, Map.of("id", id)), "acceptEvaluation");
        Map<String, Object> report = Map.of("method", "INCOME", "valueLow", "1800000.00", "valueHigh", "2200000.00", "readiness", 6,
                "maturity", "PILOT", "findings", "核心算法已在三个县市试点应用，收益法测算技术分成率12%。",
                "file", Map.of("name", "评估报告.pdf", "mediaType", "application/pdf", "sizeBytes", 913224,
                        "sha256", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
        Map<String, Object> inverted = new java.util.HashMap<>(report);
        inverted.put("valueHigh", "1000000.00");
        assertThat(refusal(institutionPerson.execute(FILE, Map.of("id", id, "v", 2, "report", inverted)))).containsEntry("field", "report.valueHigh");
        Map<String, Object> reported = ok(institutionPerson.execute(FILE, Map.of("id", id, "v", 2, "report", report)), "fileEvaluationReport");
        assertThat(reported).containsEntry("status", "REPORTED");
        assertThat((Map<String, Object>) reported.get("report")).containsEntry("methodLabel", "收益法").containsEntry("readiness", 6);

        assertThat(evaluationsSeenBy(endpoint("changchun", null), achievement)).as("a filed report is public").hasSize(1);
        List<Map<String, Object>> onTheAchievement = ok(endpoint("changchun", null).execute("query($id: ID!) { node(id: $id) { ... on Achievement"
                + " { evaluations { id report { valueLow valueHigh } } } } }", Map.of("id", achievement)), "node.evaluations");
        assertThat(onTheAchievement).singleElement().satisfies(e -> assertThat(e).containsEntry("id", id));
        Map<String, Object> input = listingInput(achievement, "AGREEMENT", 5);
        input.put("evaluationId", "bogus");
        assertThat(refusal(university.execute(ListingsTest.LIST, Map.of("input", input)))).containsEntry("field", "input.evaluationId");
        input.put("evaluationId", id);
        String listing = ok(university.execute("mutation($input: ListingInput!) { listAchievement(input: $input) { id } }", Map.of("input", input)),
                "listAchievement.id");
        assertThat((Map<String, Object>) ok(university.execute("query($id: ID!) { node(id: $id) { ... on Listing { evaluation { id report"
                + " { valueHigh } } } } }", Map.of("id", listing)), "node.evaluation")).containsEntry("id", id);
    }

    @Test
    void anInstitutionDeclinesSayingWhyAndTheOwnerWithdrawsAnother() {
        TenantApi university = endpoint("changchun", token("changchun-university"));
        String owner = member("changchun", "changchun-university", "UNIVERSITY", "长春大学");
        String achievement = achievement(university, owner, "冷链物流温控标签");
        String institution = evaluationInstitution();
        String declined = ok(university.execute(REQUEST, Map.of("input", Map.of("achievementId", achievement, "institutionId", institution,
                "purpose", "作价入股"))), "requestEvaluation.id");
        Map<String, Object> declinedNow = ok(endpoint("changchun", token("jilin-broker")).execute("mutation($id: ID!) { declineEvaluation(id: $id,"
                + " expectedVersion: 1, reason: \"超出本机构评估专业范围\") " + EVALUATION + " }", Map.of("id", declined)), "declineEvaluation");
        assertThat(declinedNow).containsEntry("status", "DECLINED").containsEntry("statusReason", "超出本机构评估专业范围");
        String withdrawn = ok(university.execute(REQUEST, Map.of("input", Map.of("achievementId", achievement, "institutionId", institution,
                "purpose", "挂牌定价"))), "requestEvaluation.id");
        assertThat((String) ok(university.execute("mutation($id: ID!) { withdrawEvaluation(id: $id, expectedVersion: 1, reason: \"改由其他机构评估\")"
                + " { status } }", Map.of("id", withdrawn)), "withdrawEvaluation.status")).isEqualTo("WITHDRAWN");
        String patentAgency = ok(jilin().execute("mutation($input: ServiceInstitutionInput!) { createServiceInstitution(input: $input) { id } }",
                Map.of("input", SampleInputs.valid(RecordKind.SERVICE_INSTITUTION))), "createServiceInstitution.id");
        jilin().moveOk("publish", patentAgency, 1);
        assertThat(refusal(university.execute(REQUEST, Map.of("input", Map.of("achievementId", achievement, "institutionId", patentAgency,
                "purpose", "挂牌定价"))))).as("a patent agency").containsEntry("field", "input.institutionId");
    }

    /** A published evaluation institution of Jilin, kept by a service-institution member whose person is jilin-broker. */
    private String evaluationInstitution() {
        TenantApi person = endpoint("jilin", token("jilin-broker"));
        String member = member("jilin", "jilin-broker", "SERVICE_INSTITUTION", "吉林省技术产权评估中心");
        Map<String, Object> input = SampleInputs.valid(RecordKind.SERVICE_INSTITUTION);
        input.put("name", "吉林省技术产权评估中心");
        input.put("type", "EVALUATION");
        String id = ok(person.execute("mutation($input: ServiceInstitutionInput!, $m: ID) { createServiceInstitution(input: $input, memberId: $m) { id } }",
                Map.of("input", input, "m", member)), "createServiceInstitution.id");
        person.moveOk("submitForReview", id, 1);
        jilin().moveOk("publish", id, 2);
        return id;
    }

    private static List<Map<String, Object>> evaluationsSeenBy(TenantApi who, String achievement) {
        return ok(who.execute("query($id: ID!) { evaluations(achievementId: $id) { id } }", Map.of("id", achievement)), "evaluations");
    }

    private static final String ACCEPT = "mutation($id: ID!) { acceptEvaluation(id: $id, expectedVersion: 1) { id status } }";
    private static final String FILE = "mutation($id: ID!, $v: Int!, $report: EvaluationReportInput!) { fileEvaluationReport(id: $id,"
            + " expectedVersion: $v, report: $report) " + EVALUATION + " }";
}
