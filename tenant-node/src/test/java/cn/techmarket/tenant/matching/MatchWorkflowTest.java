package cn.techmarket.tenant.matching;

import cn.techmarket.model.id.GlobalId;
import cn.techmarket.model.record.RecordKind;
import cn.techmarket.tenant.support.SampleInputs;
import cn.techmarket.tenant.support.TenantApi;
import cn.techmarket.tenant.support.TenantNodeTest;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.client.ClientGraphQlResponse;

import java.time.Instant;
import java.time.Year;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Broker-assisted matching and the expert menu at the demand's sub-market: the workflow's allowed
 * and refused moves, who sees a cross-city match, and who may change it.
 */
class MatchWorkflowTest extends TenantNodeTest {

    private static final String FIELDS = "{ id tenantId demandId demandTitle candidateId candidateKind candidateTenantId candidateTitle"
            + " broker { name certificateNo } status closeReason version notes { author text } history { actor from to reason } }";

    /** An achievement of Jilin: the candidate lives in another city than the demand. */
    private static final String JILIN_ACHIEVEMENT = GlobalId.encode("jilin", "Achievement", "a0000001");

    @Test
    void aMatchMovesFromProposedToSignedWithItsHistoryAndNotes() {
        TenantApi operator = changchun();
        String demand = demand(operator);
        Map<String, Object> proposed = propose(operator, demand, JILIN_ACHIEVEMENT);
        assertThat(proposed).containsEntry("status", "PROPOSED").containsEntry("version", 1)
                .containsEntry("tenantId", "changchun").containsEntry("candidateTenantId", "jilin").containsEntry("candidateKind", "ACHIEVEMENT")
                .containsEntry("demandTitle", "寻求碳纤维原丝稳定化技术");
        String id = (String) proposed.get("id");

        Map<String, Object> contacted = move(operator, id, 1, "CONTACTED", null).field("moved").getValue();
        Map<String, Object> noted = operator.execute("mutation($id: ID!) { addMatchNote(id: $id, expectedVersion: 2, text: \"双方已电话沟通\") "
                + FIELDS + " }", Map.of("id", id)).field("addMatchNote").getValue();
        move(operator, id, 3, "NEGOTIATING", null);
        Map<String, Object> signed = move(operator, id, 4, "SIGNED", null).field("moved").getValue();

        assertThat(contacted).containsEntry("status", "CONTACTED");
        assertThat((List<Map<String, Object>>) noted.get("notes")).extracting(n -> n.get("text")).containsExactly("首轮推荐：指标吻合", "双方已电话沟通");
        assertThat(signed).containsEntry("status", "SIGNED").containsEntry("version", 5);
        assertThat((List<Map<String, Object>>) signed.get("history")).extracting(h -> h.get("to"))
                .containsExactly("PROPOSED", "CONTACTED", "NEGOTIATING", "SIGNED");
        assertThat((List<Map<String, Object>>) signed.get("history")).allSatisfy(h -> assertThat(h).containsEntry("actor", "changchun-operator"));
    }

    @Test
    void movesTheWorkflowDoesNotAllowAreRefusedNamingTheField() {
        TenantApi operator = changchun();
        String id = (String) propose(operator, demand(operator), JILIN_ACHIEVEMENT).get("id");

        assertThat(refusal(move(operator, id, 1, "SIGNED", null))).containsEntry("field", "id").containsEntry("code", "ILLEGAL_TRANSITION");
        assertThat(refusal(move(operator, id, 1, "CLOSED", " "))).containsEntry("field", "reason").containsEntry("code", "INVALID_INPUT");
        assertThat(refusal(move(operator, id, 7, "CONTACTED", null))).containsEntry("field", "expectedVersion").containsEntry("code", "STALE_VERSION");

        Map<String, Object> closed = move(operator, id, 1, "CLOSED", "企业预算调整，暂缓合作").field("moved").getValue();
        assertThat(closed).containsEntry("status", "CLOSED").containsEntry("closeReason", "企业预算调整，暂缓合作");
        assertThat(refusal(move(operator, id, 2, "CONTACTED", null))).as("closed is final").containsEntry("code", "ILLEGAL_TRANSITION");
        assertThat(refusal(operator.execute("mutation($id: ID!) { addMatchNote(id: $id, expectedVersion: 2, text: \"再联系\") { id } }",
                Map.of("id", id)))).containsEntry("code", "ILLEGAL_TRANSITION");
    }

