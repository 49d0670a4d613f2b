package cn.techmarket.tenant.trading;

import cn.techmarket.model.record.RecordKind;
import cn.techmarket.model.region.MarketTime;
import cn.techmarket.tenant.support.SampleInputs;
import cn.techmarket.tenant.support.TenantApi;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static cn.techmarket.tenant.support.TenantApi.ok;
import static cn.techmarket.tenant.support.TenantApi.refusal;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One chain from a broker's match to a settled contract: a broker matches an enterprise's demand
 * with a university's achievement; the university lists it, the enterprise registers the only
 * intent and gets the deal; the enterprise files the contract the deal fills in, the operators
 * register it (four eyes) with its subsidies, which signs the match, deals the listing and shows
 * the achievement transferred; the payment plan's second milestone falls overdue, and the plan is
 * settled when paid in full, with the market's service fee.
 */
@SuppressWarnings("unchecked")
class DealChainTest extends TradingNodeTest {

    private static final String CONTRACT = "{ id version status amount matchId listingId achievementId registrationNumber subsidyTotal"
            + " seller { name kind } buyer { name kind } }";
    private static final String PLAN = "{ id version status amount paid serviceFee feeRule milestones { number amount paid outstanding overdue dueOn } }";

    @Test
    void aBrokersMatchLeadsToAListingADealARegisteredContractAndASettledPaymentPlan() {
        TenantApi university = endpoint("changchun", token("changchun-university"));
        TenantApi enterprise = endpoint("changchun", token("changchun-enterprise"));
        String seller = member("changchun", "changchun-university", "UNIVERSITY", "长春工业大学");
        String buyer = member("changchun", "changchun-enterprise", "ENTERPRISE", "长春汽车零部件集团有限公司");
        String achievement = achievement(university, seller, "汽车轻量化铝合金压铸一体化技术");

        // 撮合: the enterprise's demand, matched by a broker with the university's achievement
        String demand = ok(enterprise.execute("mutation($input: DemandInput!, $m: ID) { createDemand(input: $input, memberId: $m) { id } }",
                Map.of("input", SampleInputs.valid(RecordKind.DEMAND), "m", buyer)), "createDemand.id");
        enterprise.moveOk("submitForReview", demand, 1);
        changchun().moveOk("publish", demand, 2);
        Map<String, Object> match = ok(changchun().execute("mutation($input: MatchInput!) { proposeMatch(input: $input) { id version } }",
                Map.of("input", Map.of("demandId", demand, "candidateId", achievement, "candidateTitle", "汽车轻量化铝合金压铸一体化技术",
                        "broker", Map.of("name", "周经纪", "certificateNo", "JL-TB-2026-0077")))), "proposeMatch");
        String matchId = (String) match.get("id");
        ok(changchun().execute("mutation($id: ID!) { contactMatch(id: $id, expectedVersion: 1) { id } }", Map.of("id", matchId)), "contactMatch");
        ok(changchun().execute("mutation($id: ID!) { negotiateMatch(id: $id, expectedVersion: 2) { id } }", Map.of("id", matchId)), "negotiateMatch");

        // 挂牌 → one intent → a negotiated deal
        String listing = (String) listed(university, achievement, "AGREEMENT", 5).get("id");
        intent(enterprise, listing, buyer, "1500000.00");
        advance(Duration.ofDays(5).plusSeconds(1));
        awaitStatus(listing, "CONTRACTING");

        // the buyer files the contract the deal fills in
        Map<String, Object> input = Map.of("memberId", buyer, "signedOn", LocalDate.now(MarketTime.ZONE).toString(), "technologyIncome", "1400000.00",
                "attachments", List.of(Map.of("name", "技术转让合同.pdf", "mediaType", "application/pdf", "sizeBytes", 381204,
                        "sha256", "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae")));
        assertThat(refusal(endpoint("changchun", token("changchun-bank")).execute(SUBMIT, Map.of("id", listing, "input", input))))
                .as("somebody who is neither party").containsEntry("field", "input.memberId");
        Map<String, Object> tooMuch = new java.util.HashMap<>(input);
        tooMuch.put("technologyIncome", "1500000.01");
        assertThat(refusal(enterprise.execute(SUBMIT, Map.of("id", listing, "input", tooMuch)))).containsEntry("field", "input.technologyIncome");
        Map<String, Object> contract = ok(enterprise.execute(SUBMIT, Map.of("id", listing, "input", input)), "submitDealContract");
        assertThat(contract).containsEntry("status", "SUBMITTED").containsEntry("amount", "1500000.00").containsEntry("matchId", matchId)
                .containsEntry("listingId", listing).containsEntry("achievementId", achievement)
                .containsEntry("seller", Map.of("name", "长春工业大学", "kind", "UNIVERSITY"))
                .containsEntry("buyer", Map.of("name", "长春汽车零部件集团有限公司", "kind", "ENTERPRISE"));
        assertThat(refusal(university.execute(SUBMIT, Map.of("id", listing, "input", Map.of("memberId", seller, "signedOn",
                LocalDate.now(MarketTime.ZONE).toString(), "technologyIncome", "1400000.00"))))).as("filed twice").containsEntry("code", "ALREADY_SUBMITTED");

        // registered by another operator than the one who reviewed it: subsidies, the match signed, the listing dealt, the achievement transferred
        String contractId = (String) contract.get("id");
        ok(changchun().execute("mutation($id: ID!) { startContractReview(id: $id, expectedVersion: 1) { id } }", Map.of("id", contractId)),
                "startContractReview");
        Map<String, Object> registered = ok(endpoint("changchun", token("changchun-registrar")).execute(
                "mutation($id: ID!) { registerContract(id: $id, expectedVersion: 2) " + CONTRACT + " }", Map.of("id", contractId)), "registerContract");
        assertThat(registered).containsEntry("status", "REGISTERED");
        assertThat(new BigDecimal((String) registered.get("subsidyTotal"))).isPositive();
        assertThat((String) ok(changchun().execute("query($id: ID!) { node(id: $id) { ... on Match { status } } }", Map.of("id", matchId)),
                "node.status")).isEqualTo("SIGNED");
        assertThat(listing(changchun(), listing)).containsEntry("status", "DEALT");
        Map<String, Object> trade = ok(changchun().execute("query($id: ID!) { node(id: $id) { ... on Achievement { trade { status dealtTerms available"
                + " listingId } } } }", Map.of("id", achievement)), "node.trade");
        assertThat(trade).containsEntry("status", "DEALT").containsEntry("dealtTerms", "ASSIGNMENT").containsEntry("available", false)
                .containsEntry("listingId", listing);
        assertThat(refusal(university.execute(ListingsTest.LIST, Map.of("input", listingInput(achievement, "AGREEMENT", 5)))))
                .as("a transferred achievement is not listed again").containsEntry("code", "NOT_AVAILABLE");

        // 网上结算: two milestones; the second falls overdue, then all is paid
        LocalDate marketToday = LocalDate.ofInstant(now(), MarketTime.ZONE);
        List<Map<String, Object>> milestones = List.of(
                Map.of("condition", "合同登记后支付首期", "amount", "900000.00", "dueOn", marketToday.plusDays(10).toString()),
                Map.of("condition", "技术资料交付验收后支付尾款", "amount", "600000.00", "dueOn", marketToday.plusDays(30).toString()));
        assertThat(refusal(enterprise.execute(SET_PLAN, Map.of("id", contractId, "milestones", List.of(milestones.get(0))))))
                .as("not adding up to the amount").containsEntry("field", "milestones");
        assertThat(refusal(university.execute(SET_PLAN, Map.of("id", contractId, "milestones", milestones))))
                .as("the party that did not file it").containsEntry("code", "NOT_FOUND");
        Map<String, Object> plan = ok(enterprise.execute(SET_PLAN, Map.of("id", contractId, "milestones", milestones)), "setPaymentPlan");
        assertThat(plan).containsEntry("status", "OPEN").containsEntry("serviceFee", "15000.00").containsEntry("paid", "0.00");
        plan = ok(changchun().execute(PAY, Map.of("id", contractId, "v", plan.get("version"), "m", 1, "payment", payment("900000.00"))), "recordPayment");
        assertThat(refusal(changchun().execute(PAY, Map.of("id", contractId, "v", plan.get("version"), "m", 2, "payment", payment("600000.01")))))
                .as("more than is due").containsEntry("field", "payment.amount");

        advance(Duration.ofDays(31));
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100)).until(() ->
                !((List<?>) ok(changchun().execute("{ overduePayments { id } }", Map.of()), "overduePayments")).isEmpty());
        plan = ok(enterprise.execute("query($id: ID!) { node(id: $id) { ... on Contract { paymentPlan " + PLAN + " } } }", Map.of("id", contractId)),
                "node.paymentPlan");
        assertThat((List<Map<String, Object>>) plan.get("milestones")).extracting(m -> m.get("number") + " " + m.get("overdue") + " " + m.get("outstanding"))
                .containsExactly("1 false 0.00", "2 true 600000.00");
        assertThat(inboxTopics(enterprise)).contains("PAYMENT_OVERDUE");
        Map<String, Object> settled = ok(changchun().execute(PAY, Map.of("id", contractId, "v", plan.get("version"), "m", 2, "payment", payment("600000.00"))),
                "recordPayment");
        assertThat(settled).containsEntry("status", "SETTLED").containsEntry("paid", "1500000.00");
        assertThat((List<?>) ok(changchun().execute("{ overduePayments { id } }", Map.of()), "overduePayments")).isEmpty();
    }

    private static Map<String, Object> payment(String amount) {
        return Map.of("amount", amount, "paidOn", LocalDate.now(MarketTime.ZONE).toString(), "reference", "ICBC-2026-" + amount);
    }

    private static List<Object> inboxTopics(TenantApi who) {
        List<Map<String, Object>> messages = ok(who.execute("{ inbox(first: 100) { messages { topic } } }", Map.of()), "inbox.messages");
        return messages.stream().map(m -> m.get("topic")).toList();
    }

    private static final String SUBMIT = "mutation($id: ID!, $input: DealContractInput!) { submitDealContract(id: $id, input: $input) " + CONTRACT + " }";
    private static final String SET_PLAN = "mutation($id: ID!, $milestones: [PaymentMilestoneInput!]!) { setPaymentPlan(id: $id, milestones: $milestones) "
            + PLAN + " }";
    private static final String PAY = "mutation($id: ID!, $v: Int!, $m: Int!, $payment: PaymentInput!) { recordPayment(id: $id, expectedVersion: $v, milestone: $m,"
            + " payment: $payment) "
            + PLAN + " }";
}
