package cn.techmarket.tenant.contract;

import cn.techmarket.model.contract.PartyCodes;
import cn.techmarket.tenant.support.SampleInputs;
import cn.techmarket.tenant.support.TenantApi;
import cn.techmarket.tenant.support.TenantNodeTest;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.client.ClientGraphQlResponse;

import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** Technology contract registration at a sub-market: the workflow, its refusals, numbers and subsidies. */
class ContractRegistrationTest extends TenantNodeTest {

    private static final String FIELDS = "{ id status version registrationNumber statusReason subsidyTotal"
            + " subsidies { rule recipient creditCode amount capped } history { actor from to reason } }";

    @Test
    void aContractIsReviewedAndRegisteredWithANumberAndItsSubsidies() {
        TenantApi operator = changchun();
        Map<String, Object> submitted = submit(operator, SampleInputs.contract());
        String id = (String) submitted.get("id");
        assertThat(submitted).containsEntry("status", "SUBMITTED").containsEntry("version", 1);

        ok(operator, "startContractReview", id, 1);
        Map<String, Object> registered = ok(registrar("changchun"), "registerContract", id, 2);

        int year = Year.now(ZoneId.of("Asia/Shanghai")).getValue();
        assertThat((String) registered.get("registrationNumber")).matches("220100-" + year + "-\\d{6}");
        assertThat(registered).containsEntry("status", "REGISTERED").containsEntry("version", 3);
        // a university licensing to an enterprise: 5 % of 1,000,000 to the buyer, 2 % to the seller
        assertThat((List<Map<String, Object>>) registered.get("subsidies")).containsExactly(
                Map.of("rule", "enterprise-technology-purchase", "recipient", "BUYER", "creditCode", "91350100M000100Y43",
                        "amount", "50000.00", "capped", false),
                Map.of("rule", "research-transfer-seller", "recipient", "SELLER", "creditCode", PartyCodes.withCheck("12220000MA0000001"),
                        "amount", "20000.00", "capped", false));
        assertThat(registered).containsEntry("subsidyTotal", "70000.00");
        assertThat((List<Map<String, Object>>) registered.get("history")).extracting(h -> h.get("to"))
                .containsExactly("SUBMITTED", "UNDER_REVIEW", "REGISTERED");
        assertThat((List<Map<String, Object>>) registered.get("history")).extracting(h -> h.get("actor"))
                .containsExactly("changchun-operator", "changchun-operator", "changchun-registrar");
    }

    @Test
    void aContractIsANodeSeenByThoseWhoMayQueryContracts() {
        String id = (String) submit(changchun(), SampleInputs.contract()).get("id");
        String query = "query($id: ID!) { node(id: $id) { id ... on Contract { status title } } }";

        assertThat((Map<String, Object>) changchun().execute(query, Map.of("id", id)).field("node").getValue())
                .containsEntry("id", id).containsEntry("status", "SUBMITTED");
        assertThat((Object) endpoint("changchun", token("province-staff")).execute(query, Map.of("id", id)).field("node").getValue())
                .as("province staff").isNotNull();
        assertThat((Object) endpoint("changchun", null).execute(query, Map.of("id", id)).field("node").getValue())
                .as("anonymous").isNull();
        assertThat((Object) endpoint("changchun", token("jilin-operator")).execute(query, Map.of("id", id)).field("node").getValue())
                .as("another city's operator").isNull();
    }