    @Test
    void badProposalsAreRefusedNamingTheFieldAndChangeNothing() {
        TenantApi operator = changchun();
        String demand = demand(operator);
        String ownAchievement = (String) operator.create(RecordKind.ACHIEVEMENT, SampleInputs.valid(RecordKind.ACHIEVEMENT)).get("id");
        String jilinDemand = GlobalId.encode("jilin", "Demand", "d0000001");
        long before = count(operator);

        assertThat(refusal(proposing(operator, input(ownAchievement, JILIN_ACHIEVEMENT)))).as("not a demand").containsEntry("field", "input.demandId");
        assertThat(refusal(proposing(operator, input(jilinDemand, JILIN_ACHIEVEMENT)))).as("another city's demand").containsEntry("field", "input.demandId");
        assertThat(refusal(proposing(operator, input(demand, jilinDemand)))).as("a demand is no candidate").containsEntry("field", "input.candidateId");
        assertThat(refusal(proposing(operator, input(demand, "bm90LWFuLWlk")))).containsEntry("field", "input.candidateId");
        assertThat(refusal(proposing(operator, input(demand, GlobalId.encode("changchun", "Expert", "missing")))))
                .as("a local candidate must exist").containsEntry("field", "input.candidateId");
        Map<String, Object> noBroker = input(demand, JILIN_ACHIEVEMENT);
        noBroker.put("broker", Map.of("name", " "));
        assertThat(refusal(proposing(operator, noBroker))).containsEntry("field", "input.broker.name");
        assertThat(count(operator)).isEqualTo(before);

        propose(operator, demand, ownAchievement);
        assertThat(refusal(proposing(operator, input(demand, ownAchievement)))).as("one open match per pair").containsEntry("field", "input.candidateId");
    }

    @Test
    void theCandidatesCitySeesACrossCityMatchButOnlyTheDemandsCityChangesIt() {
        TenantApi operator = changchun();
        String demand = demand(operator);
        String crossCity = (String) propose(operator, demand, JILIN_ACHIEVEMENT).get("id");
        String local = (String) propose(operator, demand, GlobalId.encode("changchun", "Achievement",
                GlobalId.decode((String) operator.create(RecordKind.ACHIEVEMENT, SampleInputs.valid(RecordKind.ACHIEVEMENT)).get("id")).localId())).get("id");

        TenantApi jilinAtChangchun = endpoint("changchun", token("jilin-operator"));
        List<String> seenByJilin = ids(jilinAtChangchun.execute("{ matches(first: 100) { edges { node { id candidateTenantId } } } }", Map.of())
                .field("matches.edges").getValue());
        assertThat(seenByJilin).contains(crossCity).doesNotContain(local);
        assertThat((Object) jilinAtChangchun.execute("query($id: ID!) { match(id: $id) { id } }", Map.of("id", local)).field("match").getValue())
                .as("a match not involving Jilin").isNull();
        String node = "query($id: ID!) { node(id: $id) { id ... on Match { status candidateTenantId } } }";
        assertThat((Map<String, Object>) jilinAtChangchun.execute(node, Map.of("id", crossCity)).field("node").getValue())
                .as("a match is a node, seen as in the list").containsEntry("id", crossCity).containsEntry("candidateTenantId", "jilin");
        assertThat((Object) jilinAtChangchun.execute(node, Map.of("id", local)).field("node").getValue()).isNull();
        assertThat((Object) endpoint("changchun", null).execute(node, Map.of("id", crossCity)).field("node").getValue()).as("anonymous").isNull();
        assertThat(TenantApi.onlyError(move(jilinAtChangchun, crossCity, 1, "CONTACTED", null)).getErrorType().toString())
                .as("Jilin may not change Changchun's match").isEqualTo("FORBIDDEN");

        List<String> seenByStaff = ids(endpoint("changchun", token("province-staff"))
                .execute("{ matches(first: 100) { edges { node { id candidateTenantId } } } }", Map.of()).field("matches.edges").getValue());
        assertThat(seenByStaff).contains(crossCity, local);
        assertThat(TenantApi.onlyError(endpoint("changchun", null).execute("{ matches { edges { cursor } } }", Map.of()))
                .getErrorType().toString()).isEqualTo("UNAUTHORIZED");
    }

