package cn.techmarket.tenant.matching;

import cn.techmarket.model.id.GlobalId;
import cn.techmarket.model.record.RecordKind;
import cn.techmarket.tenant.support.Memberships;
import cn.techmarket.tenant.support.SampleInputs;
import cn.techmarket.tenant.support.TenantApi;
import cn.techmarket.tenant.support.TenantNodeTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.client.ClientGraphQlResponse;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Members act on matchmaking themselves: a demand's owner follows its matches, sees the other
 * side's contact once the match is contacted, and asks to meet experts; a broker member proposes
 * matches across cities and moves them to signed, and the contracts that link them make the
 * broker's turnover. No one else reaches any of it.
 */
class MembersInMatchmakingTest extends TenantNodeTest {

    private static final String MATCH = "{ id status demandOwner broker { name certificateNo memberId } version"
            + " demandContact { name phone } candidateContact { name phone } }";
    private static final String JILIN_EXPERT = GlobalId.encode("jilin", "Expert", "e0000003");
    private static final String JILIN_ACHIEVEMENT = GlobalId.encode("jilin", "Achievement", "a0000001");

    private TenantApi person;
    private TenantApi somebodyElse;
    private TenantApi operator;

    @BeforeEach
    void people() {
        person = endpoint("changchun", token("changchun-broker"));
        somebodyElse = endpoint("changchun", token("changchun-bank"));
        operator = changchun();
    }

    @Test
    void aDemandsOwnerFollowsItsMatchesAndSeesTheCandidatesContactOnlyOnceContacted() {
        String enterprise = verified(person, enterprise());
        String demand = demand(person, enterprise);
        Map<String, Object> local = SampleInputs.valid(RecordKind.ACHIEVEMENT);
        local.put("contact", Map.of("name", "孙工", "phone", "0431-85550123"));
        String achievement = (String) operator.create(RecordKind.ACHIEVEMENT, local).get("id");

        Map<String, Object> proposed = ok(operator.execute("mutation($input: MatchInput!) { proposeMatch(input: $input) " + MATCH + " }",
                Map.of("input", proposal(demand, achievement, true))), "proposeMatch");
        String id = (String) proposed.get("id");
        assertThat(proposed).containsEntry("demandOwner", enterprise).containsEntry("candidateContact", null);
        assertThat(matchesOf(person)).contains(id);
        assertThat(matchesOf(somebodyElse)).doesNotContain(id);
        assertThat(person.execute("query($id: ID!) { node(id: $id) { id } }", Map.of("id", id)).field("node.id").<String>getValue()).isEqualTo(id);

        Map<String, Object> contacted = ok(operator.execute("mutation($id: ID!) { contactMatch(id: $id, expectedVersion: 1) " + MATCH + " }",
                Map.of("id", id)), "contactMatch");
        assertThat(contacted.get("candidateContact")).isEqualTo(Map.of("name", "孙工", "phone", "0431-85550123"));
        Map<String, Object> seenByOwner = ok(person.execute("query($id: ID!) { match(id: $id) " + MATCH + " }", Map.of("id", id)), "match");
        assertThat(seenByOwner.get("candidateContact")).as("the owner now sees whom to call").isEqualTo(contacted.get("candidateContact"));

        String before = snapshot("changchun");
        assertThat(refusal(person.execute("mutation($id: ID!) { negotiateMatch(id: $id, expectedVersion: 2) { id } }", Map.of("id", id))))
                .as("the owner follows the match; the broker moves it").containsEntry("field", "id").containsEntry("code", "NOT_FOUND");
        assertThat(snapshot("changchun")).isEqualTo(before);
    }

