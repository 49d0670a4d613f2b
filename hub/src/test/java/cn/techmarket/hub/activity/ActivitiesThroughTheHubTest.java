package cn.techmarket.hub.activity;

import cn.techmarket.hub.support.HubIntegrationTest;
import cn.techmarket.hub.support.HubSecurity;
import cn.techmarket.hub.support.HubServers;
import cn.techmarket.hub.support.RegistryBootstrap;
import cn.techmarket.hub.support.TenantNodeProcesses;
import cn.techmarket.hub.support.TenantNodeProcesses.TenantNode;
import cn.techmarket.infra.process.FreePort;
import cn.techmarket.model.id.TypedId;
import cn.techmarket.model.region.MarketTime;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.client.HttpGraphQlClient;
import org.springframework.graphql.client.HttpSyncGraphQlClient;
import org.springframework.http.client.reactive.JdkClientHttpConnector;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.Disposable;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Activities through the hub with real tokens, organised by Changchun's market on a node that also
 * serves Siping, with Jilin on a node of its own: an exhibition showing records of the three cities
 * with their owners' consent and a waiting list; a roadshow whose questions reach subscribed
 * clients live; a fair whose outcomes start two broker matches and record an intention agreement.
 * The province's statistics count exactly those.
 */
@SuppressWarnings("unchecked")
@HubIntegrationTest(properties = {"market.hub.registry.probe-interval=1h", "market.hub.search.index-prefix=activities-test"})
class ActivitiesThroughTheHubTest {

    private static final int HUB_PORT = FreePort.find();
    private static final String ACTIVITY = "{ id version status phase title participants { number title recordTenantId owner consent hall }"
            + " roster { seated waiting attended seatsLeft } outcomes { number kind amount matchId parties { name } } }";

    @RegisterExtension
    static final TenantNode changchunAndSiping = TenantNodeProcesses.start("activities_cc", List.of("changchun", "siping"), FreePort.find(),
            List.of("--market.node.demo.members=true", "--market.node.hub.url=http://127.0.0.1:" + HUB_PORT));

