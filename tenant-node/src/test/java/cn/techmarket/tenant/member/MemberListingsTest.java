package cn.techmarket.tenant.member;

import cn.techmarket.model.record.RecordKind;
import cn.techmarket.tenant.support.Memberships;
import cn.techmarket.tenant.support.SampleInputs;
import cn.techmarket.tenant.support.TenantApi;
import cn.techmarket.tenant.support.TenantNodeTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.client.ClientGraphQlResponse;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Members publish their own records: a verified member's person drafts, submits for review, and
 * the city's operators publish or return them with a note; each person reaches only their own
 * members' records; a suspended member's published records leave the public library.
 */
class MemberListingsTest extends TenantNodeTest {

    private static final String FIELDS = "{ id lifecycle version owner reviewNote }";

    private TenantApi person;
    private TenantApi somebodyElse;
    private TenantApi operator;

    @BeforeEach
    void people() {
        person = endpoint("changchun", token("changchun-university"));
        somebodyElse = endpoint("changchun", token("changchun-bank"));
        operator = changchun();
    }

    @Test
    void aVerifiedMembersDemandIsSubmittedReturnedRevisedAndPublished() {
        String member = verifiedMember(person, "ENTERPRISE");
        long publicBefore = person.publishedCount(RecordKind.DEMAND);

        Map<String, Object> draft = createDemand(person, member);
        assertThat(draft).containsEntry("lifecycle", "DRAFT").containsEntry("owner", member);
        String id = (String) draft.get("id");
        assertThat(move(person, "submitForReview", id, 1)).containsEntry("lifecycle", "SUBMITTED");
        assertThat(awaitingReview()).as("the operators' review queue").contains(id);
        Map<String, Object> returned = ok(operator.execute("mutation($id: ID!) { returnForRevision(id: $id, expectedVersion: 2,"
                + " reason: \"请补充预算依据\") " + FIELDS + " }", Map.of("id", id)), "returnForRevision");
        assertThat(returned).containsEntry("lifecycle", "RETURNED").containsEntry("reviewNote", "请补充预算依据");

        Map<String, Object> revised = new HashMap<>(SampleInputs.valid(RecordKind.DEMAND));
        revised.put("expectedOutcome", "预算依据：三家供应商报价。");
        ok(person.execute("mutation($id: ID!, $input: DemandInput!) { updateDemand(id: $id, expectedVersion: 3, input: $input) " + FIELDS + " }",
                Map.of("id", id, "input", revised)), "updateDemand");
        move(person, "submitForReview", id, 4);
        Map<String, Object> published = move(operator, "publish", id, 5);

        assertThat(published).containsEntry("lifecycle", "PUBLISHED").containsEntry("reviewNote", null);
        assertThat(awaitingReview()).doesNotContain(id);
        assertThat(person.publishedCount(RecordKind.DEMAND)).isEqualTo(publicBefore + 1);
        assertThat(mine(person)).extracting(record -> record.get("id")).contains(id);
        assertThat(move(person, "withdraw", id, 6)).as("an owner withdraws their own").containsEntry("lifecycle", "WITHDRAWN");
    }

    @Test
    void aPersonReachesOnlyTheirOwnMembersRecords() {
        String member = verifiedMember(person, "ENTERPRISE");
        String id = (String) createDemand(person, member).get("id");
        String before = snapshot("changchun");

        assertThat(refusal(somebodyElse.move("submitForReview", id, 1))).containsEntry("field", "id").containsEntry("code", "NOT_FOUND");
        assertThat(refusal(somebodyElse.update(RecordKind.DEMAND, id, 1, SampleInputs.valid(RecordKind.DEMAND))))
                .containsEntry("field", "id").containsEntry("code", "NOT_FOUND");
        assertThat(refusal(somebodyElse.move("withdraw", id, 1))).containsEntry("code", "NOT_FOUND");
        assertThat(somebodyElse.execute("query($id: ID!) { node(id: $id) { id } }", Map.of("id", id)).field("node").<Object>getValue()).isNull();
        assertThat(person.execute("query($id: ID!) { node(id: $id) { id } }", Map.of("id", id)).field("node.id").<String>getValue()).isEqualTo(id);
        assertThat(snapshot("changchun")).isEqualTo(before);
    }

    @Test
    void aRecordsContactIsShownToItsOwnersPeopleSoTheyCanEditItAndToNoOtherMember() {
        String member = verifiedMember(person, "ENTERPRISE");
        Map<String, Object> input = new HashMap<>(SampleInputs.valid(RecordKind.DEMAND));
        input.put("contact", Map.of("name", "赵敏", "phone", "0431-81234567"));
        String id = ok(person.execute("mutation($input: DemandInput!, $member: ID) { createDemand(input: $input, memberId: $member) { id } }",
                Map.of("input", input, "member", member)), "createDemand").get("id").toString();
        move(person, "submitForReview", id, 1);
        move(operator, "publish", id, 2);
        String query = "query($id: ID!) { node(id: $id) { ... on Demand { title contact { name phone } } } }";

        Map<String, Object> own = ok(person.execute(query, Map.of("id", id)), "node");
        assertThat(own.get("contact")).isEqualTo(Map.of("name", "赵敏", "phone", "0431-81234567"));
        Map<String, Object> others = ok(somebodyElse.execute(query, Map.of("id", id)), "node");
        assertThat(others).as("another member reads the published record, not its contact").containsEntry("contact", null).containsKey("title");
        assertThat(ok(operator.execute(query, Map.of("id", id)), "node").get("contact")).as("the city's operators").isNotNull();
    }