    @Test
    void aDemandsOwnerAsksToMeetExpertsOfAnyCityAndTheExpertsCityIsTold() {
        String enterprise = verified(person, enterprise());
        String demand = demand(person, enterprise);
        String nextWeek = Instant.now().plus(7, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
        Map<String, Object> input = Map.of("demandId", demand, "topic", "原丝稳定化工艺咨询", "proposedTimes", List.of(nextWeek),
                "experts", List.of(Map.of("id", JILIN_EXPERT, "name", "王建华")));
        String before = snapshot("changchun");

        assertThat(refusal(somebodyElse.execute(REQUEST, Map.of("input", input)))).as("another person's demand")
                .containsEntry("field", "input.demandId").containsEntry("code", "NOT_FOUND");
        assertThat(snapshot("changchun")).isEqualTo(before);
        List<Map<String, Object>> requests = ok(person.execute(REQUEST, Map.of("input", input)), "requestExpertMeetings");
        String id = (String) requests.get(0).get("id");

        assertThat(requests.get(0)).containsEntry("demandOwner", enterprise).containsEntry("status", "REQUESTED");
        List<String> mine = ids(ok(person.execute("{ meetingRequests(first: 100) { edges { node { id } } } }", Map.of()), "meetingRequests.edges"));
        assertThat(mine).contains(id);
        assertThat(ids(ok(somebodyElse.execute("{ meetingRequests(first: 100) { edges { node { id } } } }", Map.of()), "meetingRequests.edges")))
                .doesNotContain(id);
        TenantApi jilinAtChangchun = endpoint("changchun", token("jilin-operator"));
        assertThat(inboxAbout(jilinAtChangchun, id)).as("the expert's city is told").containsExactly("MEETING_REQUESTED");
        assertThat(inboxAbout(operator, id)).containsExactly("MEETING_REQUESTED");

        assertThat(refusal(somebodyElse.execute(CANCEL, Map.of("id", id)))).containsEntry("code", "NOT_FOUND");
        Map<String, Object> cancelled = ok(person.execute(CANCEL, Map.of("id", id)), "cancelMeeting");
        assertThat(cancelled).containsEntry("status", "CANCELLED");
    }

    @Test
    void aBrokerMemberProposesACrossCityMatchSignsItAndTheLinkedContractMakesTheTurnover() {
        String broker = verified(person, broker());
        String demand = (String) operator.create(RecordKind.DEMAND, SampleInputs.valid(RecordKind.DEMAND)).get("id");
        int year = Year.now(ZoneId.of("Asia/Shanghai")).getValue();

        Map<String, Object> proposed = ok(propose(person, proposal(demand, JILIN_ACHIEVEMENT, false), broker), "proposeMatch");
        String id = (String) proposed.get("id");
        assertThat(proposed.get("broker")).isEqualTo(Map.of("name", "钱经纪", "certificateNo", "JL-TB-2026-0931", "memberId", broker));
        assertThat(refusal(somebodyElse.execute("mutation($id: ID!) { contactMatch(id: $id, expectedVersion: 1) { id } }", Map.of("id", id))))
                .as("another person does not move the broker's match").containsEntry("code", "NOT_FOUND");
        Map<String, Object> contacted = ok(person.execute("mutation($id: ID!, $c: ContactInput) { contactMatch(id: $id, expectedVersion: 1,"
                + " candidateContact: $c) " + MATCH + " }", Map.of("id", id, "c", Map.of("name", "吉林大学技术转移中心", "phone", "0431-85166666"))),
                "contactMatch");
        assertThat(contacted.get("candidateContact")).as("another city's contact, as the broker reached it")
                .isEqualTo(Map.of("name", "吉林大学技术转移中心", "phone", "0431-85166666"));
        ok(person.execute("mutation($id: ID!) { negotiateMatch(id: $id, expectedVersion: 2) { id } }", Map.of("id", id)), "negotiateMatch");

        Map<String, Object> contract = SampleInputs.contract();
        contract.put("matchId", id);
        assertThat(refusal(submitContract(operator, contract))).as("a contract links a signed match").containsEntry("field", "input.matchId");
        ok(person.execute("mutation($id: ID!) { signMatch(id: $id, expectedVersion: 3) { id } }", Map.of("id", id)), "signMatch");
        String contractId = idOf(submitContract(operator, contract), "submitContract");
        ok(operator.execute("mutation($id: ID!) { startContractReview(id: $id, expectedVersion: 1) { id } }", Map.of("id", contractId)),
                "startContractReview");
        ok(endpoint("changchun", token("changchun-registrar")).execute("mutation($id: ID!) { registerContract(id: $id, expectedVersion: 2)"
                + " { id } }", Map.of("id", contractId)), "registerContract");

        Map<String, Object> performance = ok(person.execute("query($id: ID!, $year: Int!) { node(id: $id) { ... on Member {"
                + " brokerPerformance(year: $year) { proposed contacted signed contracts turnover certificateNumber } } } }",
                Map.of("id", broker, "year", year)), "node.brokerPerformance");
        assertThat(performance).isEqualTo(Map.of("proposed", 1, "contacted", 1, "signed", 1, "contracts", 1,
                "turnover", "1200000.00", "certificateNumber", "JL-TB-2026-0931"));
        List<Map<String, Object>> ranking = ok(endpoint("changchun", token("province-staff")).execute("query($year: Int!) {"
                + " brokerRanking(year: $year) { memberId turnover } }", Map.of("year", year)), "brokerRanking");
        assertThat(ranking).filteredOn(row -> broker.equals(row.get("memberId"))).singleElement()
                .satisfies(row -> assertThat(new BigDecimal((String) row.get("turnover"))).isEqualByComparingTo("1200000"));
    }

    @Test
    void onlyAVerifiedBrokerMemberProposesAsABrokerAndBadProposalsChangeNothing() {
        String enterprise = verified(person, enterprise());
        String broker = verified(person, broker());
        String demand = (String) operator.create(RecordKind.DEMAND, SampleInputs.valid(RecordKind.DEMAND)).get("id");
        String before = snapshot("changchun");

        assertThat(refusal(propose(person, proposal(demand, JILIN_ACHIEVEMENT, false), null))).containsEntry("field", "memberId");
        assertThat(refusal(propose(person, proposal(demand, JILIN_ACHIEVEMENT, false), enterprise))).as("an enterprise is no broker")
                .containsEntry("field", "memberId").containsEntry("code", "INVALID_INPUT");
        assertThat(refusal(propose(somebodyElse, proposal(demand, JILIN_ACHIEVEMENT, false), broker))).as("not their member")
                .containsEntry("field", "memberId").containsEntry("code", "NOT_FOUND");
        assertThat(refusal(propose(person, proposal(demand, JILIN_ACHIEVEMENT, true), broker))).as("the certificate is the member's")
                .containsEntry("field", "input.broker");
        assertThat(refusal(propose(operator, proposal(demand, JILIN_ACHIEVEMENT, false), null))).as("the operators name a broker")
                .containsEntry("field", "input.broker");
        assertThat(snapshot("changchun")).isEqualTo(before);
    }

    private static final String REQUEST = "mutation($input: MeetingRequestInput!) { requestExpertMeetings(input: $input)"
            + " { id status demandOwner } }";
    private static final String CANCEL = "mutation($id: ID!) { cancelMeeting(id: $id, expectedVersion: 1, reason: \"需求已变更\") { id status } }";

    private static ClientGraphQlResponse propose(TenantApi who, Map<String, Object> input, String member) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("input", input);
        variables.put("member", member);
        return who.execute("mutation($input: MatchInput!, $member: ID) { proposeMatch(input: $input, memberId: $member) " + MATCH + " }",
                variables);
    }

