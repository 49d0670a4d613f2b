package cn.techmarket.hub.search.sync;

import cn.techmarket.hub.support.HubSecurity;
import cn.techmarket.hub.support.HubServers;
import cn.techmarket.hub.support.RegistryBootstrap;
import cn.techmarket.hub.support.TenantNodeProcesses;
import cn.techmarket.hub.support.TenantNodeProcesses.TenantNode;
import cn.techmarket.infra.process.FreePort;
import cn.techmarket.infra.process.LatencyProxy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import cn.techmarket.hub.support.HubIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Each city's sync runs on its own: a city far behind catches up in one pass, a city too slow to
 * answer holds back only itself and backs off, and every city's cursor, lag and last error show
 * over GraphQL and in Actuator's metrics.
 */
@HubIntegrationTest(properties = {
        "market.hub.search.sync-interval=300ms", "market.hub.search.sync-max-backoff=2s", "market.hub.search.feed-read-timeout=2s",
        "market.hub.search.index-prefix=workers-test", "market.hub.registry.probe-interval=1h"})
class SearchSyncWorkersTest {

    /** More records than a bulk request takes (200), so the first sync streams its feed. */
    static final int CHANGCHUN_ACHIEVEMENTS = 450;

    @RegisterExtension
    static final TenantNode changchun = TenantNodeProcesses.start("workers_a", List.of("changchun"), FreePort.find(),
            List.of("--market.node.demo.records.achievement=" + CHANGCHUN_ACHIEVEMENTS));
    @RegisterExtension
    static final TenantNode jilin = TenantNodeProcesses.start("workers_b", List.of("jilin"));
    static final LatencyProxy changchunLink = LatencyProxy.to(changchun.port());

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        HubServers.configure(registry, "search_workers_hub");
        RegistryBootstrap.of(registry).city("changchun", "http://127.0.0.1:" + changchunLink.port() + "/tenants/changchun/graphql")
                .cities(jilin, "jilin");
    }

    @AfterAll
    static void stop() {
        changchunLink.close();
    }

    @LocalServerPort
    int port;

    @Test
    void aCityFarBehindCatchesUpAndTheIndexMatchesItsFeed() {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> drifted("changchun") == 0 && syncOf("changchun").get("lagSeconds") != null);

        Map<String, Object> sync = syncOf("changchun");
        assertThat(((Number) sync.get("indexed")).intValue()).isGreaterThan(CHANGCHUN_ACHIEVEMENTS);
        assertThat(sync).containsEntry("lastError", null);
        assertThat((String) sync.get("cursor")).isNotBlank();
        assertThat(metric("market.search.sync.indexed", "changchun")).isGreaterThan(CHANGCHUN_ACHIEVEMENTS);
    }

    @Test
    void aSlowCityHoldsBackOnlyItsOwnSyncAndCatchesUpWhenItRecovers() {
        await().atMost(Duration.ofSeconds(60)).until(() -> drifted("changchun") == 0 && drifted("jilin") == 0);
        try {
            // slower to answer than the sync waits for a feed (2 s): every changchun pass fails
            changchunLink.delay(Duration.ofSeconds(3));
            String writtenWhileSlow = publish(changchun.endpoint("changchun"), "changchun-operator", "慢速期间长春发布的储能材料成果");
            await().atMost(Duration.ofSeconds(30)).until(() -> syncOf("changchun").get("lastError") != null);
            // a city that stops answering is said to be silent, not to have sent something malformed
            assertThat((String) syncOf("changchun").get("lastError")).doesNotContain("malformed");

            for (int i = 0; i < 3; i++) {
                String title = "长春变慢时吉林发布的碳纤维成果" + i;
                String id = publish(jilin.endpoint("jilin"), "jilin-operator", title);
                await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100)).until(() -> searchIds(title).contains(id));
                assertThat(((Number) syncOf("jilin").get("lagSeconds")).doubleValue())
                        .as("jilin's sync does not wait for changchun's timeouts").isLessThan(1.5);
            }
            assertThat(searchIds("慢速期间长春发布的储能材料成果")).doesNotContain(writtenWhileSlow);
            assertThat(((Number) syncOf("changchun").get("lagSeconds")).doubleValue()).isGreaterThan(2);
            assertThat(metric("market.search.sync.lag", "changchun")).isGreaterThan(2);
            assertThat(metric("market.search.sync.lag", "jilin")).isLessThan(1.5);

            changchunLink.heal();
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                    .until(() -> searchIds("慢速期间长春发布的储能材料成果").contains(writtenWhileSlow));
            await().atMost(Duration.ofSeconds(10)).until(() -> syncOf("changchun").get("lastError") == null);
        } finally {
            changchunLink.heal();
        }
    }

    private ClientGraphQlResponse hub(String document, Map<String, Object> variables) {
        return HubSecurity.client("http://127.0.0.1:" + port + "/graphql", "province-staff").document(document)
                .variables(variables).executeSync();
    }

    private Map<String, Object> syncOf(String tenantId) {
        ClientGraphQlResponse response = hub("query($id: ID!) { tenant(id: $id) { searchSync { cursor indexed caughtUpAt lagSeconds lastError } } }",
                Map.of("id", tenantId));
        assertThat(response.getErrors()).isEmpty();
        return response.field("tenant.searchSync").getValue();
    }

    private long drifted(String tenantId) {
        ClientGraphQlResponse response = hub("query($id: ID!) { tenant(id: $id) { searchDrift { missing stale extra } } }", Map.of("id", tenantId));
        if (!response.getErrors().isEmpty()) {
            return -1;
        }
        List<Map<String, Object>> kinds = response.field("tenant.searchDrift").getValue();
        return kinds.stream().mapToLong(k -> ((Number) k.get("missing")).longValue() + ((Number) k.get("stale")).longValue()
                + ((Number) k.get("extra")).longValue()).sum();
    }

    private List<Object> searchIds(String text) {
        ClientGraphQlResponse response = hub("query($text: String!) { search(text: $text, first: 20) { hits { id } } }", Map.of("text", text));
        assertThat(response.getErrors()).isEmpty();
        List<Map<String, Object>> hits = response.field("search.hits").getValue();
        return hits.stream().map(hit -> hit.get("id")).toList();
    }

    private static String publish(String endpoint, String operator, String title) {
        var tenant = HubSecurity.client(endpoint, operator);
        Map<String, Object> input = Map.of("title", title, "summary", "同步工作者测试。", "industry", "CHEMICAL_NEW_MATERIALS",
                "maturity", "PILOT", "ownerInstitution", "吉林大学", "transferModes", List.of("LICENSE"));
        String id = tenant.document("mutation($input: AchievementInput!) { createAchievement(input: $input) { id } }")
                .variables(Map.of("input", input)).executeSync().field("createAchievement.id").getValue();
        ClientGraphQlResponse published = tenant.document("mutation($id: ID!) { publish(id: $id, expectedVersion: 1) { version } }")
                .variables(Map.of("id", id)).executeSync();
        assertThat(published.getErrors()).isEmpty();
        return id;
    }

    /** A meter's value for one tenant, as Actuator shows a platform administrator. */
    @SuppressWarnings("unchecked")
    private double metric(String name, String tenantId) {
        Map<?, ?> body = RestClient.create("http://127.0.0.1:" + port).get()
                .uri("/actuator/metrics/{name}?tag=tenant:{tenant}", name, tenantId)
                .header("Authorization", "Bearer " + HubSecurity.token("platform-admin")).retrieve().body(Map.class);
        List<Map<String, Object>> measurements = (List<Map<String, Object>>) body.get("measurements");
        return ((Number) measurements.get(0).get("value")).doubleValue();
    }
}