    @Test
    void onlyAVerifiedMemberOfAKindThatPublishesSuchRecordsMayOwnOne() {
        String applied = (String) ok(applyResponse(person, SampleInputs.membership(SampleInputs.newCreditCode())), "applyForMembership").get("id");
        String bank = verifiedMember(person, "FINANCING_INSTITUTION");
        String others = verifiedMember(somebodyElse, "ENTERPRISE");
        String before = snapshot("changchun");

        assertThat(refusal(createDemandResponse(person, applied))).containsEntry("field", "memberId").containsEntry("code", "INVALID_INPUT");
        assertThat(refusal(createDemandResponse(person, bank))).containsEntry("field", "memberId").containsEntry("code", "INVALID_INPUT");
        assertThat(refusal(createDemandResponse(person, others))).containsEntry("field", "memberId").containsEntry("code", "NOT_FOUND");
        assertThat(refusal(createDemandResponse(person, null))).containsEntry("field", "memberId");
        assertThat(snapshot("changchun")).isEqualTo(before);
    }

    @Test
    void aRecordUnderReviewIsNotEditedByItsOwner() {
        String id = (String) createDemand(person, verifiedMember(person, "ENTERPRISE")).get("id");
        move(person, "submitForReview", id, 1);

        assertThat(refusal(person.update(RecordKind.DEMAND, id, 2, SampleInputs.valid(RecordKind.DEMAND))))
                .containsEntry("field", "id").containsEntry("code", "ILLEGAL_TRANSITION");
        assertThat(refusal(operator.execute("mutation($id: ID!) { returnForRevision(id: $id, expectedVersion: 2, reason: \"\") { id } }",
                Map.of("id", id)))).containsEntry("field", "reason");
    }

    @Test
    void suspendingAMemberWithdrawsItsPublishedRecords() {
        String member = verifiedMember(person, "ENTERPRISE");
        String id = (String) createDemand(person, member).get("id");
        move(person, "submitForReview", id, 1);
        move(operator, "publish", id, 2);
        long version = ((Number) operator.execute("query($id: ID!) { node(id: $id) { ... on Member { version } } }", Map.of("id", member))
                .field("node.version").getValue()).longValue();

        ok(operator.execute("mutation($id: ID!, $v: Int!) { suspendMember(id: $id, expectedVersion: $v, reason: \"资质到期\") { status } }",
                Map.of("id", member, "v", version)), "suspendMember");

        Map<String, Object> withdrawn = operator.execute("query($id: ID!) { node(id: $id) { ... on Demand { lifecycle } } }", Map.of("id", id))
                .field("node").getValue();
        assertThat(withdrawn).containsEntry("lifecycle", "WITHDRAWN");
        assertThat(refusal(person.move("submitForReview", id, 4))).as("a suspended member does not publish").containsEntry("code", "INVALID_INPUT");
    }

    private List<Object> awaitingReview() {
        ClientGraphQlResponse response = operator.execute("{ awaitingReview { id lifecycle } }", Map.of());
        assertThat(response.getErrors()).isEmpty();
        List<Map<String, Object>> queue = response.field("awaitingReview").getValue();
        return queue.stream().map(record -> record.get("id")).toList();
    }

    /** A membership of the kind, applied for by the person and verified by the operator. */
    private String verifiedMember(TenantApi who, String kind) {
        Map<String, Object> input = SampleInputs.membership(SampleInputs.newCreditCode());
        input.put("kind", kind);
        return Memberships.verified(operator, who, input);
    }

    private static ClientGraphQlResponse applyResponse(TenantApi who, Map<String, Object> input) {
        return who.execute("mutation($input: MembershipApplicationInput!) { applyForMembership(input: $input) { id } }", Map.of("input", input));
    }

    private static Map<String, Object> createDemand(TenantApi who, String member) {
        return ok(createDemandResponse(who, member), "createDemand");
    }

    private static ClientGraphQlResponse createDemandResponse(TenantApi who, String member) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("input", SampleInputs.valid(RecordKind.DEMAND));
        variables.put("member", member);
        return who.execute("mutation($input: DemandInput!, $member: ID) { createDemand(input: $input, memberId: $member) " + FIELDS + " }", variables);
    }

    private static Map<String, Object> move(TenantApi who, String step, String id, long version) {
        return ok(who.execute("mutation($id: ID!) { " + step + "(id: $id, expectedVersion: " + version + ") " + FIELDS + " }", Map.of("id", id)), step);
    }

    private static List<Map<String, Object>> mine(TenantApi who) {
        return who.execute("{ myListings { id lifecycle } }", Map.of()).field("myListings").getValue();
    }

    private static Map<String, Object> ok(ClientGraphQlResponse response, String field) {
        assertThat(response.getErrors()).as(field).isEmpty();
        return response.field(field).getValue();
    }

    private static Map<String, Object> refusal(ClientGraphQlResponse response) {
        return TenantApi.onlyError(response).getExtensions();
    }
}
