package cn.techmarket.hub.search.sync;

import cn.techmarket.hub.search.SearchIndex;
import cn.techmarket.hub.search.admin.SearchDrift;

import cn.techmarket.hub.support.HubSecurity;
import cn.techmarket.hub.support.RegistryBootstrap;
import cn.techmarket.hub.support.TenantNodeProcesses;
import cn.techmarket.hub.support.TenantNodeProcesses.TenantNode;
import cn.techmarket.infra.SharedTestServers;
import cn.techmarket.infra.elasticsearch.LocalElasticsearch;
import cn.techmarket.infra.process.FreePort;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import cn.techmarket.hub.support.HubIntegrationTest;
import org.springframework.graphql.client.HttpSyncGraphQlClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Elasticsearch stopped while tenants keep writing, then started again: the sync holds its
 * cursor while the index is away and afterwards the index holds exactly what the tenant holds.
 * This test runs its own Elasticsearch, since it stops it.
 */
@HubIntegrationTest(properties = {"market.hub.search.sync-interval=300ms", "market.hub.registry.probe-interval=1h"})
class ElasticsearchRestartTest {

    static final LocalElasticsearch.Options options = LocalElasticsearch.Options.forTests(FreePort.find());
    static LocalElasticsearch elasticsearch = LocalElasticsearch.start(options);
    @RegisterExtension
    static final TenantNode changchun = TenantNodeProcesses.start("es_restart", List.of("changchun"));


    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        HubSecurity.configure(registry);
        registry.add("spring.mongodb.uri", () -> SharedTestServers.mongodb().uri());
        registry.add("spring.mongodb.database", () -> "es_restart_hub");
        registry.add("spring.elasticsearch.uris", () -> elasticsearch.uri());
        RegistryBootstrap.of(registry).cities(changchun, "changchun");
    }

    @AfterAll
    static void stop() {
        elasticsearch.close();
    }

    @Autowired
    ElasticsearchClient client;

    @Autowired
    SearchIndex searchIndex;


    @Autowired
    ChangeFeedSync sync;

    @Autowired
    SearchDrift drift;

    @Autowired
    cn.techmarket.hub.registry.TenantRegistry registry;

    private final HttpSyncGraphQlClient tenant = HubSecurity.client(changchun.endpoint("changchun"), "changchun-operator");

    @Test
    void writesMadeWhileTheIndexIsDownAreAllSearchableAfterItComesBack() {
        patiently("initial sync").until(() -> visibleInIndex() == publishedOnTenant());

        elasticsearch.close();
        for (int i = 0; i < 20; i++) {
            publishAchievement("索引停机期间发布的成果" + i);
        }
        patiently("the sync notices and holds back").until(() -> sync.state("changchun").map(s -> s.lastError() != null).orElse(false));
        // the error counts what was not taken, not the requests it came in
        assertThat(sync.state("changchun").orElseThrow().lastError()).doesNotContainPattern("\\d+ documents?, e\\.g\\.")
                .doesNotContain("malformed");

        elasticsearch = LocalElasticsearch.start(options);

        patiently("nothing lost after the restart").until(() -> visibleInIndex() == publishedOnTenant());
        assertThat(sync.state("changchun")).get().satisfies(state -> assertThat(state.lastError()).isNull());
        // record by record, not only counts: the drift check finds nothing missing, stale or extra
        patiently("no drift").untilAsserted(() -> assertThat(drift.check(registry.find("changchun").orElseThrow()))
                .allSatisfy(kind -> {
                    assertThat(kind.missing() + kind.stale() + kind.extra()).as(kind.kind().name()).isZero();
                    assertThat(kind.indexVisible()).isEqualTo(kind.tenantVisible());
                }));
    }

    /** Restarting Elasticsearch and catching up takes a while on two cores. */
    private static ConditionFactory patiently(String what) {
        return await(what).atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300));
    }

    private void publishAchievement(String title) {
        Map<String, Object> input = Map.of("title", title, "summary", "在搜索索引停止时写入。", "industry", "NEW_ENERGY",
                "maturity", "BENCH", "ownerInstitution", "长春理工大学", "transferModes", List.of("LICENSE"));
        String id = tenant.document("mutation($input: AchievementInput!) { createAchievement(input: $input) { id } }")
                .variable("input", input).retrieveSync("createAchievement.id").toEntity(String.class);
        tenant.document("mutation($id: ID!) { publish(id: $id, expectedVersion: 1) { id } }").variable("id", id).executeSync();
    }

    private long publishedOnTenant() {
        List<Map<String, Object>> counts = tenant.document("{ libraryCounts { kind count } }").retrieveSync("libraryCounts")
                .toEntity(new org.springframework.core.ParameterizedTypeReference<>() {});
        return counts.stream().mapToLong(c -> ((Number) c.get("count")).longValue()).sum();
    }

    private long visibleInIndex() {
        try {
            client.indices().refresh(r -> r.index(searchIndex.allAliases()).ignoreUnavailable(true).allowNoIndices(true));
            return client.count(c -> c.index(searchIndex.allAliases()).ignoreUnavailable(true).allowNoIndices(true)
                    .query(q -> q.term(t -> t.field("visible").value(true)))).count();
        } catch (Exception e) {
            return -1;
        }
    }


}