    @RegisterExtension
    static final TenantNode jilin = TenantNodeProcesses.start("activities_jl", List.of("jilin"), FreePort.find(),
            List.of("--market.node.demo.members=true", "--market.node.hub.url=http://127.0.0.1:" + HUB_PORT));

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        HubServers.configure(registry, "activities_hub");
        registry.add("server.port", () -> HUB_PORT);
        RegistryBootstrap.of(registry).cities(changchunAndSiping, "changchun", "siping").cities(jilin, "jilin");
    }

    private final HttpSyncGraphQlClient operator = client("changchun-operator");
    private final HttpSyncGraphQlClient staff = client("province-staff");

    @Test
    void anExhibitionShowsRecordsOfThreeCitiesWithTheirOwnersConsentAndKeepsAWaitingList() {
        int year = Instant.now().atZone(MarketTime.ZONE).getYear();
        Map<String, Object> before = provinceActivities(year);
        String id = activity(Map.of("kind", "EXHIBITION", "title", "吉林省新材料与先进装备网上展会", "theme", "新材料·先进装备", "online", true,
                "startsAt", Instant.now().minus(Duration.ofMinutes(10)).toString(), "endsAt", Instant.now().plus(Duration.ofDays(14)).toString(),
                "capacity", 2, "halls", List.of(Map.of("name", "新材料馆"), Map.of("name", "先进装备馆"))));
        String own = achievement("changchun", null);
        String siping = achievement("siping", member("siping", "university"));
        String jilinOwn = achievement("jilin", member("jilin", "university"));
        invite(id, Map.of("role", "EXHIBIT", "recordId", own, "hall", 1));
        Map<String, Object> invitedSiping = invite(id, Map.of("role", "EXHIBIT", "recordId", siping, "hall", 1));
        Map<String, Object> invited = invite(id, Map.of("role", "EXHIBIT", "recordId", jilinOwn, "hall", 2));
        assertThat((List<Map<String, Object>>) invited.get("participants")).extracting(p -> p.get("consent"))
                .containsExactly("ACCEPTED", "INVITED", "INVITED");
        assertThat(invite(id, Map.of("role", "EXHIBIT", "recordId", jilinOwn, "hall", 2)).get("version")).as("inviting again changes nothing")
                .isEqualTo(invited.get("version"));
        assertThat(participants(client(null), id, null)).as("only what the owners agreed to show").hasSize(1);

        answer(client("siping-university"), id, 2, true);
        answer(client("jilin-university"), id, 3, true);
        assertThat(refusal(client("changchun-bank").document("mutation($id: ID!) { answerInvitation(id: $id, number: 3, accept: false,"
                + " reason: \"不参展\") { id } }").variable("id", id).executeSync())).as("someone else's invitation").containsEntry("field", "number");
        List<Map<String, Object>> shown = participants(client(null), id, null);
        assertThat(shown).extracting(p -> p.get("recordTenantId")).containsExactly("changchun", "siping", "jilin");
        String word = ((String) shown.get(2).get("title")).substring(0, 4);
        assertThat(participants(client(null), id, word)).as("an exhibit found within the exhibition").extracting(p -> p.get("title"))
                .contains(shown.get(2).get("title"));

        // two seats: the third registration waits, and takes the seat the first gives back
        register(client("changchun-enterprise"), id, member("changchun", "enterprise"));
        register(client("jilin-enterprise"), id, member("jilin", "enterprise"));
        Map<String, Object> full = register(client("siping-enterprise"), id, member("siping", "enterprise"));
        assertThat((Map<String, Object>) full.get("roster")).containsEntry("seated", 2).containsEntry("waiting", 1).containsEntry("seatsLeft", 0);
        Map<String, Object> waiting = myRegistration(client("siping-enterprise"), member("siping", "enterprise"), id);
        assertThat(waiting).containsEntry("waitPosition", 1);
        assertThat((Map<String, Object>) waiting.get("registration")).containsEntry("status", "WAITLISTED");
        Map<String, Object> again = register(client("siping-enterprise"), id, member("siping", "enterprise"));
        assertThat((Map<String, Object>) again.get("roster")).as("registering again changes nothing").containsEntry("waiting", 1);
        ok(client("changchun-enterprise").document("mutation($id: ID!, $m: ID!) { cancelActivityRegistration(id: $id, memberId: $m) { id } }")
                .variable("id", id).variable("m", member("changchun", "enterprise")).executeSync(), "cancelActivityRegistration");
        Map<String, Object> promoted = myRegistration(client("siping-enterprise"), member("siping", "enterprise"), id);
        assertThat((Map<String, Object>) promoted.get("registration")).containsEntry("status", "REGISTERED");
        Map<String, Object> checkedIn = ok(operator.document("mutation($id: ID!, $m: ID!) { checkInAttendee(id: $id, memberId: $m) " + ACTIVITY + " }")
                .variable("id", id).variable("m", member("jilin", "enterprise")).executeSync(), "checkInAttendee");
        assertThat((Map<String, Object>) checkedIn.get("roster")).containsEntry("seated", 2).containsEntry("attended", 1);

        Map<String, Object> after = provinceActivities(year);
        assertThat(delta(after, before, "exhibitions")).isEqualTo(1);
        assertThat(delta(after, before, "exhibits")).isEqualTo(3);
        assertThat(delta(after, before, "attended")).isEqualTo(1);
        assertThat(delta(after, before, "registered")).isEqualTo(2);
        assertThat(upcoming()).as("the province's calendar").contains(id);
    }

    @Test
    void aRoadshowsQuestionsReachSubscribedClientsLiveAsTheyAreAskedPublishedAndAnswered() {
        Instant start = Instant.now().minus(Duration.ofMinutes(10));
        String id = activity(Map.of("kind", "ROADSHOW", "title", "科技型企业常态化融资路演（第12期）", "online", true, "startsAt", start.toString(),
                "endsAt", start.plus(Duration.ofHours(3)).toString()));
        invite(id, Map.of("role", "PRESENTER", "memberId", member("changchun", "enterprise"), "pitch", "石墨烯导热膜量产，寻求A轮融资。",
                "amountSought", "30000000.00", "slotStartsAt", start.toString(), "slotEndsAt", start.plus(Duration.ofMinutes(20)).toString(),
                "streamUrl", "https://live.example.cn/roadshow/12"));
        answer(client("changchun-enterprise"), id, 1, true);
        register(client("jilin-enterprise"), id, member("jilin", "enterprise"));

        List<Map<String, Object>> seenByAttendee = new CopyOnWriteArrayList<>();
        List<Map<String, Object>> seenByOrganiser = new CopyOnWriteArrayList<>();
        List<Map<String, Object>> seenByStranger = new CopyOnWriteArrayList<>();
        Disposable attendee = live("jilin-enterprise", id).subscribe(seenByAttendee::add);
        Disposable organiser = live("changchun-operator", id).subscribe(seenByOrganiser::add);
        Disposable stranger = live("siping-bank", id).subscribe(seenByStranger::add);
        try {
            // the three streams are open once a first published question has reached each of them
            String first = ask(id, "路演材料会在会后提供吗？");
            publish(id, first);
            Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> List.of(seenByAttendee, seenByOrganiser, seenByStranger).stream()
                    .allMatch(seen -> seen.stream().anyMatch(q -> first.equals(q.get("id")))));
            String question = ask(id, "量产线的良品率目前是多少？");
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> seenByAttendee.stream().anyMatch(q -> question.equals(q.get("id")))
                    && seenByOrganiser.stream().anyMatch(q -> question.equals(q.get("id"))));
            seenByAttendee.removeIf(q -> !question.equals(q.get("id")));
            seenByOrganiser.removeIf(q -> !question.equals(q.get("id")));
            seenByStranger.removeIf(q -> !question.equals(q.get("id")));
            assertThat(seenByAttendee).extracting(q -> q.get("status")).containsExactly("PENDING");
            assertThat(seenByStranger).as("a pending question is the asker's and the organisers'").isEmpty();
            publish(id, question);
            ok(client("changchun-enterprise").document("mutation($id: ID!, $q: ID!) { answerQuestion(id: $id, questionId: $q,"
                    + " text: \"中试线良品率92%，量产线目标96%。\") { id } }").variable("id", id).variable("q", question).executeSync(), "answerQuestion");
            // a poll may find the publication and the answer together: each client receives the question as it now is, never older
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> answered(seenByAttendee, question) && answered(seenByOrganiser, question)
                    && answered(seenByStranger, question));
            assertThat(seenByAttendee.get(0)).containsEntry("status", "PENDING");
            assertThat(seenByOrganiser.get(0)).containsEntry("status", "PENDING");
            assertThat(seenByStranger).as("the published question and its answer, never the pending one")
                    .allSatisfy(q -> assertThat(q).containsEntry("status", "PUBLISHED"));
            Map<String, Object> answered = seenByStranger.get(seenByStranger.size() - 1);
            assertThat((Map<String, Object>) answered.get("answer")).containsEntry("text", "中试线良品率92%，量产线目标96%。")
                    .containsEntry("by", "长春华创新材料科技有限公司");
            ClientGraphQlResponse anonymous = HttpGraphQlClient.create(WebClient.builder().baseUrl("http://127.0.0.1:" + HUB_PORT + "/graphql")
                    .clientConnector(new JdkClientHttpConnector()).build()).document("subscription($id: ID!) { activityQuestions(id: $id) { id } }")
                    .variable("id", id).executeSubscription().blockFirst(Duration.ofSeconds(10));
            assertThat(anonymous.getErrors()).as("nobody signed in").singleElement()
                    .satisfies(error -> assertThat(error.getErrorType().toString()).isEqualTo("UNAUTHORIZED"));
            assertThat(refusal(client("siping-bank").document("mutation($id: ID!, $m: ID!) { askQuestion(id: $id, memberId: $m, text: \"估值多少？\") { id } }")
                    .variable("id", id).variable("m", member("siping", "bank")).executeSync())).as("not registered").containsEntry("field", "memberId");
        } finally {
            attendee.dispose();
            organiser.dispose();
            stranger.dispose();
        }
    }

    @Test
    void aFairsOutcomesStartTwoBrokerMatchesAndRecordAnIntentionAgreement() {
        int year = Instant.now().atZone(MarketTime.ZONE).getYear();
        Map<String, Object> before = provinceActivities(year);
        String id = activity(Map.of("kind", "FAIR", "fairFormat", "UNIVERSITIES", "title", "两院十校科技成果对接会—吉林大学专场", "online", false,
                "place", "长春市净月高新区科技大市场交易大厅", "startsAt", Instant.now().minus(Duration.ofHours(1)).toString(),
                "endsAt", Instant.now().plus(Duration.ofHours(3)).toString(), "capacity", 200));
        String demand = demandOf("changchun", member("changchun", "enterprise"));
        String changchunAchievement = achievement("changchun", null);
        String jilinAchievement = achievement("jilin", member("jilin", "university"));
        Map<String, Object> broker = Map.of("name", "王明", "certificateNo", "JSJJR-2024-220100-001");
        outcome(operator, id, Map.of("kind", "MATCH_STARTED", "demandId", demand, "candidateId", changchunAchievement, "broker", broker));
        Map<String, Object> twoMatches = outcome(operator, id, Map.of("kind", "MATCH_STARTED", "demandId", demand, "candidateId", jilinAchievement,
                "broker", broker));
        List<String> matches = ((List<Map<String, Object>>) twoMatches.get("outcomes")).stream().map(o -> (String) o.get("matchId")).toList();
        assertThat(matches).hasSize(2).doesNotContainNull();
        for (String match : matches) {
            Map<String, Object> started = ok(operator.document("query($id: ID!) { tenant(id: \"changchun\") { match(id: $id) { status demandId candidateId } } }")
                    .variable("id", match).executeSync(), "tenant.match");
            assertThat(started).containsEntry("status", "PROPOSED").containsEntry("demandId", demand);
        }
        List<Map<String, Object>> parties = List.of(Map.of("memberId", member("changchun", "university"), "name", "长春理工学院"),
                Map.of("memberId", member("jilin", "enterprise"), "name", "吉林华创新材料科技有限公司"));
        assertThat(refusal(client("changchun-bank").document("mutation($id: ID!, $input: ActivityOutcomeInput!) { recordActivityOutcome(id: $id,"
                + " input: $input) { id } }").variable("id", id).variable("input", Map.of("kind", "INTENTION_AGREEMENT", "parties", parties,
                "amount", "1200000.00")).executeSync())).as("no party to it").containsEntry("field", "input.parties");
        Map<String, Object> agreed = outcome(client("jilin-enterprise"), id, Map.of("kind", "INTENTION_AGREEMENT", "parties", parties,
                "amount", "1200000.00", "note", "玄武岩纤维连续拉丝技术许可意向"));
        assertThat((List<Map<String, Object>>) agreed.get("outcomes")).extracting(o -> o.get("kind"))
                .containsExactly("MATCH_STARTED", "MATCH_STARTED", "INTENTION_AGREEMENT");

        Map<String, Object> after = provinceActivities(year);
        assertThat(delta(after, before, "fairs")).isEqualTo(1);
        assertThat(delta(after, before, "matchesStarted")).isEqualTo(2);
        assertThat(delta(after, before, "agreements")).isEqualTo(1);
        assertThat(new BigDecimal((String) total(after).get("agreementAmount")).subtract(new BigDecimal((String) total(before).get("agreementAmount"))))
                .isEqualByComparingTo("1200000.00");
        Map<String, Object> changchunRow = ((List<Map<String, Object>>) after.get("byCity")).stream()
                .filter(city -> "changchun".equals(city.get("tenantId"))).findFirst().orElseThrow();
        Map<String, Object> changchunOwn = ok(operator.document("query($y: Int!) { tenant(id: \"changchun\") { activityStatistics(year: $y) {"
                + " activities agreements agreementAmount matchesStarted attended } } }").variable("y", year).executeSync(), "tenant.activityStatistics");
        assertThat((Map<String, Object>) changchunRow.get("total")).containsAllEntriesOf(changchunOwn);
        String csv = RestClient.create("http://127.0.0.1:" + HUB_PORT).get().uri("/statistics/activities.csv?year=" + year + "&by=city")
                .header("Authorization", "Bearer " + HubSecurity.token("province-staff")).retrieve().body(String.class);
        assertThat(csv).contains("changchun,长春," + year + "," + changchunOwn.get("activities") + ",");
    }

    @Test
    void eachDemoCityHasAYearOfActivitiesAndTheProvincesCalendarShowsWhatIsToCome() {
        List<Map<String, Object>> edges = ok(operator.document("{ tenant(id: \"changchun\") { activities(first: 50) { edges { node { id kind status"
                + " outcomes { kind } roster { attended } } } } } }").executeSync(), "tenant.activities.edges");
        List<Map<String, Object>> demo = edges.stream().map(edge -> (Map<String, Object>) edge.get("node"))
                .filter(node -> new String(java.util.Base64.getUrlDecoder().decode((String) node.get("id"))).contains(":demo-")).toList();
        assertThat(demo).extracting(node -> node.get("kind")).contains("EXHIBITION", "ROADSHOW", "FAIR", "BANK_ENTERPRISE");
        assertThat(demo).hasSizeGreaterThanOrEqualTo(11);
        assertThat(demo).flatExtracting(node -> (List<Map<String, Object>>) node.get("outcomes")).extracting(o -> o.get("kind"))
                .contains("INTENTION_AGREEMENT", "FINANCING_INTENTION");
        List<Map<String, Object>> calendar = ok(client(null).document("{ upcomingActivities(first: 100) { id tenantId kind startsAt } }").executeSync(),
                "upcomingActivities");
        assertThat(calendar).extracting(a -> a.get("tenantId")).contains("changchun", "siping", "jilin");
        assertThat(calendar).extracting(a -> Instant.parse((String) a.get("startsAt"))).isSorted();
    }

    private static boolean answered(List<Map<String, Object>> received, String question) {
        return received.stream().anyMatch(q -> question.equals(q.get("id")) && q.get("answer") != null);
    }

    private String ask(String activity, String text) {
        return ok(client("jilin-enterprise").document("mutation($id: ID!, $m: ID!, $t: String!) { askQuestion(id: $id, memberId: $m, text: $t) { id } }")
                .variable("id", activity).variable("m", member("jilin", "enterprise")).variable("t", text).executeSync(), "askQuestion.id");
    }

    private void publish(String activity, String question) {
        ok(operator.document("mutation($id: ID!, $q: ID!) { moderateQuestion(id: $id, questionId: $q, publish: true) { id } }")
                .variable("id", activity).variable("q", question).executeSync(), "moderateQuestion");
    }

    private String activity(Map<String, Object> input) {
        Map<String, Object> created = ok(operator.document("mutation($input: ActivityInput!) { createActivity(tenantId: \"changchun\", input: $input)"
                + " { id version } }").variable("input", input).executeSync(), "createActivity");
        ok(operator.document("mutation($id: ID!, $v: Int!) { publishActivity(id: $id, expectedVersion: $v) { id } }").variable("id", created.get("id"))
                .variable("v", created.get("version")).executeSync(), "publishActivity");
        return (String) created.get("id");
    }

    private Map<String, Object> invite(String id, Map<String, Object> input) {
        return ok(operator.document("mutation($id: ID!, $input: ParticipantInput!) { inviteParticipant(id: $id, input: $input) " + ACTIVITY + " }")
                .variable("id", id).variable("input", input).executeSync(), "inviteParticipant");
    }

    private static void answer(HttpSyncGraphQlClient owner, String id, int number, boolean accept) {
        ok(owner.document("mutation($id: ID!, $n: Int!, $a: Boolean!) { answerInvitation(id: $id, number: $n, accept: $a) { id } }")
                .variable("id", id).variable("n", number).variable("a", accept).executeSync(), "answerInvitation");
    }

    private static List<Map<String, Object>> participants(HttpSyncGraphQlClient who, String id, String query) {
        return ok(who.document("query($id: ID!, $q: String) { tenant(id: \"changchun\") { node(id: $id) { ... on Activity {"
                + " participants(query: $q) { number title recordTenantId consent } } } } }").variable("id", id).variable("q", query).executeSync(),
                "tenant.node.participants");
    }

    private static Map<String, Object> register(HttpSyncGraphQlClient person, String id, String member) {
        return ok(person.document("mutation($id: ID!, $m: ID!) { registerForActivity(id: $id, memberId: $m) " + ACTIVITY + " }")
                .variable("id", id).variable("m", member).executeSync(), "registerForActivity");
    }

    private static Map<String, Object> myRegistration(HttpSyncGraphQlClient person, String member, String activity) {
        List<Map<String, Object>> mine = ok(person.document("query($m: ID!) { tenant(id: \"changchun\") { myActivities(memberId: $m) {"
                + " activity { id } registration { status } waitPosition } } }").variable("m", member).executeSync(), "tenant.myActivities");
        return mine.stream().filter(r -> activity.equals(((Map<String, Object>) r.get("activity")).get("id"))).findFirst().orElseThrow();
    }

    private static Map<String, Object> outcome(HttpSyncGraphQlClient who, String id, Map<String, Object> input) {
        return ok(who.document("mutation($id: ID!, $input: ActivityOutcomeInput!) { recordActivityOutcome(id: $id, input: $input) " + ACTIVITY + " }")
                .variable("id", id).variable("input", input).executeSync(), "recordActivityOutcome");
    }

    /** A published achievement of the city: the market's own (owner null) or the member's. */
    private String achievement(String city, String owner) {
        List<Map<String, Object>> edges = ok(staff.document("query($t: ID!) { tenant(id: $t) { achievements(first: 100) { edges { node { id owner } } } } }")
                .variable("t", city).executeSync(), "tenant.achievements.edges");
        return edges.stream().map(edge -> (Map<String, Object>) edge.get("node")).filter(node -> java.util.Objects.equals(owner, node.get("owner")))
                .map(node -> (String) node.get("id")).findFirst().orElseThrow();
    }

    private String demandOf(String city, String owner) {
        List<Map<String, Object>> edges = ok(staff.document("query($t: ID!) { tenant(id: $t) { demands(first: 100) { edges { node { id owner } } } } }")
                .variable("t", city).executeSync(), "tenant.demands.edges");
        return edges.stream().map(edge -> (Map<String, Object>) edge.get("node")).filter(node -> owner.equals(node.get("owner")))
                .map(node -> (String) node.get("id")).findFirst().orElseThrow();
    }

    private List<String> upcoming() {
        List<Map<String, Object>> list = ok(client(null).document("{ upcomingActivities(first: 100) { id startsAt } }").executeSync(), "upcomingActivities");
        return list.stream().map(a -> (String) a.get("id")).toList();
    }

    private Map<String, Object> provinceActivities(int year) {
        return ok(staff.document("query($y: Int!) { province { activityStatistics(year: $y) { total { activities exhibitions roadshows fairs exhibits"
                + " registered attended agreements agreementAmount matchesStarted } byCity { tenantId total { activities agreements agreementAmount"
                + " matchesStarted attended } } } } }").variable("y", year).executeSync(), "province.activityStatistics");
    }

    private static Map<String, Object> total(Map<String, Object> statistics) {
        return (Map<String, Object>) statistics.get("total");
    }

    private static int delta(Map<String, Object> after, Map<String, Object> before, String figure) {
        return (int) total(after).get(figure) - (int) total(before).get(figure);
    }

    /** The activity's questions as the client receives them live through the hub. */
    private static reactor.core.publisher.Flux<Map<String, Object>> live(String client, String id) {
        HttpGraphQlClient sse = HttpGraphQlClient.create(WebClient.builder().baseUrl("http://127.0.0.1:" + HUB_PORT + "/graphql")
                .clientConnector(new JdkClientHttpConnector()).defaultHeader("Authorization", "Bearer " + HubSecurity.token(client)).build());
        return sse.document("subscription($id: ID!) { activityQuestions(id: $id) { id status text answer { text by } } }").variable("id", id)
                .executeSubscription().map(response -> response.field("activityQuestions").<Map<String, Object>>getValue());
    }

    private static String member(String city, String who) {
        return new TypedId(city, "Member", "demo-" + who).encode();
    }

    private static HttpSyncGraphQlClient client(String demoClient) {
        return HubSecurity.client("http://127.0.0.1:" + HUB_PORT + "/graphql", demoClient);
    }

    private static Map<String, Object> refusal(ClientGraphQlResponse response) {
        assertThat(response.getErrors()).hasSize(1);
        return response.getErrors().get(0).getExtensions();
    }

    private static <T> T ok(ClientGraphQlResponse response, String path) {
        assertThat(response.getErrors()).as(path).isEmpty();
        return response.field(path).getValue();
    }
}
