package cn.techmarket.tenant.member;

import cn.techmarket.model.contract.PartyCodes;
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
 * Membership at a sub-market: a person applies, the city's operators return, verify, reject,
 * suspend and reinstate; each person reaches only their own applications.
 */
class MembershipWorkflowTest extends TenantNodeTest {

    private static final String FIELDS = "{ id tenantId kind status version name creditCode statusReason verifiedAt appliedAt"
            + " users { subject role } history { actor from to reason } }";

    private TenantApi applicant;
    private TenantApi somebodyElse;
    private TenantApi operator;

    @BeforeEach
    void people() {
        applicant = endpoint("changchun", token("changchun-applicant"));
        somebodyElse = endpoint("changchun", token("changchun-broker"));
        operator = changchun();
    }

    @Test
    void anApplicationReturnedForMoreIsCompletedAndVerified() {
        Map<String, Object> applied = apply(applicant, SampleInputs.membership(SampleInputs.newCreditCode()));
        assertThat(applied).containsEntry("status", "APPLIED").containsEntry("version", 1).containsEntry("tenantId", "changchun");
        assertThat((List<Map<String, Object>>) applied.get("users")).containsExactly(Map.of("subject", "changchun-applicant", "role", "OWNER"));
        String id = (String) applied.get("id");

        Map<String, Object> returned = ok(operator.execute("mutation($id: ID!) { returnMembershipApplication(id: $id, expectedVersion: 1,"
                + " reason: \"请补充营业执照副本\") " + FIELDS + " }", Map.of("id", id)), "returnMembershipApplication");
        assertThat(returned).containsEntry("status", "RETURNED").containsEntry("statusReason", "请补充营业执照副本");

        Map<String, Object> completed = new HashMap<>(SampleInputs.membership((String) applied.get("creditCode")));
        completed.put("introduction", "已补充营业执照副本。");
        Map<String, Object> reapplied = ok(applicant.execute("mutation($id: ID!, $input: MembershipApplicationInput!) {"
                + " reapplyForMembership(id: $id, expectedVersion: 2, input: $input) " + FIELDS + " }", Map.of("id", id, "input", completed)),
                "reapplyForMembership");
        assertThat(reapplied).containsEntry("status", "APPLIED").containsEntry("statusReason", null);

        Map<String, Object> verified = ok(operator.execute("mutation($id: ID!) { verifyMember(id: $id, expectedVersion: 3) " + FIELDS + " }",
                Map.of("id", id)), "verifyMember");
        assertThat(verified).containsEntry("status", "VERIFIED").containsEntry("version", 4);
        assertThat(verified.get("verifiedAt")).isNotNull();
        assertThat((List<Map<String, Object>>) verified.get("history")).extracting(step -> step.get("actor"))
                .containsExactly("changchun-applicant", "changchun-operator", "changchun-applicant", "changchun-operator");
        assertThat(mine(applicant)).extracting(member -> member.get("id")).contains(id);
    }

    @Test
    void theOwnerInvitesAColleagueWhoActsForTheMemberUntilRemoved() {
        String id = (String) apply(applicant, SampleInputs.membership(SampleInputs.newCreditCode())).get("id");
        ok(operator.execute("mutation($id: ID!) { verifyMember(id: $id, expectedVersion: 1) { id } }", Map.of("id", id)), "verifyMember");

        Map<String, Object> invited = ok(colleague(applicant, "inviteColleague", id, 2, "changchun-broker"), "inviteColleague");
        assertThat((List<Map<String, Object>>) invited.get("users")).extracting(user -> user.get("subject") + "/" + user.get("role"))
                .containsExactly("changchun-applicant/OWNER", "changchun-broker/COLLEAGUE");
        assertThat(mine(somebodyElse)).extracting(member -> member.get("id")).as("the colleague acts for it at once").contains(id);

        String before = snapshot("changchun");
        assertThat(refusal(colleague(somebodyElse, "inviteColleague", id, 3, "zhang.wei"))).as("a colleague does not invite")
                .containsEntry("field", "id").containsEntry("code", "INVALID_INPUT");
        assertThat(refusal(colleague(applicant, "inviteColleague", id, 3, "<b>x</b>"))).containsEntry("field", "subject");
        assertThat(refusal(colleague(applicant, "inviteColleague", id, 3, "changchun-broker"))).as("already one").containsEntry("field", "subject");
        assertThat(refusal(colleague(applicant, "removeColleague", id, 3, "changchun-applicant"))).as("the owner stays").containsEntry("field", "subject");
        assertThat(refusal(colleague(endpoint("changchun", token("changchun-bank")), "inviteColleague", id, 3, "zhang.wei")))
                .as("someone else finds nothing").containsEntry("code", "NOT_FOUND");
        assertThat(snapshot("changchun")).isEqualTo(before);

        ok(colleague(applicant, "removeColleague", id, 3, "changchun-broker"), "removeColleague");
        assertThat(mine(somebodyElse)).extracting(member -> member.get("id")).doesNotContain(id);
        List<Map<String, Object>> told = somebodyElse.execute("{ inbox(first: 100) { messages { topic about } } }", Map.of())
                .field("inbox.messages").getValue();
        assertThat(told).filteredOn(message -> id.equals(message.get("about"))).extracting(message -> message.get("topic"))
                .containsExactly("COLLEAGUE_REMOVED", "COLLEAGUE_ADDED");
    }

