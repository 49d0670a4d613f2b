package cn.techmarket.hub.search.sync;

import cn.techmarket.hub.search.SearchIndex;

import cn.techmarket.hub.support.HubSecurity;
import cn.techmarket.hub.support.HubServers;
import cn.techmarket.hub.support.RegistryBootstrap;
import cn.techmarket.hub.support.TenantNodeProcesses;
import cn.techmarket.hub.support.TenantNodeProcesses.TenantNode;
import cn.techmarket.model.record.RecordKind;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import cn.techmarket.hub.support.HubIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A tenant's writes reach province search through its change feed, and stale changes never win. */
@HubIntegrationTest(properties = {
        "market.hub.search.sync-interval=300ms", "market.hub.search.index-prefix=sync-test", "market.hub.registry.probe-interval=1h"})
class SearchSyncTest {

    @RegisterExtension
    static final TenantNode changchun = TenantNodeProcesses.start("search_a", List.of("changchun"));

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        HubServers.configure(registry, "search_test_hub");
        RegistryBootstrap.of(registry).cities(changchun, "changchun");
    }


    @LocalServerPort
    int port;

    @Autowired
    SearchIndexer indexer;

    @Autowired
    ChangeFeedSync sync;

    @Autowired
    org.springframework.data.mongodb.core.MongoTemplate mongo;

    @Autowired
    ElasticsearchClient client;

    @Autowired
    SearchIndex searchIndex;

    private ClientGraphQlResponse hub(String document, Map<String, Object> variables) {
        return HubSecurity.client("http://127.0.0.1:" + port + "/graphql", "province-staff").document(document)
                .variables(variables).executeSync();
    }

    private ClientGraphQlResponse tenant(String document, Map<String, Object> variables) {
        return HubSecurity.client(changchun.endpoint("changchun"), "changchun-operator").document(document)
                .variables(variables).executeSync();
    }

    private List<Map<String, Object>> search(String text) {
        ClientGraphQlResponse response = hub("query($text: String!) { search(text: $text, first: 50) { total hits { id kind tenantId title } } }",
                Map.of("text", text));
        assertThat(response.getErrors()).isEmpty();
        return response.field("search.hits").getValue();
    }

    /** Searches until the hits meet the condition (the sync and the index refresh take a moment). */
    private List<Map<String, Object>> eventually(String text, Predicate<List<Map<String, Object>>> condition) {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> search(text), condition);
    }

    @Test
    void aPublishedAchievementBecomesSearchableAndLeavesSearchWhenWithdrawn() throws java.io.IOException {
        Map<String, Object> input = Map.of("title", "石墨烯导热膜规模化制备技术", "summary", "面向电子器件散热的石墨烯导热膜。",
                "industry", "CHEMICAL_NEW_MATERIALS", "maturity", "PILOT", "ownerInstitution", "吉林大学", "transferModes", List.of("LICENSE"));
        String id = tenant("mutation($input: AchievementInput!) { createAchievement(input: $input) { id } }", Map.of("input", input))
                .field("createAchievement.id").getValue();
        assertThat(tenant("mutation($id: ID!) { publish(id: $id, expectedVersion: 1) { version } }", Map.of("id", id)).getErrors()).isEmpty();

        List<Map<String, Object>> found = eventually("石墨烯导热膜", hits -> hits.stream().anyMatch(hit -> id.equals(hit.get("id"))));
        assertThat(found).anySatisfy(hit -> assertThat(hit).containsEntry("id", id).containsEntry("tenantId", "changchun")
                .containsEntry("kind", "ACHIEVEMENT"));

        assertThat(tenant("mutation($id: ID!) { withdraw(id: $id, expectedVersion: 2) { version } }", Map.of("id", id)).getErrors()).isEmpty();
        assertThat(eventually("石墨烯导热膜", hits -> hits.stream().noneMatch(hit -> id.equals(hit.get("id")))))
                .noneSatisfy(hit -> assertThat(hit).containsEntry("id", id));

        // a late, older change (the published version 2) replayed after the withdrawal must not bring it back
        FeedChange stale = new FeedChange(RecordKind.ACHIEVEMENT, id, 1, "PUBLISHED", Instant.now(),
                Map.of("title", "石墨烯导热膜规模化制备技术", "text", "", "publishedAt", Instant.now().toString()));
        assertThat(indexerWrite(stale)).isEmpty();
        // a real-time get sees the document as stored, without waiting for a refresh
        var stored = client.get(get -> get.index(searchIndex.alias(RecordKind.ACHIEVEMENT)).id(id), Map.class);
        assertThat(stored.version()).isGreaterThan(1);
        assertThat(stored.source()).containsEntry("visible", false).containsEntry("lifecycle", "WITHDRAWN");
        assertThat(search("石墨烯导热膜")).noneSatisfy(hit -> assertThat(hit).containsEntry("id", id));
        assertThat(sync.state("changchun")).get().satisfies(state -> {
            assertThat(state.cursor()).isNotNull();
            assertThat(state.lastError()).isNull();
        });
        Map<String, Object> shown = hub("{ tenant(id: \"changchun\") { searchSync { indexed lastSyncedAt lastError } } }", Map.of())
                .field("tenant.searchSync").getValue();
        // the demo library (30 + 10 + 5 + 10 + 10 records) and this test's changes
        assertThat(((Number) shown.get("indexed")).intValue()).isGreaterThanOrEqualTo(66);
        assertThat(shown).containsEntry("lastError", null);
        String health = RestClient.create("http://127.0.0.1:" + port).get().uri("/actuator/health").retrieve().body(String.class);
        assertThat(health).contains("\"searchSync\"").contains("indexed");
    }

    @Test
    void theDriftCheckFindsAChangeTheSyncSkippedAndRepairPutsItBack() {
        String drift = "{ tenant(id: \"changchun\") { searchDrift { kind tenantVisible indexVisible missing stale extra examples } } }";
        await().atMost(Duration.ofSeconds(30)).until(() -> drifted(hub(drift, Map.of()).field("tenant.searchDrift").getValue()) == 0);

        // a change the hub's cursor moves past without indexing it, as a bug or a lost bulk would leave it
        admin("mutation { setTenantStatus(id: \"changchun\", status: SUSPENDED) { status } }");
        String lost = publish(Map.of("title", "玄武岩纤维增强复合筋材制备技术", "summary", "同步遗漏的成果。", "industry", "CHEMICAL_NEW_MATERIALS",
                "maturity", "PILOT", "ownerInstitution", "长春工业大学", "transferModes", List.of("LICENSE")));
        await().during(Duration.ofMillis(900)).atMost(Duration.ofSeconds(5)).until(() -> search("玄武岩纤维增强复合筋材").isEmpty());
        mongo.updateFirst(org.springframework.data.mongodb.core.query.Query.query(
                        org.springframework.data.mongodb.core.query.Criteria.where("_id").is("changchun")),
                org.springframework.data.mongodb.core.query.Update.update("cursor", feedEnd()), ChangeFeedSync.COLLECTION);
        admin("mutation { setTenantStatus(id: \"changchun\", status: ACTIVE) { status } }");

        List<Map<String, Object>> found = hub(drift, Map.of()).field("tenant.searchDrift").getValue();
        Map<String, Object> achievementDrift = found.stream().filter(k -> k.get("kind").equals("ACHIEVEMENT")).findFirst().orElseThrow();
        assertThat(achievementDrift).containsEntry("missing", 1).containsEntry("examples", List.of(lost));
        ClientGraphQlResponse byStaff = hub("mutation { repairSearchDrift(tenantId: \"changchun\") { kind missing } }", Map.of());
        assertThat(byStaff.getErrors()).singleElement().satisfies(e -> assertThat(e.getErrorType().toString()).isEqualTo("FORBIDDEN"));

        ClientGraphQlResponse repaired = admin("mutation { repairSearchDrift(tenantId: \"changchun\") { kind tenantVisible indexVisible missing stale extra } }");

        assertThat(drifted(repaired.field("repairSearchDrift").getValue())).isZero();
        assertThat((List<Map<String, Object>>) repaired.field("repairSearchDrift").getValue())
                .allSatisfy(kind -> assertThat(kind.get("indexVisible")).isEqualTo(kind.get("tenantVisible")));
        assertThat(search("玄武岩纤维增强复合筋材")).singleElement().satisfies(hit -> assertThat(hit).containsEntry("id", lost));
    }

    private ClientGraphQlResponse admin(String document) {
        ClientGraphQlResponse response = HubSecurity.client("http://127.0.0.1:" + port + "/graphql", "platform-admin")
                .document(document).executeSync();
        assertThat(response.getErrors()).isEmpty();
        return response;
    }

    private String publish(Map<String, Object> input) {
        String id = tenant("mutation($input: AchievementInput!) { createAchievement(input: $input) { id } }", Map.of("input", input))
                .field("createAchievement.id").getValue();
        assertThat(tenant("mutation($id: ID!) { publish(id: $id, expectedVersion: 1) { version } }", Map.of("id", id)).getErrors()).isEmpty();
        return id;
    }

    /** The cursor after the last change the tenant's feed holds, read as the sync service would. */
    private String feedEnd() {
        var feed = HubSecurity.client(changchun.endpoint("changchun"), "hub-sync");
        String cursor = sync.state("changchun").orElseThrow().cursor();
        while (true) {
            Map<String, Object> variables = new java.util.HashMap<>();
            variables.put("after", cursor);
            Map<String, Object> page = feed.document("query($after: String) { changes(after: $after, first: 200) { cursor hasMore } }")
                    .variables(variables).executeSync().field("changes").getValue();
            cursor = (String) page.get("cursor");
            if (!Boolean.TRUE.equals(page.get("hasMore"))) {
                return cursor;
            }
        }
    }

    private static long drifted(List<Map<String, Object>> kinds) {
        return kinds.stream().mapToLong(k -> ((Number) k.get("missing")).longValue() + ((Number) k.get("stale")).longValue()
                + ((Number) k.get("extra")).longValue()).sum();
    }

    @Test
    void aQuietCityIsFollowedByAHeldRequestNotByPollsAndItsLagStaysLow() {
        await().atMost(Duration.ofSeconds(30)).until(() -> sync.state("changchun").map(SyncState::caughtUpAt).isPresent());

        java.util.Set<Instant> passesEnded = new java.util.HashSet<>();
        double[] worstLag = {0};
        // sampled every 200 ms for 3 s; the pass count and the lag must hold at every sample
        await().alias("one held request and a low lag for 3 s").pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(200))
                .during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(() -> {
                    SyncState state = sync.state("changchun").orElseThrow();
                    passesEnded.add(state.lastSyncedAt());
                    worstLag[0] = Math.max(worstLag[0], state.lagSeconds(Instant.now()));
                    return passesEnded.size() <= 2 && worstLag[0] < 1.5;
                });

        assertThat(passesEnded).as("over 3 s, one request held open where polls every 300 ms would have ended ten passes").hasSizeLessThanOrEqualTo(2);
        assertThat(worstLag[0]).as("the tenant says every second that nothing changed").isLessThan(1.5);

        String id = publish(Map.of("title", "长时轮询唤醒的氢燃料电池双极板技术", "summary", "写入即被同步读取。",
                "industry", "NEW_ENERGY", "maturity", "PILOT", "ownerInstitution", "吉林大学", "transferModes", List.of("LICENSE")));
        long published = System.nanoTime();
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50))
                .until(() -> search("长时轮询唤醒的氢燃料电池双极板").stream().anyMatch(hit -> hit.get("id").equals(id)));
        assertThat(Duration.ofNanos(System.nanoTime() - published)).as("read as it commits, searchable at the next refresh")
                .isLessThan(Duration.ofMillis(1_500));
    }

    @Test
    void indexesMakeWritesSearchableEveryHalfSecondByDefault() throws java.io.IOException {
        String alias = searchIndex.alias(RecordKind.ACHIEVEMENT);
        searchIndex.ensure(RecordKind.ACHIEVEMENT);
        var settings = client.indices().getSettings(g -> g.index(alias)).settings().values().iterator().next().settings();
        assertThat(settings.index().refreshInterval().time())
                .as("Elasticsearch's own 1 s would take two thirds of the 1.5 s write-to-searchable budget").isEqualTo("500ms");
    }

    @Test
    void aTitleMatchRanksAboveATextMatchAndScatteredWordsDoNotMatch() {
        String inTitle = publish(Map.of("title", "钙钛矿叠层太阳能电池制备技术", "summary", "光电转换效率超过百分之三十。",
                "industry", "NEW_ENERGY", "maturity", "PILOT", "ownerInstitution", "吉林大学", "transferModes", List.of("LICENSE")));
        String inText = publish(Map.of("title", "新型光伏组件封装工艺", "summary", "适用于钙钛矿叠层太阳能电池的柔性封装。",
                "industry", "NEW_ENERGY", "maturity", "BENCH", "ownerInstitution", "长春理工大学", "transferModes", List.of("LICENSE")));
        String scattered = publish(Map.of("title", "钙钛矿材料检测与叠层玻璃", "summary", "面向太阳能热水器的电池阀门。",
                "industry", "NEW_ENERGY", "maturity", "BENCH", "ownerInstitution", "吉林建筑大学", "transferModes", List.of("LICENSE")));

        List<Map<String, Object>> hits = eventually("钙钛矿叠层太阳能电池", found -> found.size() >= 2);

        assertThat(hits).extracting(hit -> hit.get("id")).containsExactly(inTitle, inText).doesNotContain(scattered);
    }

    @Test
    void chinesePhrasesMatchAsPhrasesNotAsSingleCharacters() {
        List<Map<String, Object>> composites = eventually("复合材料", hits -> !hits.isEmpty());
        assertThat(composites).isNotEmpty();
        // every hit holds the phrase in its title or text; a title merely sharing 复 or 合 would not be enough
        assertThat(search("合复料材")).isEmpty();
    }

    /** What the index refused of the change; a stale change is not refused, it is already there at a newer version. */
    private List<String> indexerWrite(FeedChange change) {
        try {
            indexer.write(List.of(SearchDocument.of(change)));
            return List.of();
        } catch (java.io.IOException refused) {
            return List.of(refused.getMessage());
        }
    }

    @Test
    void filtersFacetsAndHighlightsRefineASearch() {
        eventually("技术", hits -> hits.size() >= 20);

        ClientGraphQlResponse response = hub("""
                query { search(text: "技术", kind: ACHIEVEMENT, filter: {tenantIds: ["changchun"], priceMin: "100000", priceMax: "3000000"}, first: 50) {
                  total hits { id kind tenantId title highlights } facets { city { value count } kind { value count } industry { value count } } } }""",
                Map.of());

        assertThat(response.getErrors()).isEmpty();
        List<Map<String, Object>> hits = response.field("search.hits").getValue();
        assertThat(hits).isNotEmpty().allSatisfy(hit -> {
            assertThat(hit).containsEntry("kind", "ACHIEVEMENT").containsEntry("tenantId", "changchun");
            assertThat((List<String>) hit.get("highlights")).anySatisfy(h -> assertThat(h).contains("<em>"));
        });
        List<Map<String, Object>> kinds = response.field("search.facets.kind").getValue();
        assertThat(kinds).singleElement().satisfies(k -> assertThat(k).containsEntry("value", "ACHIEVEMENT"));
        List<Map<String, Object>> industries = response.field("search.facets.industry").getValue();
        int total = response.field("search.total").toEntity(Integer.class);
        assertThat(industries.stream().mapToInt(i -> ((Number) i.get("count")).intValue()).sum()).isEqualTo(total);

        ClientGraphQlResponse refused = hub("{ search(text: \"技术\", filter: {priceMin: \"10\", priceMax: \"1\"}) { total } }", Map.of());
        assertThat(refused.getErrors()).singleElement().satisfies(error ->
                assertThat(error.getExtensions()).containsEntry("field", "filter.priceMax").containsEntry("code", "INVALID_INPUT"));
    }

    @Test
    void highlightsEscapeThePublishersMarkupAndMarkOnlyTheMatch() {
        String id = publish(Map.of("title", "<script>alert(1)</script>防腐涂层<img src=x onerror=alert(2)>", "summary",
                "含有 \"引号\" 与 <b>标签</b> & 符号的防腐涂层说明。", "industry", "CHEMICAL_NEW_MATERIALS", "maturity", "PILOT",
                "ownerInstitution", "吉林大学", "transferModes", List.of("LICENSE")));
        eventually("防腐涂层", hits -> hits.stream().anyMatch(hit -> id.equals(hit.get("id"))));

        for (String text : List.of("alert", "防腐涂层", "标签")) {
            List<Map<String, Object>> hits = hub("query($text: String!) { search(text: $text, first: 50) { hits { id highlights } } }",
                    Map.of("text", text)).field("search.hits").getValue();
            List<String> highlights = hits.stream().filter(hit -> id.equals(hit.get("id")))
                    .flatMap(hit -> ((List<String>) hit.get("highlights")).stream()).toList();
            assertThat(highlights).as(text).isNotEmpty().allSatisfy(highlight -> {
                // the only markup left is the <em> marking the match
                assertThat(highlight.replace("<em>", "").replace("</em>", "")).doesNotContain("<", ">", "\"");
                assertThat(highlight).contains("<em>");
            });
        }
        List<Map<String, Object>> hits = hub("{ search(text: \"alert\", first: 50) { hits { id title highlights } } }", Map.of())
                .field("search.hits").getValue();
        assertThat(hits).filteredOn(hit -> id.equals(hit.get("id"))).singleElement().satisfies(hit -> {
            assertThat((List<String>) hit.get("highlights")).first().asString().startsWith("&lt;script&gt;<em>alert</em>(1)&lt;&#x2F;script&gt;");
            // plain-text fields stay as the publisher typed them: a client escapes them as it renders text
            assertThat(hit.get("title")).isEqualTo("<script>alert(1)</script>防腐涂层<img src=x onerror=alert(2)>");
        });
    }

    @Test
    void aCursorFromAnotherSearchIsRefusedNamingAfter() {
        eventually("技术", hits -> hits.size() >= 20);
        String cursor = hub("{ search(text: \"技术\", first: 2) { pageInfo { endCursor } } }", Map.of()).field("search.pageInfo.endCursor").getValue();

        assertThat(hub("query($after: String) { search(text: \"技术\", first: 2, after: $after) { hits { id } } }", Map.of("after", cursor))
                .getErrors()).as("the same search pages on").isEmpty();
        for (String other : List.of("text: \"材料\"", "text: \"技术\", kind: DEMAND", "text: \"技术\", sort: NEWEST",
                "text: \"技术\", filter: {tenantIds: [\"changchun\"]}")) {
            ClientGraphQlResponse refused = hub("query($after: String) { search(" + other + ", first: 2, after: $after) { total } }",
                    Map.of("after", cursor));
            assertThat(refused.getErrors()).as(other).singleElement().satisfies(error -> {
                assertThat(error.getExtensions()).containsEntry("field", "after").containsEntry("code", "INVALID_INPUT");
                assertThat(error.getMessage()).contains("not a cursor of this search");
            });
        }
    }

    @Test
    void expertsAreFoundByTheIndustriesOfTheirFieldsAndCountInTheIndustryFacet() {
        String id = tenant("mutation($input: ExpertInput!) { createExpert(input: $input) { id } }", Map.of("input", Map.of(
                "name", "欧阳碳纤", "institution", "长春工业大学", "fields", List.of("CARBON_FIBER", "CHEMICAL_NEW_MATERIALS"),
                "bio", "从事碳纤维原丝研究。", "availableForConsulting", true))).field("createExpert.id").getValue();
        assertThat(tenant("mutation($id: ID!) { publish(id: $id, expectedVersion: 1) { version } }", Map.of("id", id)).getErrors()).isEmpty();
        eventually("欧阳碳纤", hits -> hits.stream().anyMatch(hit -> id.equals(hit.get("id"))));

        ClientGraphQlResponse response = hub("""
                { search(kind: EXPERT, filter: {industries: [CARBON_FIBER]}, first: 100) { total hits { id } facets { industry { value count } } } }""", Map.of());
        assertThat(response.getErrors()).isEmpty();
        List<Map<String, Object>> hits = response.field("search.hits").getValue();
        assertThat(hits).extracting(hit -> hit.get("id")).contains(id);
        List<Map<String, Object>> industries = response.field("search.facets.industry").getValue();
        assertThat(industries).anySatisfy(facet -> assertThat(facet).containsEntry("value", "CARBON_FIBER"))
                .anySatisfy(facet -> assertThat(facet).containsEntry("value", "CHEMICAL_NEW_MATERIALS"));
    }

    @Test
    void chineseAndLatinWordsTogetherFindARecordHoldingEachAndLatinWordsMatchByStem() {
        String id = publish(Map.of("title", "石墨烯改性防腐涂层 graphene anticorrosion coating", "summary",
                "适用于复合材料 HTA 碳纤维构件的表面防护。", "industry", "CHEMICAL_NEW_MATERIALS", "maturity", "PILOT",
                "ownerInstitution", "吉林大学", "transferModes", List.of("LICENSE")));
        eventually("石墨烯改性防腐涂层", hits -> hits.stream().anyMatch(hit -> id.equals(hit.get("id"))));

        for (String text : List.of("石墨烯 coating", "anticorrosion 涂层", "复合材料 HTA", "coatings", "Graphene 防腐", "石墨烯coating")) {
            assertThat(search(text)).as(text).extracting(hit -> hit.get("id")).contains(id);
        }
        for (String text : List.of("石墨烯 paint", "wood 涂层", "合复料材 HTA")) {
            assertThat(search(text)).as(text).extracting(hit -> hit.get("id")).doesNotContain(id);
        }
    }
}
