package cn.techmarket.hub.matching;

import cn.techmarket.hub.support.HubSecurity;
import cn.techmarket.hub.support.HubServers;
import cn.techmarket.hub.support.RegistryBootstrap;
import cn.techmarket.hub.support.TenantNodeProcesses;
import cn.techmarket.hub.support.TenantNodeProcesses.TenantNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import cn.techmarket.hub.support.HubIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.time.Year;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Matchmaking across cities with real tenants and a real Elasticsearch: a demand in Changchun
 * finds a fitting achievement in Jilin, and says why; the broker's match is kept by Changchun,
 * seen by Jilin, and changed by Changchun alone.
 */
@HubIntegrationTest(properties = {
        "market.hub.search.sync-interval=300ms", "market.hub.search.index-prefix=matching-test", "market.hub.registry.probe-interval=1h"})
class MatchmakingTest {

    @RegisterExtension
    static final TenantNode node = TenantNodeProcesses.start("matching", List.of("changchun", "jilin"));

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        HubServers.configure(registry, "matching_hub");
        RegistryBootstrap.of(registry).cities(node, "changchun", "jilin");
    }


    static String demand;
    static String fitting;
    static String unfitting;

    @LocalServerPort
    int port;

    private static final String SUGGESTIONS = "query($id: ID!, $kinds: [RecordKind!], $first: Int) { matchSuggestions(id: $id, kinds: $kinds, first: $first)"
            + " { score candidate { id kind tenantId title } explanation { summary matchedTerms matchedFields constraints { aspect fits detail } } } }";

    @BeforeAll
    static void publishBothSides() {
        var changchun = HubSecurity.client(node.endpoint("changchun"), "changchun-operator");
        var jilin = HubSecurity.client(node.endpoint("jilin"), "jilin-operator");
        demand = publish(changchun, "Demand", Map.of("title", "寻求玄武岩纤维连续拉丝技术合作",
                "problem", "企业玄武岩纤维拉丝漏板寿命短、断丝率高，希望引进玄武岩纤维连续拉丝与浸润剂相关技术。",
                "industry", "CHEMICAL_NEW_MATERIALS", "enterpriseName", "长春某复合材料有限公司", "budgetMin", "1000000.00",
                "budgetMax", "3000000.00", "minMaturity", "PILOT", "transferModes", List.of("LICENSE", "ASSIGNMENT")));
        fitting = publish(jilin, "Achievement", Map.of("title", "玄武岩纤维连续拉丝技术", "summary", "玄武岩纤维连续拉丝与浸润剂成套技术，已完成中试。",
                "industry", "CHEMICAL_NEW_MATERIALS", "maturity", "PILOT", "ownerInstitution", "吉林大学", "transferModes", List.of("LICENSE"),
                "askingPrice", "2000000.00"));
        unfitting = publish(jilin, "Achievement", Map.of("title", "玄武岩纤维连续拉丝实验室小样", "summary", "玄武岩纤维连续拉丝的实验室研究。",
                "industry", "CHEMICAL_NEW_MATERIALS", "maturity", "LAB", "ownerInstitution", "北华大学", "transferModes", List.of("EQUITY"),
                "askingPrice", "9000000.00"));
    }

    @Test
    void aDemandInOneCityFindsAFittingAchievementInAnotherAndSaysWhy() {
        List<Map<String, Object>> suggestions = awaitSuggestions(demand, "ACHIEVEMENT", List.of(fitting, unfitting));

        Map<String, Object> best = suggestions.get(0);
        assertThat(candidate(best)).containsEntry("id", fitting).containsEntry("tenantId", "jilin");
        Map<String, Object> explanation = explanation(best);
        assertThat((List<String>) explanation.get("matchedTerms")).anyMatch(term -> term.contains("玄武岩纤维"))
                .as("whole words: no city names, no generic words, no fragments across words")
                .noneMatch(term -> term.equals("吉林") || term.equals("技术") || term.length() < 2);
        assertThat((List<String>) explanation.get("matchedFields")).contains("title");
        assertThat(suggestions).allSatisfy(suggestion -> assertThat(((Number) suggestion.get("score")).doubleValue()).isBetween(0.0, 1.0));
        assertThat(constraints(best)).containsEntry("INDUSTRY", true).containsEntry("MATURITY", true).containsEntry("BUDGET", true)
                .containsEntry("TRANSFER_MODE", true).containsEntry("LOCATION", true);
        assertThat((String) explanation.get("summary")).contains("玄武岩纤维", "化工新材料", "200万元", "300万元", "吉林");

        Map<String, Object> worse = suggestions.stream().filter(s -> candidate(s).get("id").equals(unfitting)).findFirst().orElseThrow();
        assertThat(suggestions.indexOf(worse)).as("the text is as close, the constraints are not").isGreaterThan(0);
        assertThat(constraints(worse)).containsEntry("MATURITY", false).containsEntry("BUDGET", false).containsEntry("TRANSFER_MODE", false);
        assertThat((String) explanation(worse).get("summary")).contains("不符：", "实验室", "900万元");
    }

    @Test
    void anAchievementFindsTheEnterprisesThatMayWantIt() {
        List<Map<String, Object>> suggestions = awaitSuggestions(fitting, "DEMAND", List.of(demand));

        assertThat(candidate(suggestions.get(0))).containsEntry("id", demand).containsEntry("tenantId", "changchun");
        assertThat(constraints(suggestions.get(0))).containsEntry("MATURITY", true).containsEntry("BUDGET", true);
    }

    @Test
    void aDemandIsOfferedExpertsAndFinanciersToo() {
        ClientGraphQlResponse response = suggestions("changchun-operator", demand, null, 3);
        assertThat(response.getErrors()).isEmpty();
        List<Map<String, Object>> all = response.field("matchSuggestions").getValue();
        assertThat(all).extracting(s -> candidate(s).get("kind")).contains("ACHIEVEMENT", "EXPERT", "FINANCING_INSTITUTION");
        assertThat(all.stream().filter(s -> candidate(s).get("kind").equals("EXPERT")))
                .allSatisfy(s -> assertThat(constraints(s)).containsKey("AVAILABILITY"));
        assertThat(all.stream().filter(s -> candidate(s).get("kind").equals("FINANCING_INSTITUTION")))
                .allSatisfy(s -> assertThat(constraints(s)).containsKey("FINANCING_AMOUNT"));
    }

    @Test
    void badRequestsAreRefusedNamingTheField() {
        assertThat(refusedField(suggestions(null, fitting, List.of("EXPERT"), 5))).isEqualTo("kinds");
        assertThat(refusedField(suggestions(null, demand, null, 0))).isEqualTo("first");
        assertThat(refusedField(suggestions(null, demand, null, 51))).isEqualTo("first");
        assertThat(refusedField(suggestions(null, "not-an-id", null, 5))).isEqualTo("id");
        String expert = (String) ((Map<String, Object>) hub(null, "{ tenant(id: \"jilin\") { experts(first: 1) { edges { node { id } } } } }",
                Map.of()).field("tenant.experts.edges[0].node").getValue()).get("id");
        assertThat(refusedField(suggestions(null, expert, null, 5))).as("experts are matched to, not from").isEqualTo("id");
    }

    @Test
    void theBrokersMatchIsSeenByBothCitiesAndChangedOnlyByTheDemandsCity() {
        Map<String, Object> input = new HashMap<>(Map.of("demandId", demand, "candidateId", fitting, "candidateTitle", "玄武岩纤维连续拉丝技术",
                "broker", Map.of("name", "赵经纪", "certificateNo", "JL-TB-2026-0017"), "note", "系统推荐第一名"));
        ClientGraphQlResponse proposed = hub("changchun-operator", "mutation($input: MatchInput!) { proposeMatch(tenantId: \"changchun\","
                + " input: $input) { id status candidateTenantId version } }", Map.of("input", input));
        assertThat(proposed.getErrors()).isEmpty();
        String match = proposed.field("proposeMatch.id").getValue();

        assertThat(matchIds("jilin-operator")).as("the candidate's city").contains(match);
        assertThat(matchIds("province-staff")).contains(match);
        assertThat(matchIds("siping-operator")).as("a city not involved").doesNotContain(match);
        String node = "query($id: ID!) { node(id: $id) { __typename id ... on Match { status candidateTenantId history { to } } } }";
        assertThat((Map<String, Object>) hub("jilin-operator", node, Map.of("id", match)).field("node").getValue())
                .as("a match is a node the hub fetches from its city, seen as in the lists")
                .containsEntry("__typename", "Match").containsEntry("status", "PROPOSED").containsEntry("candidateTenantId", "jilin");
        assertThat((Object) hub("siping-operator", node, Map.of("id", match)).field("node").getValue()).as("a city not involved").isNull();
        ClientGraphQlResponse byJilin = hub("jilin-operator", "mutation($id: ID!) { contactMatch(id: $id, expectedVersion: 1) { status } }",
                Map.of("id", match));
        assertThat(byJilin.getErrors()).extracting(e -> e.getErrorType().toString()).containsExactly("FORBIDDEN");
        ClientGraphQlResponse byChangchun = hub("changchun-operator", "mutation($id: ID!) { contactMatch(id: $id, expectedVersion: 1) { status } }",
                Map.of("id", match));
        assertThat((String) byChangchun.field("contactMatch.status").getValue()).isEqualTo("CONTACTED");

        int year = Year.now(ZoneId.of("Asia/Shanghai")).getValue();
        ClientGraphQlResponse statistics = hub("province-staff", "query($year: Int!) { province { matchStatistics(year: $year) { proposed contacted"
                + " byCity { tenantId proposed contacted } byMonth { month proposed } } } }", Map.of("year", year));
        assertThat(statistics.getErrors()).isEmpty();
        List<Map<String, Object>> cities = statistics.field("province.matchStatistics.byCity").getValue();
        assertThat(cities).anySatisfy(city -> assertThat(city).containsEntry("tenantId", "changchun")
                .hasEntrySatisfying("proposed", n -> assertThat((Integer) n).isGreaterThanOrEqualTo(1))
                .hasEntrySatisfying("contacted", n -> assertThat((Integer) n).isGreaterThanOrEqualTo(1)));
        assertThat(hub("changchun-operator", "query($year: Int!) { province { matchStatistics(year: $year) { proposed } } }", Map.of("year", year))
                .getErrors()).extracting(e -> e.getErrorType().toString()).containsExactly("FORBIDDEN");
    }

    private List<String> matchIds(String client) {
        ClientGraphQlResponse response = hub(client, "{ tenant(id: \"changchun\") { matches(first: 100) { edges { node { id } } } } }", Map.of());
        assertThat(response.getErrors()).isEmpty();
        List<Map<String, Object>> edges = response.field("tenant.matches.edges").getValue();
        return edges.stream().map(edge -> (String) ((Map<String, Object>) edge.get("node")).get("id")).toList();
    }

    @Test
    void explanationsShowThePublishersMarkupAsTextNeverAsMarkup() {
        var changchun = HubSecurity.client(node.endpoint("changchun"), "changchun-operator");
        var jilin = HubSecurity.client(node.endpoint("jilin"), "jilin-operator");
        String marked = publish(changchun, "Demand", Map.of("title", "寻求超高分子量聚乙烯纤维<script>alert(1)</script>纺丝技术",
                "problem", "超高分子量聚乙烯纤维纺丝<b>断丝</b>严重。", "industry", "CHEMICAL_NEW_MATERIALS", "enterpriseName", "长春某纤维公司"));
        String offered = publish(jilin, "Achievement", Map.of("title", "超高分子量聚乙烯纤维<img src=x onerror=alert(2)>纺丝技术",
                "summary", "超高分子量聚乙烯纤维凝胶纺丝<script>alert(3)</script>成套技术。", "industry", "CHEMICAL_NEW_MATERIALS",
                "maturity", "PILOT", "ownerInstitution", "吉林大学", "transferModes", List.of("LICENSE")));
        awaitSuggestions(marked, "ACHIEVEMENT", List.of(offered));

        ClientGraphQlResponse response = hub("changchun-operator", "query($id: ID!) { matchSuggestions(id: $id, kinds: [ACHIEVEMENT])"
                + " { candidate { id highlights } explanation { summary matchedTerms } } }", Map.of("id", marked));
        List<Map<String, Object>> suggestions = response.field("matchSuggestions").getValue();
        Map<String, Object> suggestion = suggestions.stream().filter(s -> candidate(s).get("id").equals(offered)).findFirst().orElseThrow();

        assertThat((List<String>) candidate(suggestion).get("highlights")).isNotEmpty().allSatisfy(highlight ->
                assertThat(highlight.replace("<em>", "").replace("</em>", "")).doesNotContain("<", ">"));
        assertThat((List<String>) explanation(suggestion).get("matchedTerms")).isNotEmpty().allSatisfy(term ->
                assertThat(term).doesNotContain("<", ">", "&lt;"));
    }

    /** Waits for the sync to bring every expected candidate into the suggestions. */
    private List<Map<String, Object>> awaitSuggestions(String id, String kind, List<String> expected) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> {
            ClientGraphQlResponse response = suggestions("changchun-operator", id, List.of(kind), 10);
            assertThat(response.getErrors()).isEmpty();
            return response.field("matchSuggestions").<List<Map<String, Object>>>getValue();
        }, suggestions -> suggestions.stream().map(s -> candidate(s).get("id")).toList().containsAll(expected));
    }

    private ClientGraphQlResponse suggestions(String client, String id, List<String> kinds, int first) {
        Map<String, Object> variables = new HashMap<>(Map.of("id", id, "first", first));
        variables.put("kinds", kinds);
        return hub(client, SUGGESTIONS, variables);
    }

    private static Map<String, Object> candidate(Map<String, Object> suggestion) {
        return (Map<String, Object>) suggestion.get("candidate");
    }

    private static Map<String, Object> explanation(Map<String, Object> suggestion) {
        return (Map<String, Object>) suggestion.get("explanation");
    }

    private static Map<String, Boolean> constraints(Map<String, Object> suggestion) {
        Map<String, Boolean> fits = new HashMap<>();
        ((List<Map<String, Object>>) explanation(suggestion).get("constraints"))
                .forEach(c -> fits.put((String) c.get("aspect"), (Boolean) c.get("fits")));
        return fits;
    }

    private static String refusedField(ClientGraphQlResponse response) {
        assertThat(response.getErrors()).hasSize(1);
        return (String) response.getErrors().get(0).getExtensions().get("field");
    }

    private static String publish(org.springframework.graphql.client.HttpSyncGraphQlClient operator, String type, Map<String, Object> input) {
        ClientGraphQlResponse created = operator.document("mutation($input: " + type + "Input!) { create" + type + "(input: $input) { id } }")
                .variable("input", input).executeSync();
        assertThat(created.getErrors()).isEmpty();
        String id = created.field("create" + type + ".id").getValue();
        assertThat(operator.document("mutation($id: ID!) { publish(id: $id, expectedVersion: 1) { id } }").variable("id", id)
                .executeSync().getErrors()).isEmpty();
        return id;
    }

    private ClientGraphQlResponse hub(String client, String document, Map<String, Object> variables) {
        return HubSecurity.client("http://127.0.0.1:" + port + "/graphql", client).document(document).variables(variables).executeSync();
    }
}