    @Test
    void onlyTheWorkflowsOwnMovesAreAllowed() {
        TenantApi operator = changchun();
        String id = (String) submit(operator, SampleInputs.contract()).get("id");

        assertThat(refusal(operator.execute(move("registerContract"), Map.of("id", id, "v", 1))))
                .containsEntry("code", "ILLEGAL_TRANSITION").containsEntry("field", "id");
        ok(operator, "startContractReview", id, 1);
        assertThat(refusal(operator.execute(move("startContractReview"), Map.of("id", id, "v", 2))))
                .containsEntry("code", "ILLEGAL_TRANSITION");
        assertThat(refusal(operator.execute(reasoned("returnContract"), Map.of("id", id, "v", 2, "reason", " "))))
                .containsEntry("field", "reason").containsEntry("code", "INVALID_INPUT");

        Map<String, Object> returned = operator.execute(reasoned("returnContract"), Map.of("id", id, "v", 2, "reason", "买方信用代码有误"))
                .field("returnContract").getValue();
        assertThat(returned).containsEntry("status", "RETURNED").containsEntry("statusReason", "买方信用代码有误");
        Map<String, Object> input = SampleInputs.contract();
        input.put("amount", "1500000.00");
        Map<String, Object> resubmitted = operator.execute("mutation($id: ID!, $input: ContractInput!) { resubmitContract(id: $id,"
                + " expectedVersion: 3, input: $input) " + FIELDS + " }", Map.of("id", id, "input", input)).field("resubmitContract").getValue();
        assertThat(resubmitted).containsEntry("status", "SUBMITTED").containsEntry("version", 4);

        ok(operator, "startContractReview", id, 4);
        Map<String, Object> rejected = operator.execute(reasoned("rejectContract"), Map.of("id", id, "v", 5, "reason", "不属于技术合同"))
                .field("rejectContract").getValue();
        assertThat(rejected).containsEntry("status", "REJECTED");
        assertThat(refusal(operator.execute(move("startContractReview"), Map.of("id", id, "v", 6))))
                .as("rejected is final").containsEntry("code", "ILLEGAL_TRANSITION");
        assertThat(refusal(operator.execute(move("startContractReview"), Map.of("id", id, "v", 2))))
                .containsEntry("code", "STALE_VERSION");
    }

    @Test
    void badContractsAreRefusedNamingTheField() {
        TenantApi operator = changchun();
        Map<String, Object> badCode = SampleInputs.contract();
        badCode.put("buyer", SampleInputs.party("某公司", "91350100M000100Y44", "ENTERPRISE"));
        Map<String, Object> tooMuchIncome = SampleInputs.contract();
        tooMuchIncome.put("technologyIncome", "2000000.00");
        Map<String, Object> future = SampleInputs.contract();
        future.put("signedOn", "2999-01-01");
        Map<String, Object> wrongLink = SampleInputs.contract();
        wrongLink.put("achievementId", "not-an-id");
        Map<String, Object> person = SampleInputs.contract();
        person.put("seller", SampleInputs.party("李敏", "11010519491231002X", "INDIVIDUAL"));
        long before = count(operator);

        assertThat(refusal(submitting(operator, badCode))).containsEntry("field", "input.buyer.creditCode");
        assertThat(refusal(submitting(operator, tooMuchIncome))).containsEntry("field", "input.technologyIncome");
        assertThat(refusal(submitting(operator, future))).containsEntry("field", "input.signedOn");
        assertThat(refusal(submitting(operator, wrongLink))).containsEntry("field", "input.achievementId");
        assertThat(count(operator)).isEqualTo(before);
        assertThat(submitting(operator, person).getErrors()).as("an individual seller is checked as a resident id").isEmpty();
    }

    @Test
    void concurrentApprovalsGetDistinctNumbersAndTheYearlyCapHolds() throws Exception {
        TenantApi operator = jilin();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            // the same enterprise buys 24 times: 5 % of 10,000,000 each, capped at 500,000 per contract and 1,000,000 a year
            Map<String, Object> input = SampleInputs.contract();
            input.put("type", "TRANSFER");
            input.put("amount", "10000000.00");
            input.put("technologyIncome", "10000000.00");
            input.put("seller", SampleInputs.party("吉林省某科技有限公司", PartyCodes.withCheck("91220200MA000" + String.format("%04d", i)), "ENTERPRISE"));
            String id = (String) submit(operator, input).get("id");
            ok(operator, "startContractReview", id, 1);
            ids.add(id);
        }

