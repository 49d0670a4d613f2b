package cn.techmarket.tenant.financingrequest;

import cn.techmarket.model.record.RecordKind;
import cn.techmarket.tenant.support.Memberships;
import cn.techmarket.tenant.support.SampleInputs;
import cn.techmarket.tenant.support.TenantApi;
import cn.techmarket.tenant.support.TenantNodeTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static cn.techmarket.tenant.support.TenantApi.ok;
import static cn.techmarket.tenant.support.TenantApi.refusal;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 银企对接 on one node: a Changchun enterprise's request sent to a Changchun bank and a Jilin venture
 * fund; each answers on its own track; the request is the parties' and the market's staff's alone.
 */
@SuppressWarnings("unchecked")
class FinancingRequestsTest extends TenantNodeTest {

    private static final String REQUEST = "{ id version status amount funded collateral tracks { institution institutionName status"
            + " approved { amount ratePercent termMonths } declineReason disbursement { amount on } } }";
    private static final String FILE = "mutation($input: FinancingRequestInput!) { fileFinancingRequest(input: $input) " + REQUEST + " }";

    @Test
    void anInstitutionAnswersOnItsOwnTrackAndTheEnterpriseSeesEveryAnswer() {
        TenantApi enterprisePerson = endpoint("changchun", token("changchun-enterprise"));
        String enterprise = member("changchun", "changchun-enterprise", "ENTERPRISE", "长春光华微电子设备有限公司");
        TenantApi bankPerson = endpoint("changchun", token("changchun-bank"));
        String bank = institution("changchun", "changchun-bank", "BANK", "长春科技支行");
        TenantApi fundPerson = endpoint("changchun", token("jilin-bank"));
        String fund = institution("jilin", "jilin-bank", "VENTURE_CAPITAL", "吉林省科技创新投资基金");

        Map<String, Object> filed = ok(enterprisePerson.execute(FILE, Map.of("input", input(enterprise))), "fileFinancingRequest");
        String id = (String) filed.get("id");
        assertThat(filed).containsEntry("status", "OPEN").containsEntry("amount", "3000000.00");
        ok(enterprisePerson.execute("mutation($id: ID!, $to: [ID!]!) { sendFinancingRequest(id: $id, institutionIds: $to) { id } }",
                Map.of("id", id, "to", List.of(bank, fund))), "sendFinancingRequest");

        assertThat(node(endpoint("changchun", token("changchun-university")), id)).as("someone else").isNull();
        assertThat(node(endpoint("changchun", null), id)).as("anyone").isNull();
        Map<String, Object> seenByFund = node(fundPerson, id);
        assertThat((List<Map<String, Object>>) seenByFund.get("tracks")).extracting(t -> t.get("institution")).containsExactly(fund);

        ok(fundPerson.execute(step("declineFinancing(id: $id, institutionId: $i, reason: \"不属于本基金投资阶段\")"), Map.of("id", id, "i", fund)),
                "declineFinancing");
        assertThat(refusal(fundPerson.execute(step("expressFinancingInterest(id: $id, institutionId: $i)"), Map.of("id", id, "i", bank))))
                .as("another institution's track").containsEntry("field", "institutionId");
        for (String answer : List.of("expressFinancingInterest(id: $id, institutionId: $i)", "startDueDiligence(id: $id, institutionId: $i)",
                "approveFinancing(id: $id, institutionId: $i, terms: {amount: \"2500000.00\", ratePercent: \"3.45\", termMonths: 24})")) {
            ok(bankPerson.execute(step(answer), Map.of("id", id, "i", bank)), answer.substring(0, answer.indexOf('(')));
        }
        assertThat(refusal(bankPerson.execute(step("approveFinancing(id: $id, institutionId: $i, terms: {amount: \"2600000.00\", ratePercent:"
                + " \"3.45\", termMonths: 24})"), Map.of("id", id, "i", bank)))).as("approving again on other terms").containsEntry("code", "ILLEGAL_TRANSITION");
        Map<String, Object> funded = ok(bankPerson.execute(step("recordDisbursement(id: $id, institutionId: $i, disbursement: {amount: \"2500000.00\","
                + " disbursedOn: \"" + java.time.LocalDate.now(cn.techmarket.model.region.MarketTime.ZONE) + "\"})"), Map.of("id", id, "i", bank)),
                "recordDisbursement");
        assertThat(funded).containsEntry("status", "FUNDED").containsEntry("funded", "2500000.00");

        Map<String, Object> seenByEnterprise = node(enterprisePerson, id);
        assertThat((List<Map<String, Object>>) seenByEnterprise.get("tracks")).extracting(t -> t.get("status")).containsExactly("DISBURSED", "DECLINED");
        List<Map<String, Object>> mine = ok(enterprisePerson.execute("query($m: ID!) { myFinancingRequests(memberId: $m) { id } }",
                Map.of("m", enterprise)), "myFinancingRequests");
        assertThat(mine).extracting(r -> r.get("id")).contains(id);
        List<Map<String, Object>> sentToTheFund = ok(fundPerson.execute("query($m: ID!) { myFinancingRequests(memberId: $m) { id } }",
                Map.of("m", fundMember)), "myFinancingRequests");
        assertThat(sentToTheFund).extracting(r -> r.get("id")).contains(id);
        assertThat(node(changchun(), id)).as("the city's operators").isNotNull();
    }