    @Test
    void anEnterprisePicksExpertsFromItsMenuAndTracksEachMeeting() {
        TenantApi operator = changchun();
        String demand = demand(operator);
        String jilinExpert = GlobalId.encode("jilin", "Expert", "e0000003");
        String ownExpert = (String) operator.create(RecordKind.EXPERT, SampleInputs.valid(RecordKind.EXPERT)).get("id");
        String nextWeek = Instant.now().plus(7, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
        List<Map<String, Object>> requests = operator.execute("mutation($input: MeetingRequestInput!) { requestExpertMeetings(input: $input)"
                + " { id status expertId expertTenantId expertName enterpriseName version } }", Map.of("input", Map.of(
                "demandId", demand, "topic", "碳纤维原丝稳定化工艺咨询", "proposedTimes", List.of(nextWeek),
                "experts", List.of(Map.of("id", jilinExpert, "name", "王建华"), Map.of("id", ownExpert, "name", "李明")))))
                .field("requestExpertMeetings").getValue();
        assertThat(requests).extracting(r -> r.get("status")).containsOnly("REQUESTED");
        assertThat(requests).extracting(r -> r.get("expertTenantId")).containsExactly("jilin", "changchun");
        String id = (String) requests.get(0).get("id");

        assertThat(refusal(meeting(operator, id, 1, "SCHEDULED", null, null))).containsEntry("field", "scheduledAt");
        assertThat(refusal(meeting(operator, id, 1, "HELD", null, null))).containsEntry("code", "ILLEGAL_TRANSITION");
        meeting(operator, id, 1, "SCHEDULED", nextWeek, null);
        Map<String, Object> held = meeting(operator, id, 2, "HELD", null, null).field("moved").getValue();
        assertThat(held).containsEntry("status", "HELD").containsEntry("scheduledAt", nextWeek);
        assertThat(refusal(meeting(operator, id, 3, "CANCELLED", null, "不需要了"))).as("held is final").containsEntry("code", "ILLEGAL_TRANSITION");

        assertThat(refusal(operator.execute("mutation($input: MeetingRequestInput!) { requestExpertMeetings(input: $input) { id } }",
                Map.of("input", Map.of("demandId", demand, "topic", "再次咨询", "proposedTimes", List.of("2020-01-01T00:00:00Z"),
                        "experts", List.of(Map.of("id", jilinExpert, "name", "王建华")))))))
                .containsEntry("field", "input.proposedTimes[0]");
        List<String> seenByJilin = ids(endpoint("changchun", token("jilin-operator"))
                .execute("{ meetingRequests(first: 100) { edges { node { id expertTenantId } } } }", Map.of()).field("meetingRequests.edges").getValue());
        assertThat(seenByJilin).contains(id).doesNotContain((String) requests.get(1).get("id"));
    }

    @Test
    void statisticsCountEachStepInTheMonthItWasTaken() {
        TenantApi operator = jilin();
        int year = Year.now(ZoneId.of("Asia/Shanghai")).getValue();
        int month = java.time.LocalDate.now(ZoneId.of("Asia/Shanghai")).getMonthValue();
        Map<String, Object> before = statistics(operator, year);
        String demand = demand(operator);
        String first = (String) propose(operator, demand, GlobalId.encode("changchun", "Achievement", "a0000001")).get("id");
        String second = (String) propose(operator, demand, GlobalId.encode("changchun", "Expert", "e0000001")).get("id");
        move(operator, first, 1, "CONTACTED", null);
        move(operator, first, 2, "NEGOTIATING", null);
        move(operator, first, 3, "SIGNED", null);
        move(operator, second, 1, "CLOSED", "专家档期冲突");

        Map<String, Object> after = statistics(endpoint("jilin", token("province-staff")), year);

        assertThat(difference(before, after, "proposed")).isEqualTo(2);
        assertThat(difference(before, after, "contacted")).isEqualTo(1);
        assertThat(difference(before, after, "signed")).isEqualTo(1);
        assertThat(difference(before, after, "closed")).isEqualTo(1);
        assertThat((List<Map<String, Object>>) after.get("byMonth")).anySatisfy(m -> assertThat(m).containsEntry("month", month));
        assertThat(TenantApi.onlyError(endpoint("jilin", token("changchun-operator")).execute(STATISTICS, Map.of("year", year)))
                .getErrorType().toString()).isEqualTo("FORBIDDEN");
    }

    private static final String STATISTICS = "query($year: Int!) { matchStatistics(year: $year) { year proposed contacted signed closed"
            + " byMonth { month proposed contacted signed closed } } }";

    private static Map<String, Object> statistics(TenantApi api, int year) {
        ClientGraphQlResponse response = api.execute(STATISTICS, Map.of("year", year));
        assertThat(response.getErrors()).isEmpty();
        return response.field("matchStatistics").getValue();
    }

    private static int difference(Map<String, Object> before, Map<String, Object> after, String field) {
        return ((Number) after.get(field)).intValue() - ((Number) before.get(field)).intValue();
    }

    private static String demand(TenantApi operator) {
        Map<String, Object> input = SampleInputs.valid(RecordKind.DEMAND);
        input.put("title", "寻求碳纤维原丝稳定化技术");
        return (String) operator.create(RecordKind.DEMAND, input).get("id");
    }

    private static Map<String, Object> input(String demand, String candidate) {
        Map<String, Object> input = new HashMap<>();
        input.put("demandId", demand);
        input.put("candidateId", candidate);
        input.put("candidateTitle", "大丝束碳纤维原丝制备技术");
        input.put("broker", Map.of("name", "赵经纪", "certificateNo", "JL-TB-2026-0017"));
        input.put("note", "首轮推荐：指标吻合");
        return input;
    }

    private static Map<String, Object> propose(TenantApi operator, String demand, String candidate) {
        ClientGraphQlResponse response = proposing(operator, input(demand, candidate));
        assertThat(response.getErrors()).isEmpty();
        return response.field("proposeMatch").getValue();
    }

    private static ClientGraphQlResponse proposing(TenantApi operator, Map<String, Object> input) {
        return operator.execute("mutation($input: MatchInput!) { proposeMatch(input: $input) " + FIELDS + " }", Map.of("input", input));
    }

    /** The step to {@code to}, answered under the alias {@code moved}. */
    private static ClientGraphQlResponse move(TenantApi operator, String id, int version, String to, String reason) {
        Map<String, Object> variables = new HashMap<>(Map.of("id", id, "v", version));
        if (to.equals("CLOSED")) {
            variables.put("reason", reason);
            return operator.execute("mutation($id: ID!, $v: Int!, $reason: String!) { moved: closeMatch(id: $id, expectedVersion: $v,"
                    + " reason: $reason) " + FIELDS + " }", variables);
        }
        String step = Map.of("CONTACTED", "contactMatch", "NEGOTIATING", "negotiateMatch", "SIGNED", "signMatch").get(to);
        return operator.execute("mutation($id: ID!, $v: Int!) { moved: " + step + "(id: $id, expectedVersion: $v) " + FIELDS + " }", variables);
    }

    /** The meeting step to {@code to}, answered under the alias {@code moved}. */
    private static ClientGraphQlResponse meeting(TenantApi operator, String id, int version, String to, String at, String reason) {
        Map<String, Object> variables = new HashMap<>(Map.of("id", id, "v", version));
        String fields = " { id status scheduledAt version } }";
        return switch (to) {
            case "SCHEDULED" -> {
                variables.put("at", at);
                yield operator.execute("mutation($id: ID!, $v: Int!, $at: DateTime!) { moved: scheduleMeeting(id: $id, expectedVersion: $v,"
                        + " scheduledAt: $at)" + fields, variables);
            }
            case "HELD" -> operator.execute("mutation($id: ID!, $v: Int!) { moved: holdMeeting(id: $id, expectedVersion: $v)" + fields, variables);
            default -> {
                variables.put("reason", reason);
                String step = to.equals("DECLINED") ? "declineMeeting" : "cancelMeeting";
                yield operator.execute("mutation($id: ID!, $v: Int!, $reason: String!) { moved: " + step + "(id: $id, expectedVersion: $v,"
                        + " reason: $reason)" + fields, variables);
            }
        };
    }

    private static long count(TenantApi operator) {
        List<?> edges = operator.execute("{ matches(first: 100) { edges { cursor } } }", Map.of()).field("matches.edges").getValue();
        return edges.size();
    }

    private static List<String> ids(List<Map<String, Object>> edges) {
        return edges.stream().map(edge -> (String) ((Map<String, Object>) edge.get("node")).get("id")).toList();
    }

    private static Map<String, Object> refusal(ClientGraphQlResponse response) {
        return TenantApi.onlyError(response).getExtensions();
    }
}