        ExecutorService reviewers = Executors.newFixedThreadPool(8);
        List<Future<Map<String, Object>>> registrations = new ArrayList<>();
        for (String id : ids) {
            registrations.add(reviewers.submit(() -> ok(registrar("jilin"), "registerContract", id, 2)));
        }
        Set<String> numbers = new TreeSet<>();
        java.math.BigDecimal granted = java.math.BigDecimal.ZERO;
        for (Future<Map<String, Object>> registration : registrations) {
            Map<String, Object> registered = registration.get();
            numbers.add((String) registered.get("registrationNumber"));
            granted = granted.add(new java.math.BigDecimal((String) registered.get("subsidyTotal")));
        }
        reviewers.shutdown();

        assertThat(numbers).hasSize(24);
        List<Integer> serials = numbers.stream().map(n -> Integer.parseInt(n.substring(n.lastIndexOf('-') + 1))).toList();
        assertThat(serials.get(serials.size() - 1) - serials.get(0)).as("consecutive").isEqualTo(23);
        assertThat(granted).as("the buyer's yearly cap, exactly").isEqualByComparingTo("1000000.00");
    }

    @Test
    void statisticsAgreeWithTheRegisteredContracts() {
        TenantApi operator = endpoint("changchun", token("changchun-operator"));
        int year = Year.now(ZoneId.of("Asia/Shanghai")).getValue();
        Map<String, Object> before = statistics(operator, year);
        String id = (String) submit(operator, SampleInputs.contract()).get("id");
        ok(operator, "startContractReview", id, 1);
        ok(registrar("changchun"), "registerContract", id, 2);
        String pending = (String) submit(operator, SampleInputs.contract()).get("id");

        Map<String, Object> after = statistics(endpoint("changchun", token("province-staff")), year);

        assertThat(((Number) after.get("registered")).intValue()).isEqualTo(((Number) before.get("registered")).intValue() + 1);
        assertThat(new java.math.BigDecimal((String) after.get("turnover")))
                .isEqualByComparingTo(new java.math.BigDecimal((String) before.get("turnover")).add(new java.math.BigDecimal("1200000.00")));
        Map<String, Object> license = ((List<Map<String, Object>>) after.get("byType")).stream()
                .filter(t -> t.get("type").equals("LICENSE")).findFirst().orElseThrow();
        assertThat(((Number) license.get("registered")).intValue()).isGreaterThanOrEqualTo(1);
        assertThat((List<?>) after.get("byMonth")).hasSize(12);
        assertThat(pending).isNotNull();
        assertThat(TenantApi.onlyError(endpoint("changchun", token("jilin-operator")).execute(STATISTICS, Map.of("year", year)))
                .getErrorType().toString()).as("another city's operator").isEqualTo("FORBIDDEN");
    }

    private static final String STATISTICS = "query($year: Int!) { contractStatistics(year: $year) { year registered turnover"
            + " technologyIncome subsidiesPaid previousYear { registered turnover } byType { type registered turnover }"
            + " byMonth { month registered turnover } topBuyers { creditCode registered turnover } } }";

    private static Map<String, Object> statistics(TenantApi api, int year) {
        ClientGraphQlResponse response = api.execute(STATISTICS, Map.of("year", year));
        assertThat(response.getErrors()).isEmpty();
        return response.field("contractStatistics").getValue();
    }

    private static Map<String, Object> submit(TenantApi api, Map<String, Object> input) {
        ClientGraphQlResponse response = submitting(api, input);
        assertThat(response.getErrors()).isEmpty();
        return response.field("submitContract").getValue();
    }

    private static ClientGraphQlResponse submitting(TenantApi api, Map<String, Object> input) {
        return api.execute("mutation($input: ContractInput!) { submitContract(input: $input) " + FIELDS + " }", Map.of("input", input));
    }

    private static long count(TenantApi api) {
        List<?> edges = api.execute("{ contracts(first: 100) { edges { cursor } } }", Map.of()).field("contracts.edges").getValue();
        return edges.size();
    }

    private static String move(String mutation) {
        return "mutation($id: ID!, $v: Int!) { " + mutation + "(id: $id, expectedVersion: $v) " + FIELDS + " }";
    }

    private static String reasoned(String mutation) {
        return "mutation($id: ID!, $v: Int!, $reason: String!) { " + mutation + "(id: $id, expectedVersion: $v, reason: $reason) " + FIELDS + " }";
    }

    /** The city's second operator: who submitted a contract does not register it. */
    private TenantApi registrar(String city) {
        return endpoint(city, token(city + "-registrar"));
    }

    @Test
    void whoSubmittedOrCorrectedAContractDoesNotRegisterIt() {
        TenantApi operator = changchun();
        String id = (String) submit(operator, SampleInputs.contract()).get("id");
        ok(registrar("changchun"), "startContractReview", id, 1);

        assertThat(refusal(operator.execute(move("registerContract"), Map.of("id", id, "v", 2))))
                .containsEntry("field", "id").containsEntry("code", "FOUR_EYES");
        assertThat(ok(registrar("changchun"), "registerContract", id, 2)).containsEntry("status", "REGISTERED");
    }

    @Test
    void aBuyerFilesItsContractAndTheOperatorsRegisterIt() {
        TenantApi buyer = endpoint("changchun", token("changchun-broker"));
        String member = verifiedMember(buyer, "91350100M000100Y43");
        Map<String, Object> filed = buyer.execute("mutation($input: ContractInput!, $m: ID) { submitContract(input: $input, memberId: $m) { id status filedBy } }",
                Map.of("input", SampleInputs.contract(), "m", member)).field("submitContract").getValue();
        String id = (String) filed.get("id");
        assertThat(filed).containsEntry("status", "SUBMITTED").containsEntry("filedBy", member);
        List<Map<String, Object>> mine = buyer.execute("{ myContracts { id } }", Map.of()).field("myContracts").getValue();
        assertThat(mine).extracting(c -> c.get("id")).contains(id);

        ok(changchun(), "startContractReview", id, 1);
        Map<String, Object> registered = ok(changchun(), "registerContract", id, 2);

        assertThat(registered).containsEntry("status", "REGISTERED");
        assertThat(buyer.execute("query($id: ID!) { node(id: $id) { ... on Contract { status } } }", Map.of("id", id)).field("node.status")
                .<String>getValue()).isEqualTo("REGISTERED");
    }

    @Test
    void aMemberFilesOnlyContractsItIsAPartyTo() {
        TenantApi person = endpoint("changchun", token("changchun-bank"));
        String member = verifiedMember(person, PartyCodes.withCheck("91220102MC00FB001"));
        long before = count(changchun());

        assertThat(refusal(person.execute("mutation($input: ContractInput!, $m: ID) { submitContract(input: $input, memberId: $m) { id } }",
                Map.of("input", SampleInputs.contract(), "m", member)))).containsEntry("field", "memberId");
        assertThat(refusal(person.execute("mutation($input: ContractInput!) { submitContract(input: $input) { id } }",
                Map.of("input", SampleInputs.contract())))).containsEntry("field", "memberId");
        assertThat(count(changchun())).isEqualTo(before);
    }

    /** A membership with the code, applied for by the person and verified by the operator; an existing one when the code is taken. */
    private String verifiedMember(TenantApi person, String code) {
        Map<String, Object> application = SampleInputs.membership(code);
        ClientGraphQlResponse applied = person.execute("mutation($input: MembershipApplicationInput!) { applyForMembership(input: $input) { id } }",
                Map.of("input", application));
        String id = applied.field("applyForMembership.id").getValue();
        assertThat(applied.getErrors()).isEmpty();
        assertThat(changchun().execute("mutation($id: ID!) { verifyMember(id: $id, expectedVersion: 1) { id } }", Map.of("id", id)).getErrors()).isEmpty();
        return id;
    }

    private static Map<String, Object> ok(TenantApi api, String mutation, String id, int version) {
        ClientGraphQlResponse response = api.execute(move(mutation), Map.of("id", id, "v", version));
        assertThat(response.getErrors()).as(mutation).isEmpty();
        return response.field(mutation).getValue();
    }

    /** The extensions (field, code) of the response's single error. */
    private static Map<String, Object> refusal(ClientGraphQlResponse response) {
        return TenantApi.onlyError(response).getExtensions();
    }
}
