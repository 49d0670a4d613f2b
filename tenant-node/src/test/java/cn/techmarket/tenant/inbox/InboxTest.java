package cn.techmarket.tenant.inbox;

import cn.techmarket.model.contract.PartyCodes;
import cn.techmarket.model.record.RecordKind;
import cn.techmarket.tenant.support.SampleInputs;
import cn.techmarket.tenant.support.TenantApi;
import cn.techmarket.tenant.support.TenantNodeTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.client.ClientGraphQlResponse;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Each step of an application, a member's record and a member's contract reaches the inboxes of those it concerns, and no one else's. */
class InboxTest extends TenantNodeTest {

    private static final String INBOX = "{ inbox(first: 100) { unread messages { id topic about title detail read } } }";
    private static final AtomicInteger CODES = new AtomicInteger();

    private TenantApi person;
    private TenantApi operator;
    private TenantApi somebodyElse;

    @BeforeEach
    void people() {
        person = endpoint("jilin", token("jilin-enterprise"));
        operator = jilin();
        somebodyElse = endpoint("jilin", token("jilin-bank"));
    }

    @Test
    void anApplicationsStepsReachTheOperatorsAndTheApplicant() {
        String id = apply(person, "ENTERPRISE");
        assertThat(about(operator, id)).extracting(m -> m.get("topic")).contains("MEMBERSHIP_APPLIED");

        ok(operator.execute("mutation($id: ID!) { returnMembershipApplication(id: $id, expectedVersion: 1, reason: \"请补充营业执照\") { id } }",
                Map.of("id", id)), "returnMembershipApplication");
        List<Map<String, Object>> returned = about(person, id);
        assertThat(returned).singleElement().satisfies(m -> assertThat(m).containsEntry("topic", "MEMBERSHIP_RETURNED")
                .containsEntry("detail", "请补充营业执照").containsEntry("read", false));
        assertThat(about(somebodyElse, id)).as("someone else's inbox").isEmpty();
    }

    @Test
    void readingIsEachPersonsOwnAndMarkingTwiceChangesNothing() {
        String id = apply(person, "ENTERPRISE");
        ok(operator.execute("mutation($id: ID!) { verifyMember(id: $id, expectedVersion: 1) { id } }", Map.of("id", id)), "verifyMember");
        String message = (String) about(person, id).get(0).get("id");
        long unread = unread(person);

        ok(somebodyElse.execute("mutation($ids: [ID!]!) { markInboxRead(ids: $ids) { unread } }", Map.of("ids", List.of(message))), "markInboxRead");
        assertThat(unread(person)).as("marked by someone else").isEqualTo(unread);
        ok(person.execute("mutation($ids: [ID!]!) { markInboxRead(ids: $ids) { unread } }", Map.of("ids", List.of(message))), "markInboxRead");
        ok(person.execute("mutation($ids: [ID!]!) { markInboxRead(ids: $ids) { unread } }", Map.of("ids", List.of(message))), "markInboxRead");

        assertThat(unread(person)).isEqualTo(unread - 1);
        assertThat(about(person, id)).singleElement().satisfies(m -> assertThat(m).containsEntry("topic", "MEMBERSHIP_VERIFIED").containsEntry("read", true));
    }

    @Test
    void aMembersRecordReachesTheOperatorsForReviewAndItsPeopleWhenPublished() {
        String member = apply(person, "ENTERPRISE");
        ok(operator.execute("mutation($id: ID!) { verifyMember(id: $id, expectedVersion: 1) { id } }", Map.of("id", member)), "verifyMember");
        Map<String, Object> variables = new HashMap<>();
        variables.put("input", SampleInputs.valid(RecordKind.DEMAND));
        variables.put("m", member);
        String demand = (String) ok(person.execute("mutation($input: DemandInput!, $m: ID) { createDemand(input: $input, memberId: $m) { id } }",
                variables), "createDemand").get("id");
        person.moveOk("submitForReview", demand, 1);
        assertThat(about(operator, demand)).extracting(m -> m.get("topic")).containsExactly("LISTING_SUBMITTED");

        operator.moveOk("publish", demand, 2);

        assertThat(about(person, demand)).extracting(m -> m.get("topic")).containsExactly("LISTING_PUBLISHED");
    }

    private String apply(TenantApi who, String kind) {
        Map<String, Object> input = SampleInputs.membership(PartyCodes.withCheck(String.format("91220200MB%07d",
                CODES.incrementAndGet() + (int) (System.nanoTime() % 1000) * 1000)));
        input.put("kind", kind);
        return (String) ok(who.execute("mutation($input: MembershipApplicationInput!) { applyForMembership(input: $input) { id } }",
                Map.of("input", input)), "applyForMembership").get("id");
    }

    private static List<Map<String, Object>> about(TenantApi who, String id) {
        List<Map<String, Object>> messages = ok(who.execute(INBOX, Map.of()), "inbox").get("messages") instanceof List<?> list
                ? (List<Map<String, Object>>) list : List.of();
        return messages.stream().filter(m -> id.equals(m.get("about"))).toList();
    }

    private static long unread(TenantApi who) {
        return ((Number) ok(who.execute(INBOX, Map.of()), "inbox").get("unread")).longValue();
    }

    private static Map<String, Object> ok(ClientGraphQlResponse response, String field) {
        assertThat(response.getErrors()).as(field).isEmpty();
        return response.field(field).getValue();
    }
}