    @Test
    void aBadRequestIsRefusedNamingTheField() {
        TenantApi enterprisePerson = endpoint("changchun", token("changchun-enterprise"));
        String enterprise = member("changchun", "changchun-enterprise", "ENTERPRISE", "长春新锐传感科技有限公司");
        Map<String, Object> input = input(enterprise);
        input.put("collateral", List.of("IP_PLEDGE"));
        assertThat(refusal(enterprisePerson.execute(FILE, Map.of("input", input)))).containsEntry("field", "input.pledgedAchievementIds");
        input = input(enterprise);
        input.put("amount", "5000.00");
        assertThat(refusal(enterprisePerson.execute(FILE, Map.of("input", input)))).containsEntry("field", "input.amount");
        String university = member("changchun", "changchun-university", "UNIVERSITY", "长春工业技术学院");
        assertThat(refusal(endpoint("changchun", token("changchun-university")).execute(FILE, Map.of("input", input(university)))))
                .as("a university asking for a loan").containsEntry("field", "input.memberId");
    }

    private String fundMember;

    private Map<String, Object> input(String enterprise) {
        Map<String, Object> input = new java.util.HashMap<>(Map.of("memberId", enterprise, "title", "晶圆检测设备量产", "amount", "3000000.00",
                "purpose", "购置装配线与原材料，实现年产50台。", "termMonths", 24, "stage", "GROWTH", "industry", "OPTOELECTRONICS"));
        input.put("collateral", List.of("CREDIT", "RECEIVABLES"));
        return input;
    }

    /** A financing institution member of the city, and its published institution record. */
    private String institution(String city, String person, String type, String name) {
        String member = member(city, person, "FINANCING_INSTITUTION", name);
        if (type.equals("VENTURE_CAPITAL")) {
            fundMember = member;
        }
        Map<String, Object> input = SampleInputs.valid(RecordKind.FINANCING_INSTITUTION);
        input.put("name", name);
        input.put("type", type);
        TenantApi operator = city.equals("changchun") ? changchun() : jilin();
        String id = ok(operator.execute("mutation($input: FinancingInstitutionInput!, $m: ID) { createFinancingInstitution(input: $input, memberId: $m) { id } }",
                Map.of("input", input, "m", member)), "createFinancingInstitution.id");
        operator.moveOk("publish", id, 1);
        return id;
    }

    private String member(String city, String person, String kind, String name) {
        Map<String, Object> application = SampleInputs.membership(SampleInputs.newCreditCode());
        application.put("kind", kind);
        application.put("name", name);
        return Memberships.verified(endpoint(city, token(city + "-operator")), endpoint(city, token(person)), application);
    }

    private static String step(String answer) {
        return "mutation($id: ID!, $i: ID!) { " + answer + " " + REQUEST + " }";
    }

    private static Map<String, Object> node(TenantApi who, String id) {
        return ok(who.execute("query($id: ID!) { node(id: $id) { ... on FinancingRequest " + REQUEST + " } }", Map.of("id", id)), "node");
    }
}