    private static ClientGraphQlResponse colleague(TenantApi who, String step, String id, int version, String subject) {
        return who.execute("mutation($id: ID!, $v: Int!, $subject: String!) { " + step + "(id: $id, expectedVersion: $v, subject: $subject)"
                + " { id users { subject role } } }", Map.of("id", id, "v", version, "subject", subject));
    }

    @Test
    void aPersonReachesOnlyTheirOwnApplications() {
        Map<String, Object> applied = apply(applicant, SampleInputs.membership(SampleInputs.newCreditCode()));
        String id = (String) applied.get("id");
        String before = snapshot("changchun");

        ClientGraphQlResponse foreign = somebodyElse.execute("mutation($id: ID!, $input: MembershipApplicationInput!) {"
                + " reapplyForMembership(id: $id, expectedVersion: 1, input: $input) { id } }",
                Map.of("id", id, "input", SampleInputs.membership((String) applied.get("creditCode"))));

        assertThat(refusal(foreign)).containsEntry("field", "id").containsEntry("code", "NOT_FOUND");
        assertThat(mine(somebodyElse)).extracting(member -> member.get("id")).doesNotContain(id);
        assertThat(somebodyElse.execute("query($id: ID!) { node(id: $id) { id } }", Map.of("id", id)).field("node").<Object>getValue()).isNull();
        assertThat(operator.execute("query($id: ID!) { node(id: $id) { id } }", Map.of("id", id)).field("node.id").<String>getValue()).isEqualTo(id);
        assertThat(snapshot("changchun")).isEqualTo(before);
    }

    @Test
    void aCodeAlreadyHeldIsRefusedNamingTheMembershipThatHoldsIt() {
        String code = SampleInputs.newCreditCode();
        String holder = (String) apply(applicant, SampleInputs.membership(code)).get("id");
        String before = snapshot("changchun");

        ClientGraphQlResponse again = applyResponse(somebodyElse, SampleInputs.membership(code));

        assertThat(refusal(again)).containsEntry("field", "input.creditCode").containsEntry("code", "INVALID_INPUT");
        assertThat(TenantApi.onlyError(again).getMessage()).contains(holder);
        assertThat(snapshot("changchun")).isEqualTo(before);
    }

    @Test
    void badApplicationsAreRefusedNamingTheFieldAndChangeNothing() {
        String before = snapshot("changchun");
        Map<String, Object> personsNumber = SampleInputs.membership(PartyCodes.residentIdWithCheck("22010219850312001"));
        Map<String, Object> brokerWithoutCertificate = SampleInputs.membership(PartyCodes.residentIdWithCheck("22010219850312002"));
        brokerWithoutCertificate.put("kind", "BROKER");
        Map<String, Object> noRegion = SampleInputs.membership(SampleInputs.newCreditCode());
        noRegion.put("regionCode", "长春");

        assertThat(refusal(applyResponse(applicant, personsNumber))).containsEntry("field", "input.creditCode");
        assertThat(refusal(applyResponse(applicant, brokerWithoutCertificate))).containsEntry("field", "input.broker");
        assertThat(refusal(applyResponse(applicant, noRegion))).containsEntry("field", "input.regionCode");
        assertThat(snapshot("changchun")).isEqualTo(before);
    }