    private static Map<String, Object> proposal(String demand, String candidate, boolean namingBroker) {
        Map<String, Object> input = new HashMap<>(Map.of("demandId", demand, "candidateId", candidate, "candidateTitle", "大丝束碳纤维原丝制备技术"));
        if (namingBroker) {
            input.put("broker", Map.of("name", "赵经纪", "certificateNo", "JL-TB-2026-0017"));
        }
        return input;
    }

    private static ClientGraphQlResponse submitContract(TenantApi who, Map<String, Object> input) {
        return who.execute("mutation($input: ContractInput!) { submitContract(input: $input) { id } }", Map.of("input", input));
    }

    private String verified(TenantApi who, Map<String, Object> application) {
        return Memberships.verified(operator, who, application);
    }

    private static Map<String, Object> enterprise() {
        return SampleInputs.membership(SampleInputs.newCreditCode());
    }

    private static Map<String, Object> broker() {
        Map<String, Object> input = SampleInputs.membership(SampleInputs.newResidentId());
        input.put("kind", "BROKER");
        input.put("name", "钱经纪");
        input.put("broker", Map.of("certificateNumber", "JL-TB-2026-0931", "level", "INTERMEDIATE", "institution", "吉林省技术市场"));
        return input;
    }

    private static String demand(TenantApi who, String member) {
        Map<String, Object> variables = new HashMap<>(Map.of("input", SampleInputs.valid(RecordKind.DEMAND), "member", member));
        return idOf(who.execute("mutation($input: DemandInput!, $member: ID) { createDemand(input: $input, memberId: $member) { id } }",
                variables), "createDemand");
    }

    private static List<String> matchesOf(TenantApi who) {
        return ids(ok(who.execute("{ matches(first: 100) { edges { node { id } } } }", Map.of()), "matches.edges"));
    }

    private static List<Object> inboxAbout(TenantApi who, String about) {
        List<Map<String, Object>> messages = ok(who.execute("{ inbox(first: 100) { messages { topic about } } }", Map.of()), "inbox.messages");
        return messages.stream().filter(message -> about.equals(message.get("about"))).map(message -> message.get("topic")).toList();
    }

    private static List<String> ids(List<Map<String, Object>> edges) {
        return edges.stream().map(edge -> (String) ((Map<String, Object>) edge.get("node")).get("id")).toList();
    }

    private static <T> T ok(ClientGraphQlResponse response, String path) {
        assertThat(response.getErrors()).as(path).isEmpty();
        return response.field(path).getValue();
    }

    private static String idOf(ClientGraphQlResponse response, String path) {
        return ok(response, path + ".id");
    }

    private static Map<String, Object> refusal(ClientGraphQlResponse response) {
        return TenantApi.onlyError(response).getExtensions();
    }
}
