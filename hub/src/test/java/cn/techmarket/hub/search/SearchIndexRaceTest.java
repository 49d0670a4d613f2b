package cn.techmarket.hub.search;

import cn.techmarket.hub.support.HubIntegrationTest;
import cn.techmarket.hub.support.HubServers;
import cn.techmarket.model.record.RecordKind;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import static org.assertj.core.api.Assertions.assertThat;

/** Hub replicas that start together all make the search indexes at once, on a real Elasticsearch. */
@HubIntegrationTest(properties = {"market.hub.search.sync-interval=1h", "market.hub.registry.probe-interval=1h"})
class SearchIndexRaceTest {

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        HubServers.configure(registry, "index_race_hub");
    }

    @Autowired
    ElasticsearchClient client;

    @Autowired
    ChineseAnalysis analysis;

    @Test
    void replicasMakingTheIndexesAtOnceAllGetThemAndEachAliasHasOneIndex() throws Exception {
        String prefix = "race-" + System.nanoTime() % 1_000_000;
        SearchProperties properties = new SearchProperties(prefix, Duration.ofMillis(250), Duration.ofSeconds(10), Duration.ofSeconds(10),
                Duration.ofSeconds(30), Duration.ofMillis(500));
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<?>> replicas = new ArrayList<>();
        for (int replica = 0; replica < 3; replica++) {
            SearchIndex index = new SearchIndex(client, analysis, properties, Runnable::run);
            replicas.add(CompletableFuture.runAsync(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                index.ensuredAliases();
            }));
        }
        start.countDown();

        CompletableFuture.allOf(replicas.toArray(CompletableFuture[]::new)).join();
        SearchIndex any = new SearchIndex(client, analysis, properties, Runnable::run);
        for (RecordKind kind : RecordKind.values()) {
            assertThat(client.indices().getAlias(a -> a.name(any.alias(kind))).aliases()).as(kind.name()).hasSize(1);
        }
    }
}