    @Test
    void stepsTheWorkflowDoesNotAllowAreRefused() {
        String id = (String) apply(applicant, SampleInputs.membership(SampleInputs.newCreditCode())).get("id");

        assertThat(refusal(operator.execute("mutation($id: ID!) { reinstateMember(id: $id, expectedVersion: 1) { id } }", Map.of("id", id))))
                .containsEntry("field", "id").containsEntry("code", "ILLEGAL_TRANSITION");
        assertThat(refusal(operator.execute("mutation($id: ID!) { rejectMembershipApplication(id: $id, expectedVersion: 1, reason: \" \") { id } }",
                Map.of("id", id)))).containsEntry("field", "reason").containsEntry("code", "INVALID_INPUT");
        assertThat(refusal(operator.execute("mutation($id: ID!) { verifyMember(id: $id, expectedVersion: 5) { id } }", Map.of("id", id))))
                .containsEntry("code", "STALE_VERSION");

        ok(operator.execute("mutation($id: ID!) { verifyMember(id: $id, expectedVersion: 1) { id } }", Map.of("id", id)), "verifyMember");
        Map<String, Object> suspended = ok(operator.execute("mutation($id: ID!) { suspendMember(id: $id, expectedVersion: 2, reason: \"资质到期\") "
                + FIELDS + " }", Map.of("id", id)), "suspendMember");
        Map<String, Object> reinstated = ok(operator.execute("mutation($id: ID!) { reinstateMember(id: $id, expectedVersion: 3) " + FIELDS + " }",
                Map.of("id", id)), "reinstateMember");
        assertThat(suspended).containsEntry("status", "SUSPENDED").containsEntry("statusReason", "资质到期");
        assertThat(reinstated).containsEntry("status", "VERIFIED");
        assertThat(refusal(applicant.execute("mutation($id: ID!) { verifyMember(id: $id, expectedVersion: 4) { id } }", Map.of("id", id))))
                .as("an applicant cannot verify themselves").containsEntry("classification", "FORBIDDEN");
    }

    @Test
    void aPersonAppliesAtMostTwentyTimesADayAtACity() {
        TenantApi busy = endpoint("jilin", token("jilin-applicant"));
        for (int i = 0; i < MembershipWorkflow.APPLICATIONS_PER_DAY; i++) {
            ok(applyResponse(busy, SampleInputs.membership(SampleInputs.newCreditCode())), "applyForMembership");
        }
        String before = snapshot("jilin");

        ClientGraphQlResponse oneMore = applyResponse(busy, SampleInputs.membership(SampleInputs.newCreditCode()));

        assertThat(refusal(oneMore)).containsEntry("field", "input").containsEntry("code", "TOO_MANY_APPLICATIONS");
        assertThat(snapshot("jilin")).isEqualTo(before);
        assertThat(refusal(applyResponse(busy, SampleInputs.membership(SampleInputs.newCreditCode())))).as("still, and nothing else changed")
                .containsEntry("code", "TOO_MANY_APPLICATIONS");
    }

    @Test
    void verifiedMembersAreCountedByKindForEveryone() {
        long before = universities();
        Map<String, Object> application = SampleInputs.membership(SampleInputs.newCreditCode());
        application.put("kind", "UNIVERSITY");
        String id = (String) apply(applicant, application).get("id");
        assertThat(universities()).as("an application is not a member yet").isEqualTo(before);

        ok(operator.execute("mutation($id: ID!) { verifyMember(id: $id, expectedVersion: 1) { id } }", Map.of("id", id)), "verifyMember");

        assertThat(universities()).isEqualTo(before + 1);
    }

    /** Asked anonymously: the counts are as public as the library's. */
    private long universities() {
        List<Map<String, Object>> counts = endpoint("changchun", null).execute("{ memberCounts { kind count } }", Map.of()).field("memberCounts").getValue();
        return counts.stream().filter(c -> c.get("kind").equals("UNIVERSITY")).mapToLong(c -> ((Number) c.get("count")).longValue()).sum();
    }

    @Test
    void operatorsListApplicationsByStatusAndKind() {
        String id = (String) apply(applicant, SampleInputs.membership(SampleInputs.newCreditCode())).get("id");

        List<Map<String, Object>> waiting = operator.execute("{ members(first: 100, filter: {status: APPLIED, kind: ENTERPRISE}) { edges { node { id status kind } } } }",
                Map.of()).field("members.edges").getValue();

        assertThat(waiting).extracting(edge -> ((Map<String, Object>) edge.get("node")).get("id")).contains(id);
        assertThat(waiting).allSatisfy(edge -> assertThat((Map<String, Object>) edge.get("node")).containsEntry("status", "APPLIED"));
    }

    private Map<String, Object> apply(TenantApi person, Map<String, Object> input) {
        return ok(applyResponse(person, input), "applyForMembership");
    }

    private static ClientGraphQlResponse applyResponse(TenantApi person, Map<String, Object> input) {
        return person.execute("mutation($input: MembershipApplicationInput!) { applyForMembership(input: $input) " + FIELDS + " }",
                Map.of("input", input));
    }

    private static List<Map<String, Object>> mine(TenantApi person) {
        return person.execute("{ myMemberships { id status } }", Map.of()).field("myMemberships").getValue();
    }

    private static Map<String, Object> ok(ClientGraphQlResponse response, String field) {
        assertThat(response.getErrors()).as(field).isEmpty();
        return response.field(field).getValue();
    }

    private static Map<String, Object> refusal(ClientGraphQlResponse response) {
        return TenantApi.onlyError(response).getExtensions();
    }
}
