package cn.techmarket.hub.search.admin;

import cn.techmarket.hub.search.SearchIndex;
import cn.techmarket.hub.search.sync.FeedExport;
import cn.techmarket.hub.search.sync.FeedReader;
import cn.techmarket.hub.search.sync.SearchDocument;

import cn.techmarket.hub.registry.TenantRegistry;
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

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A full rebuild moves every alias onto new indexes made from the current template, while search
 * keeps answering and a city keeps publishing; afterwards nothing is missing and the old indexes
 * are gone.
 */
@HubIntegrationTest(properties = {
        "market.hub.search.sync-interval=300ms", "market.hub.search.index-prefix=rebuild-test", "market.hub.registry.probe-interval=1h",
        "market.hub.search.refresh-interval=400ms"})
class SearchRebuildTest {

    @RegisterExtension
    static final TenantNode node = TenantNodeProcesses.start("rebuild", List.of("changchun", "jilin"));

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        HubServers.configure(registry, "rebuild_hub");
        RegistryBootstrap.of(registry).cities(node, "changchun", "jilin");
    }


    @LocalServerPort
    int port;

    @Autowired
    ElasticsearchClient client;

    @Autowired
    SearchIndex searchIndex;

    @Autowired
    SearchDrift drift;

    @Autowired
    TenantRegistry registry;

    private static final String PROGRESS = "{ state analyzer indexes tenantsTotal tenantsDone documents startedAt finishedAt error }";

    @Test
    void aRebuildSwapsEveryAliasWithoutLosingAWriteOrASearch() throws Exception {
        await().atMost(Duration.ofSeconds(60)).until(() -> total("复合材料") > 0 && noDrift());
        long before = total("复合材料");
        Set<String> oldIndexes = client.indices().getAlias(a -> a.name(searchIndex.alias(RecordKind.ACHIEVEMENT))).aliases().keySet();

        ClientGraphQlResponse byStaff = hub("province-staff", "mutation { rebuildSearchIndex " + PROGRESS + " }");
        assertThat(byStaff.getErrors()).extracting(e -> e.getErrorType().toString()).containsExactly("FORBIDDEN");
        ClientGraphQlResponse started = hub("platform-admin", "mutation { rebuildSearchIndex " + PROGRESS + " }");
        assertThat(started.getErrors()).isEmpty();
        assertThat((Map<String, Object>) started.field("rebuildSearchIndex").getValue())
                .containsEntry("state", "RUNNING").containsEntry("analyzer", "standard").containsEntry("tenantsTotal", 2);
        String published = publish();
        assertThat(total("复合材料")).as("search answers while the rebuild runs").isGreaterThanOrEqualTo(before);

        await().atMost(Duration.ofSeconds(60)).until(() -> "DONE".equals(progress().get("state")));
        Map<String, Object> done = progress();

        assertThat(done.get("tenantsDone")).isEqualTo(2);
        assertThat(((Number) done.get("documents")).longValue()).isGreaterThan(100);
        Set<String> newIndexes = client.indices().getAlias(a -> a.name(searchIndex.alias(RecordKind.ACHIEVEMENT))).aliases().keySet();
        assertThat(newIndexes).hasSize(1).doesNotContainAnyElementsOf(oldIndexes);
        assertThat((List<String>) done.get("indexes")).containsAll(newIndexes);
        assertThat(refreshInterval(newIndexes.iterator().next())).as("refreshes as configured again after the bulk load").isEqualTo("400ms");
        assertThat(client.indices().exists(e -> e.index(List.copyOf(oldIndexes))).value()).as("old indexes deleted").isFalse();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(noDrift()).isTrue();
            assertThat(search("玄武岩纤维连续拉丝")).contains(published);
        });
        assertThat(total("复合材料")).isEqualTo(before);
    }

    @Autowired
    org.springframework.data.mongodb.core.MongoTemplate mongo;

    @Test
    void aRebuildRunningOnAnotherReplicaIsShownHereAndNotStartedTwiceAndIsShownFailedOnceThatReplicaStopped() {
        await().atMost(Duration.ofSeconds(60)).until(() -> progress() == null || !"RUNNING".equals(progress().get("state")));
        cn.techmarket.hub.replica.Leases elsewhere = new cn.techmarket.hub.replica.Leases(mongo, java.time.Clock.systemUTC(),
                new cn.techmarket.hub.replica.ReplicaId("replica-b"), Duration.ofMinutes(1));
        assertThat(elsewhere.hold(SearchRebuild.LEASE)).isTrue();
        java.time.Instant startedThere = java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        mongo.save(new SearchRebuild.Stored("latest", "replica-b", new SearchRebuild.Progress(SearchRebuild.State.RUNNING, "standard",
                List.of("rebuild-test-achievement-elsewhere"), 2, 1, 10, startedThere, null, null)), SearchRebuild.COLLECTION);
        try {
            ClientGraphQlResponse asked = hub("platform-admin", "mutation { rebuildSearchIndex " + PROGRESS + " }");

            assertThat((Map<String, Object>) asked.field("rebuildSearchIndex").getValue()).as("the one running there, not a second")
                    .containsEntry("state", "RUNNING").containsEntry("indexes", List.of("rebuild-test-achievement-elsewhere"))
                    .containsEntry("tenantsDone", 1);
            assertThat(progress()).containsEntry("state", "RUNNING").containsEntry("documents", 10);
        } finally {
            // that replica stops without finishing: its lease is gone
            elsewhere.release(SearchRebuild.LEASE);
        }
        assertThat(progress()).containsEntry("state", "FAILED");
        assertThat((String) progress().get("error")).contains("replica-b");
        ClientGraphQlResponse again = hub("platform-admin", "mutation { rebuildSearchIndex " + PROGRESS + " }");
        assertThat((Map<String, Object>) again.field("rebuildSearchIndex").getValue()).as("started here now").containsEntry("state", "RUNNING")
                .doesNotContainEntry("indexes", List.of("rebuild-test-achievement-elsewhere"));
        await().atMost(Duration.ofSeconds(60)).until(() -> "DONE".equals(progress().get("state")));
    }

    private String refreshInterval(String index) throws java.io.IOException {
        return client.indices().getSettings(g -> g.index(index)).get(index).settings().index().refreshInterval().time();
    }

    @Autowired
    SearchRebuild rebuild;

    @Test
    void indexesMadeFromAnOlderMappingAreRebuiltWhenTheHubStarts() throws Exception {
        await().atMost(Duration.ofSeconds(60)).until(() -> total("复合材料") > 0 && noDrift());
        assertThat(searchIndex.outdated()).isFalse();
        // the achievements alias moved onto an index as the previous release made it
        String alias = searchIndex.alias(RecordKind.ACHIEVEMENT);
        String previous = alias + "-v2-1";
        client.indices().create(c -> c.index(previous).mappings(m -> m.meta("mappingVersion", co.elastic.clients.json.JsonData.of(2))));
        String current = client.indices().getAlias(a -> a.name(alias)).aliases().keySet().iterator().next();
        client.indices().updateAliases(u -> u.actions(a -> a.remove(r -> r.index(current).alias(alias)))
                .actions(a -> a.add(add -> add.index(previous).alias(alias).isWriteIndex(true))));
        assertThat(searchIndex.outdated()).isTrue();

        rebuild.rebuildOutdated();

        await().atMost(Duration.ofSeconds(60)).until(() -> rebuild.progress() != null && rebuild.progress().state() == SearchRebuild.State.DONE);
        assertThat(searchIndex.outdated()).isFalse();
        assertThat(client.indices().getAlias(a -> a.name(alias)).aliases().keySet()).doesNotContain(previous, current);
        await().atMost(Duration.ofSeconds(30)).until(this::noDrift);
        rebuild.rebuildOutdated();
        assertThat(rebuild.progress().state()).as("an index already current is left alone").isEqualTo(SearchRebuild.State.DONE);
    }

    @Autowired
    FeedReader feed;

    @Autowired
    FeedExport export;

    @Test
    void theBackfillsExportGivesTheSameIndexDocumentsAsThePagedFeed() throws Exception {
        for (String tenantId : List.of("changchun", "jilin")) {
            var tenant = registry.find(tenantId).orElseThrow();
            Map<String, SearchDocument> paged = new java.util.HashMap<>();
            String pagedEnd = feed.read(tenant, null, changes -> changes.forEach(change -> put(paged, SearchDocument.of(change))));
            Map<String, SearchDocument> exported = new java.util.HashMap<>();
            String exportEnd = export.read(tenant, null, changes -> changes.forEach(change -> put(exported, SearchDocument.of(change))));

            assertThat(exported).as(tenantId).hasSizeGreaterThan(50).isEqualTo(paged);
            assertThat(exported.values()).extracting(SearchDocument::kind).contains(RecordKind.values());
            assertThat(exportEnd).isEqualTo(pagedEnd);
        }
    }

    /** The latest change of each record, as the index keeps it. */
    private static void put(Map<String, SearchDocument> documents, SearchDocument document) {
        documents.merge(document.id(), document, (old, now) -> now.seq() > old.seq() ? now : old);
    }

    @Test
    void anExportCutShortFailsRatherThanPassingForTheWholeFeed() throws Exception {
        var server = com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        // a tenant that dies mid-stream: changes, but no closing cursor line
        server.createContext("/tenants/baishan/changes", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            try (var body = exchange.getResponseBody()) {
                body.write(("{\"kind\":\"EXPERT\",\"id\":\"RXhwZXJ0OmJhaXNoYW46MQ\",\"seq\":1,\"version\":1,"
                        + "\"lifecycle\":\"DRAFT\",\"record\":null}\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        });
        server.start();
        try {
            var baishan = new cn.techmarket.hub.registry.RegisteredTenant("baishan", "白山", "Baishan", "220600",
                    "http://127.0.0.1:" + server.getAddress().getPort() + "/tenants/baishan/graphql",
                    cn.techmarket.hub.registry.RegisteredTenant.TenantStatus.ACTIVE);
            List<Object> handedOver = new java.util.ArrayList<>();
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> export.read(baishan, null, handedOver::addAll))
                    .isInstanceOf(java.io.IOException.class).hasMessageContaining("baishan").hasMessageContaining("cursor line");
        } finally {
            server.stop(0);
        }
    }

    private boolean noDrift() throws Exception {
        for (String tenant : List.of("changchun", "jilin")) {
            for (SearchDrift.KindDrift kind : drift.check(registry.find(tenant).orElseThrow())) {
                if (kind.missing() + kind.stale() + kind.extra() > 0) {
                    return false;
                }
            }
        }
        return true;
    }

    private String publish() {
        var operator = HubSecurity.client(node.endpoint("jilin"), "jilin-operator");
        String id = operator.document("mutation { createAchievement(input: {title: \"玄武岩纤维连续拉丝技术\", summary: \"重建期间发布。\","
                + " industry: CHEMICAL_NEW_MATERIALS, maturity: PILOT, ownerInstitution: \"吉林大学\", transferModes: [LICENSE]}) { id } }")
                .executeSync().field("createAchievement.id").getValue();
        assertThat(operator.document("mutation($id: ID!) { publish(id: $id, expectedVersion: 1) { id } }").variable("id", id)
                .executeSync().getErrors()).isEmpty();
        return id;
    }

    private Map<String, Object> progress() {
        return hub("province-staff", "{ searchRebuild " + PROGRESS + " }").field("searchRebuild").getValue();
    }

    private long total(String text) {
        ClientGraphQlResponse response = hub(null, "query($text: String) { search(text: $text) { total } }", Map.of("text", text));
        assertThat(response.getErrors()).isEmpty();
        return ((Number) response.field("search.total").getValue()).longValue();
    }

    private List<String> search(String text) {
        List<Map<String, Object>> hits = hub(null, "query($text: String) { search(text: $text) { hits { id } } }", Map.of("text", text))
                .field("search.hits").getValue();
        return hits.stream().map(hit -> (String) hit.get("id")).toList();
    }

    private ClientGraphQlResponse hub(String client, String document) {
        return hub(client, document, Map.of());
    }

    private ClientGraphQlResponse hub(String client, String document, Map<String, Object> variables) {
        return HubSecurity.client("http://127.0.0.1:" + port + "/graphql", client).document(document).variables(variables).executeSync();
    }
}
