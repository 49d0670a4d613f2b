package cn.techmarket.hub.search.query;

import cn.techmarket.hub.support.HubSecurity;
import cn.techmarket.hub.support.HubServers;
import cn.techmarket.hub.support.RegistryBootstrap;
import cn.techmarket.hub.support.TenantNodeProcesses;
import cn.techmarket.hub.support.TenantNodeProcesses.TenantNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.TestInstance;
import cn.techmarket.hub.support.HubIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Browsing province search: sort orders, a first page in one search, cursors through one point in time
 * (opened when a client pages on) that neither repeat nor skip while a city keeps publishing, the publication-date filter, search-box suggestions and
 * "more like this".
 */
@HubIntegrationTest(properties = {
        "market.hub.search.sync-interval=300ms", "market.hub.search.index-prefix=paging-test", "market.hub.registry.probe-interval=1h"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchPagingTest {

    @RegisterExtension
    static final TenantNode node = TenantNodeProcesses.start("paging", List.of("changchun", "jilin"));

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        HubServers.configure(registry, "paging_hub");
        RegistryBootstrap.of(registry).cities(node, "changchun", "jilin");
    }


    @LocalServerPort
    int port;

    @org.springframework.beans.factory.annotation.Autowired
    co.elastic.clients.elasticsearch.ElasticsearchClient elasticsearch;

    private static final String PAGE = "query($sort: SearchSort, $first: Int, $after: String, $filter: SearchFilterInput) {"
            + " search(kind: ACHIEVEMENT, sort: $sort, first: $first, after: $after, filter: $filter) {"
            + " total hits { id publishedAt price cursor } pageInfo { hasNextPage endCursor } } }";

    @BeforeAll
    void synced() {
        // both cities' demo achievements (30 each) are searchable
        await().atMost(Duration.ofSeconds(60)).until(() -> total(Map.of()) >= 60);
    }

    @Test
    void pagingNewestFirstVisitsEveryAchievementOnceWhileACityKeepsPublishing() {
        long total = total(Map.of());
        List<Map<String, Object>> seen = new ArrayList<>();
        String after = null;
        int page = 0;
        do {
            Map<String, Object> results = page("NEWEST", 7, after, null);
            seen.addAll((List<Map<String, Object>>) results.get("hits"));
            Map<String, Object> info = (Map<String, Object>) results.get("pageInfo");
            after = Boolean.TRUE.equals(info.get("hasNextPage")) ? (String) info.get("endCursor") : null;
            if (page++ == 1) {
                publishNewAchievement();
            }
        } while (after != null);

        Set<Object> ids = new HashSet<>();
        seen.forEach(hit -> ids.add(hit.get("id")));
        assertThat(seen).as("no repeats").hasSize(ids.size());
        assertThat((long) seen.size()).as("no skips: exactly what the index held when paging began").isEqualTo(total);
        List<String> published = seen.stream().map(hit -> (String) hit.get("publishedAt")).toList();
        for (int i = 1; i < published.size(); i++) {
            assertThat(Instant.parse(published.get(i))).isBeforeOrEqualTo(Instant.parse(published.get(i - 1)));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> total(Map.of()) == total + 1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aFirstPageIsOneSearchAndAPointInTimeIsOpenedOnlyToPageOnAndClosedOnceTheLastPageIsRead() throws Exception {
        long before = openSearchContexts();
        Map<String, Object> first = page("NEWEST", 25, null, null);
        assertThat(openSearchContexts()).as("the first page opens no point in time").isLessThanOrEqualTo(before);

        Map<String, Object> second = page("NEWEST", 25, endCursor(first), null);
        long paging = openSearchContexts();
        assertThat(paging).as("paging on opens one").isGreaterThan(before);
        Set<Object> ids = new HashSet<>();
        for (Map<String, Object> results : List.of(first, second)) {
            ((List<Map<String, Object>>) results.get("hits")).forEach(hit -> assertThat(ids.add(hit.get("id"))).as("no repeats").isTrue());
        }

        String after = endCursor(second);
        while (after != null) {
            after = endCursor(page("NEWEST", 25, after, null));
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> openSearchContexts() <= before);
    }

    @SuppressWarnings("unchecked")
    private static String endCursor(Map<String, Object> results) {
        Map<String, Object> info = (Map<String, Object>) results.get("pageInfo");
        return Boolean.TRUE.equals(info.get("hasNextPage")) ? (String) info.get("endCursor") : null;
    }

    /** Search contexts Elasticsearch holds open, points in time among them. */
    private long openSearchContexts() throws java.io.IOException {
        return elasticsearch.nodes().stats(stats -> stats.metric("indices")).nodes().values().stream()
                .mapToLong(node -> node.indices().search().openContexts()).sum();
    }

    @Test
    void priceSortsAscendAndDescend() {
        List<BigDecimal> ascending = prices(page("PRICE_ASC", 50, null, null));
        List<BigDecimal> descending = prices(page("PRICE_DESC", 50, null, null));

        assertThat(ascending).isSorted();
        assertThat(descending).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(ascending.get(0)).isEqualByComparingTo(descending.get(descending.size() - 1).min(ascending.get(0)));
    }

    @Test
    void thePublicationDateFilterKeepsTheDaysAsked() {
        List<Map<String, Object>> all = (List<Map<String, Object>>) page("NEWEST", 100, null, null).get("hits");
        LocalDate newest = day(all.get(0));
        LocalDate from = newest.minusDays(30);
        Map<String, Object> filter = Map.of("publishedFrom", from.toString(), "publishedTo", newest.toString());

        List<Map<String, Object>> within = (List<Map<String, Object>>) page("NEWEST", 100, null, filter).get("hits");

        long expected = all.stream().filter(hit -> !day(hit).isBefore(from) && !day(hit).isAfter(newest)).count();
        assertThat(within).hasSize((int) expected).allSatisfy(hit -> assertThat(day(hit)).isBetween(from, newest));
    }

    @Test
    void badPagingInputIsRefusedNamingTheField() {
        assertThat(error(Map.of("first", 0))).containsEntry("field", "first");
        assertThat(error(Map.of("after", "bm90IGEgY3Vyc29y"))).containsEntry("field", "after");
        assertThat(error(Map.of("filter", Map.of("publishedFrom", "2026-05-01", "publishedTo", "2026-04-01"))))
                .containsEntry("field", "filter.publishedTo");
    }

    @Test
    void theSearchBoxSuggestsTitlesHoldingWhatWasTyped() {
        ClientGraphQlResponse response = hub("{ suggest(prefix: \"碳纤\", first: 5) }", Map.of());

        List<String> titles = response.field("suggest").getValue();
        assertThat(response.getErrors()).isEmpty();
        assertThat(titles).isNotEmpty().hasSizeLessThanOrEqualTo(5).allSatisfy(title -> assertThat(title).contains("碳纤"));
        assertThat((List<String>) hub("{ suggest(prefix: \"纤碳\") }", Map.of()).field("suggest").getValue()).isEmpty();
    }

    @Test
    void moreLikeThisFindsRelatedRecordsAndNotTheRecordItself() {
        Map<String, Object> carbon = ((List<Map<String, Object>>) hub("{ search(text: \"碳纤维\", kind: ACHIEVEMENT, first: 1) { hits { id title } } }",
                Map.of()).field("search.hits").getValue()).get(0);

        ClientGraphQlResponse response = hub("query($id: ID!) { moreLikeThis(id: $id, first: 5) { id title kind } }", Map.of("id", carbon.get("id")));

        List<Map<String, Object>> similar = response.field("moreLikeThis").getValue();
        assertThat(response.getErrors()).isEmpty();
        assertThat(similar).isNotEmpty().noneSatisfy(hit -> assertThat(hit).containsEntry("id", carbon.get("id")));
        assertThat(similar.get(0).get("title").toString()).as("the closest shares its subject").containsAnyOf("碳", "纤维", "复合");
        assertThat(hub("{ moreLikeThis(id: \"nope\") { id } }", Map.of()).getErrors().get(0).getExtensions()).containsEntry("field", "id");
    }

    private void publishNewAchievement() {
        var operator = HubSecurity.client(node.endpoint("jilin"), "jilin-operator");
        String id = operator.document("mutation { createAchievement(input: {title: \"玄武岩纤维连续拉丝技术\", summary: \"新成果\","
                + " industry: CHEMICAL_NEW_MATERIALS, maturity: PILOT, ownerInstitution: \"吉林大学\", transferModes: [LICENSE],"
                + " askingPrice: \"880000.00\"}) { id } }").executeSync().field("createAchievement.id").getValue();
        assertThat(operator.document("mutation($id: ID!) { publish(id: $id, expectedVersion: 1) { id } }").variable("id", id)
                .executeSync().getErrors()).isEmpty();
        // the new record becomes searchable while the pages above are still being read
        await().atMost(Duration.ofSeconds(30)).until(() -> !((List<?>) hub("{ search(text: \"玄武岩纤维连续拉丝\") { hits { id } } }", Map.of())
                .field("search.hits").getValue()).isEmpty());
    }

    private Map<String, Object> page(String sort, int first, String after, Map<String, Object> filter) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("sort", sort);
        variables.put("first", first);
        variables.put("after", after);
        variables.put("filter", filter);
        ClientGraphQlResponse response = hub(PAGE, variables);
        assertThat(response.getErrors()).isEmpty();
        return response.field("search").getValue();
    }

    private long total(Map<String, Object> filter) {
        Map<String, Object> results = page("NEWEST", 1, null, filter.isEmpty() ? null : filter);
        return ((Number) results.get("total")).longValue();
    }

    private Map<String, Object> error(Map<String, Object> variables) {
        ClientGraphQlResponse response = hub(PAGE, variables);
        assertThat(response.getErrors()).hasSize(1);
        return response.getErrors().get(0).getExtensions();
    }

    private static List<BigDecimal> prices(Map<String, Object> results) {
        return ((List<Map<String, Object>>) results.get("hits")).stream()
                .filter(hit -> hit.get("price") != null).map(hit -> new BigDecimal((String) hit.get("price"))).toList();
    }

    private static LocalDate day(Map<String, Object> hit) {
        return LocalDate.ofInstant(Instant.parse((String) hit.get("publishedAt")), ZoneId.of("Asia/Shanghai"));
    }

    private ClientGraphQlResponse hub(String document, Map<String, Object> variables) {
        return HubSecurity.client("http://127.0.0.1:" + port + "/graphql", null).document(document).variables(variables).executeSync();
    }
}
