package cn.techmarket.hub.federation;

import cn.techmarket.model.region.TenantId;

import cn.techmarket.hub.support.HubSecurity;
import cn.techmarket.hub.support.HubServers;
import cn.techmarket.hub.support.RegistryBootstrap;
import cn.techmarket.hub.support.TenantNodeProcesses;
import cn.techmarket.hub.support.TenantNodeProcesses.TenantNode;
import cn.techmarket.infra.process.LatencyProxy;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import cn.techmarket.hub.support.HubIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.client.HttpSyncGraphQlClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

import cn.techmarket.model.id.GlobalId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The hub over three real tenant nodes (separate JVMs, real HTTP): forwarding, province-wide
 * fan-out with merged cursors, and what happens when one tenant is slow, stopped and back.
 */
@HubIntegrationTest(properties = {
        "market.hub.federation.time-limit=1s",
        "market.hub.federation.attempt-timeout=800ms",
        "resilience4j.circuitbreaker.configs.tenant.wait-duration-in-open-state=2s",
        "market.hub.registry.probe-interval=1h",
        // no search sync here: its calls to tenants would blur the call counts these tests assert
        "market.hub.search.sync-interval=1h"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FederationTest {

    @RegisterExtension
    static final TenantNode changchun = TenantNodeProcesses.start("federation_a", List.of("changchun"));
    static TenantNode jilin = TenantNodeProcesses.start("federation_b", List.of("jilin"));
    @RegisterExtension
    static final TenantNode siping = TenantNodeProcesses.start("federation_c", List.of("siping"));
    static final LatencyProxy sipingProxy = LatencyProxy.to(siping.port());

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        HubServers.configure(registry, "federation_test_hub");
        RegistryBootstrap.of(registry).cities(changchun, "changchun").cities(jilin, "jilin")
                .city("siping", "http://127.0.0.1:" + sipingProxy.port() + "/tenants/siping/graphql");
    }


    @AfterAll
    static void stopTenantNodes() {
        sipingProxy.close();
        jilin.close();
    }

    @AfterEach
    void healSiping() {
        sipingProxy.heal();
        // a test that slowed siping leaves failures in its circuit's window; the next starts with a healthy siping
        gateway.circuitBreaker(TenantId.of("siping")).reset();
    }

    @LocalServerPort
    int port;

    @Autowired
    TenantGateway gateway;

    @Autowired
    io.github.resilience4j.bulkhead.BulkheadRegistry bulkheads;

    @Autowired
    io.micrometer.core.instrument.MeterRegistry meters;

    private ClientGraphQlResponse hub(String document) {
        return hub(document, Map.of());
    }

    private ClientGraphQlResponse hub(String document, Map<String, Object> variables) {
        // as 吉林's operator: the writes below go to 吉林
        return HubSecurity.client("http://127.0.0.1:" + port + "/graphql", "jilin-operator")
                .document(document).variables(variables).executeSync();
    }

    @Test
    @Order(1)
    void aTenantScopedQueryIsForwardedToThatTenantWithTheClientsSelection() {
        ClientGraphQlResponse response = hub("{ tenant(id: \"jilin\") { name items: achievements(first: 3, filter: {}) {"
                + " edges { node { id tenantId t: title askingPrice } } pageInfo { hasNextPage } } } }");

        assertThat(response.getErrors()).isEmpty();
        List<Map<String, Object>> edges = response.field("tenant.items.edges").getValue();
        assertThat(edges).hasSize(3).allSatisfy(edge -> {
            Map<String, Object> node = (Map<String, Object>) edge.get("node");
            assertThat(node).containsEntry("tenantId", "jilin").containsKey("t");
        });
    }

    @Test
    @Order(2)
    void anyRecordIsReachableByItsGlobalIdThroughTheHub() {
        String id = hub("{ tenant(id: \"siping\") { demands(first: 1) { edges { node { id } } } } }")
                .field("tenant.demands.edges[0].node.id").getValue();

        ClientGraphQlResponse response = hub("query($id: ID!) { node(id: $id) { id __typename ... on Demand { title enterpriseName } } }",
                Map.of("id", id));

        assertThat(response.getErrors()).isEmpty();
        Map<String, Object> node = response.field("node").getValue();
        assertThat(node).containsEntry("id", id).containsEntry("__typename", "Demand").containsKey("enterpriseName");
    }

    @Test
    @Order(2)
    void lookupsOfManyRecordsCallEachTenantOnce() {
        List<String> changchunIds = ids("changchun", 3);
        List<String> sipingIds = ids("siping", 2);
        double changchunBefore = callsTo("changchun");
        double sipingBefore = callsTo("siping");
        double jilinBefore = callsTo("jilin");

        List<String> all = new ArrayList<>(changchunIds);
        all.addAll(sipingIds);
        all.add("not-an-id");
        ClientGraphQlResponse response = hub("query($ids: [ID!]!, $one: ID!, $two: ID!) { nodes(ids: $ids) { id ... on Achievement { title } }"
                + " a: node(id: $one) { id } b: node(id: $two) { id } }", Map.of("ids", all, "one", changchunIds.get(0), "two", sipingIds.get(1)));

        assertThat(onlyError(response).getExtensions()).containsEntry("field", "ids[5]").containsEntry("code", "INVALID_INPUT");
        List<Map<String, Object>> nodes = response.field("nodes").getValue();
        assertThat(nodes).hasSize(6);
        assertThat(nodes.subList(0, 5)).extracting(n -> n.get("id")).containsExactlyElementsOf(all.subList(0, 5));
        assertThat(nodes.get(5)).isNull();
        assertThat(nodes.get(0)).containsKey("title");
        assertThat(callsTo("changchun") - changchunBefore).isEqualTo(1);
        assertThat(callsTo("siping") - sipingBefore).isEqualTo(1);
        assertThat(callsTo("jilin") - jilinBefore).isZero();
    }

    private List<String> ids(String tenant, int count) {
        ClientGraphQlResponse response = hub("{ tenant(id: \"" + tenant + "\") { achievements(first: " + count + ") { edges { node { id } } } } }");
        assertThat(response.getErrors()).as("listing " + tenant).isEmpty();
        List<Map<String, Object>> edges = response.field("tenant.achievements.edges").getValue();
        return edges.stream().map(edge -> (String) ((Map<String, Object>) edge.get("node")).get("id")).toList();
    }

    private double callsTo(String tenant) {
        var timer = meters.find(TenantGateway.CALLS_METRIC).tag("tenant", tenant).tag("outcome", "OK").timer();
        return timer == null ? 0 : timer.count();
    }

    @Test
    @Order(3)
    void provinceCountsComeFromEveryCity() {
        List<Map<String, Object>> counts = hub("{ province { libraryCounts { tenantId cityName kind count } } }")
                .field("province.libraryCounts").getValue();

        assertThat(counts).extracting(c -> c.get("tenantId")).containsOnly("changchun", "jilin", "siping");
        assertThat(counts).filteredOn(c -> c.get("kind").equals("ACHIEVEMENT")).extracting(c -> c.get("count")).containsOnly(30);
    }

    @Test
    @Order(3)
    void theMergedProvinceListingVisitsEveryCitysAchievementsOnceNewestFirst() {
        List<Map<String, Object>> seen = new ArrayList<>();
        String after = null;
        boolean hasNext = true;
        while (hasNext) {
            Map<String, Object> variables = new HashMap<>();
            variables.put("after", after);
            ClientGraphQlResponse page = hub("query($after: String) { province { achievements(first: 7, after: $after) {"
                    + " edges { node { id tenantId publishedAt } } pageInfo { hasNextPage endCursor } } } }", variables);
            assertThat(page.getErrors()).isEmpty();
            List<Map<String, Object>> edges = page.field("province.achievements.edges").getValue();
            edges.forEach(edge -> seen.add((Map<String, Object>) edge.get("node")));
            hasNext = page.field("province.achievements.pageInfo.hasNextPage").toEntity(Boolean.class);
            after = page.field("province.achievements.pageInfo.endCursor").getValue();
        }

        assertThat(seen).hasSize(90).extracting(n -> n.get("id")).doesNotHaveDuplicates();
        assertThat(seen).extracting(n -> Instant.parse((String) n.get("publishedAt"))).isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(seen).extracting(n -> n.get("tenantId")).contains("changchun", "jilin", "siping");
    }

    @Test
    @Order(4)
    void aWriteThroughTheHubReachesTheOwningTenantOnly() {
        Map<String, Long> before = achievementCounts();
        Map<String, Object> input = Map.of("title", "玉米深加工生产燃料乙醇关键技术", "summary", "吉林省农业科学院的玉米深加工成果。",
                "industry", "AGRI_FOOD_PROCESSING", "maturity", "PILOT", "ownerInstitution", "吉林省农业科学院",
                "transferModes", List.of("ASSIGNMENT"), "askingPrice", "2500000.00");

        ClientGraphQlResponse created = hub("mutation($input: AchievementInput!) { createAchievement(tenantId: \"jilin\", input: $input) {"
                + " id version tenantId askingPrice } }", Map.of("input", input));
        assertThat(created.getErrors()).isEmpty();
        String id = created.field("createAchievement.id").getValue();
        assertThat((String) created.field("createAchievement.askingPrice").getValue()).isEqualTo("2500000.00");
        ClientGraphQlResponse published = hub("mutation($id: ID!) { publish(id: $id, expectedVersion: 1) { lifecycle version } }", Map.of("id", id));
        assertThat(published.getErrors()).isEmpty();

        Map<String, Long> after = achievementCounts();
        assertThat(after.get("jilin")).isEqualTo(before.get("jilin") + 1);
        assertThat(after.get("changchun")).isEqualTo(before.get("changchun"));
        assertThat(after.get("siping")).isEqualTo(before.get("siping"));

        ClientGraphQlResponse stale = hub("mutation($id: ID!) { withdraw(id: $id, expectedVersion: 1) { version } }", Map.of("id", id));
        assertThat(onlyError(stale).getExtensions()).containsEntry("tenant", "jilin").containsEntry("code", "STALE_VERSION")
                .containsEntry("field", "expectedVersion");
        ClientGraphQlResponse elsewhere = hub("mutation($input: AchievementInput!) { createAchievement(tenantId: \"changchun\", input: $input) { id } }",
                Map.of("input", input));
        assertThat(onlyError(elsewhere).getExtensions()).as("吉林's operator cannot write to 长春").containsEntry("classification", "FORBIDDEN");
        assertThat(onlyError(elsewhere).getMessage()).as("and is told why").contains("changchun", "jilin", "own operators");
        ClientGraphQlResponse elsewhereById = hub("mutation($id: ID!) { publish(id: $id, expectedVersion: 1) { version } }",
                Map.of("id", GlobalId.encode("changchun", "Achievement", "0123456789abcdef01234567")));
        assertThat(onlyError(elsewhereById).getMessage()).as("a record of another city, by id").contains("changchun", "own operators");
        ClientGraphQlResponse unknownCity = hub("mutation($input: AchievementInput!) { createAchievement(tenantId: \"nowhere\", input: $input) { id } }",
                Map.of("input", input));
        assertThat(onlyError(unknownCity).getExtensions()).as("a sub-market no one registered is named as such, not forbidden")
                .containsEntry("field", "tenantId").containsEntry("code", "NOT_FOUND");
        ClientGraphQlResponse nowhere = HubSecurity.client("http://127.0.0.1:" + port + "/graphql", "tonghua-operator")
                .document("mutation($input: AchievementInput!) { createAchievement(tenantId: \"tonghua\", input: $input) { id } }")
                .variables(Map.of("input", input)).executeSync();
        assertThat(onlyError(nowhere).getExtensions()).as("通化 is not registered").containsEntry("field", "tenantId").containsEntry("code", "NOT_FOUND");
        hub("mutation($id: ID!) { delete(id: $id, expectedVersion: 2) { version } }", Map.of("id", id));
    }

    @Test
    @Order(4)
    void aCreateRetriedThroughTheHubWithItsIdempotencyKeyIsDoneOnceAndAnsweredTheSame() {
        Map<String, Object> input = Map.of("title", "经由省平台幂等重试的成果", "summary", "同一键重试两次。", "industry", "CARBON_FIBER",
                "maturity", "PILOT", "ownerInstitution", "吉林大学", "transferModes", List.of("LICENSE"));
        String key = java.util.UUID.randomUUID().toString();
        HttpSyncGraphQlClient keyed = HubSecurity.client("http://127.0.0.1:" + port + "/graphql", "jilin-operator").mutate()
                .header("Idempotency-Key", key).build();
        String create = "mutation($input: AchievementInput!) { createAchievement(tenantId: \"jilin\", input: $input) { id version } }";
        Map<String, Long> before = achievementCounts();

        ClientGraphQlResponse first = keyed.document(create).variables(Map.of("input", input)).executeSync();
        ClientGraphQlResponse retry = keyed.document(create).variables(Map.of("input", input)).executeSync();
        ClientGraphQlResponse other = keyed.document(create).variables(Map.of("input", Map.of("title", "另一个", "summary", "s",
                "industry", "CARBON_FIBER", "maturity", "PILOT", "ownerInstitution", "o", "transferModes", List.of("LICENSE")))).executeSync();

        assertThat(first.getErrors()).isEmpty();
        assertThat((String) retry.field("createAchievement.id").getValue()).isEqualTo(first.field("createAchievement.id").getValue());
        assertThat(onlyError(other).getExtensions()).containsEntry("tenant", "jilin").containsEntry("code", "IDEMPOTENCY_KEY_REUSED")
                .containsEntry("field", "Idempotency-Key");
        ClientGraphQlResponse badKey = HubSecurity.client("http://127.0.0.1:" + port + "/graphql", "jilin-operator").mutate()
                .header("Idempotency-Key", "no").build().document(create).variables(Map.of("input", input)).executeSync();
        assertThat(onlyError(badKey).getExtensions()).as("refused at the hub as a tenant refuses it")
                .containsEntry("field", "Idempotency-Key").containsEntry("code", "INVALID_INPUT");
        // drafts are not counted as published; the record exists once, in jilin
        assertThat(achievementCounts()).isEqualTo(before);
        ClientGraphQlResponse stored = hub("query($id: ID!) { tenant(id: \"jilin\") { node(id: $id) { id } } }",
                Map.of("id", first.field("createAchievement.id").getValue()));
        assertThat(stored.getErrors()).isEmpty();
    }

    @Test
    @Order(4)
    void aBurstOfWritesByOneClientQueuesInsteadOfBeingRefusedAndAnotherClientIsStillServed() throws Exception {
        // 四平 answers each call 20 ms late, so a burst's calls overlap as a busy client's do. Twelve writes sent at the same
        // moment are three times the client's share of four calls at once: they queue, and three rounds still fit well
        // within this hub's 1 s time limit (a write through the hub to a first-tier-compiled test node takes up to ~150 ms here)
        sipingProxy.delay(Duration.ofMillis(20));
        String create = "mutation($t: String!) { createAchievement(tenantId: \"siping\", input: {title: $t, summary: \"并发写入。\","
                + " industry: CARBON_FIBER, maturity: PILOT, ownerInstitution: \"吉林大学\", transferModes: [LICENSE]}) { id } }";
        HttpSyncGraphQlClient busy = HubSecurity.client("http://127.0.0.1:" + port + "/graphql", "siping-operator");
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(13);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        try {
            List<java.util.concurrent.Future<ClientGraphQlResponse>> writes = new java.util.ArrayList<>();
            for (int i = 0; i < 12; i++) {
                String title = "并发写入的成果 " + i;
                writes.add(pool.submit(() -> {
                    start.await();
                    return busy.document(create).variables(Map.of("t", title)).executeSync();
                }));
            }
            java.util.concurrent.Future<ClientGraphQlResponse> other = pool.submit(() -> {
                start.await();
                // asked while the busy client's writes are in flight to siping
                await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(2))
                        .until(() -> bulkheads.bulkhead("siping", "tenant").getMetrics().getAvailableConcurrentCalls()
                                < bulkheads.bulkhead("siping", "tenant").getBulkheadConfig().getMaxConcurrentCalls());
                return HubSecurity.client("http://127.0.0.1:" + port + "/graphql", "province-staff")
                        .document("{ tenant(id: \"siping\") { libraryCounts { count } } }").executeSync();
            });
            start.countDown();

            List<String> refused = new java.util.ArrayList<>();
            for (var write : writes) {
                write.get().getErrors().forEach(error -> refused.add(error.getMessage()));
            }
            assertThat(refused).as("writes refused or failed").isEmpty();
            assertThat(other.get().getErrors()).as("another client's call during the burst").isEmpty();
        } finally {
            pool.shutdownNow();
            sipingProxy.heal();
        }
    }

    @Test
    @Order(4)
    void identicalReadsInFlightCostTheTenantOneCallAndMergeOnlyWithinOneViewOfTheData() throws Exception {
        String url = "http://127.0.0.1:" + port + "/graphql";
        String publicRead = "{ tenant(id: \"siping\") { achievements(first: 5) { edges { node { id title } } } } }";
        String withContacts = "{ tenant(id: \"siping\") { achievements(first: 5) { edges { node { id contact { name } } } } } }";
        HttpSyncGraphQlClient anonymous = HubSecurity.client(url, null);
        HttpSyncGraphQlClient sipingOperator = HubSecurity.client(url, "siping-operator");
        HttpSyncGraphQlClient jilinOperator = HubSecurity.client(url, "jilin-operator");
        allAtOnce(List.of(anonymous, sipingOperator, jilinOperator), withContacts);
        // 四平 answers each call 400 ms late (within this hub's 800 ms attempt timeout), so reads sent together are all in flight at once
        sipingProxy.delay(Duration.ofMillis(400));
        try {
            double calls = sipingCalls();
            List<ClientGraphQlResponse> anonymousAnswers = allAtOnce(Collections.nCopies(6, anonymous), publicRead);
            assertThat(sipingCalls() - calls).as("six anonymous visitors asking the same at once: one call").isEqualTo(1);
            assertThat(anonymousAnswers).allSatisfy(answer -> {
                assertThat(answer.getErrors()).isEmpty();
                assertThat((Object) answer.getData()).isEqualTo(anonymousAnswers.get(0).getData());
            });

            calls = sipingCalls();
            List<ClientGraphQlResponse> answers = allAtOnce(List.of(sipingOperator, jilinOperator, sipingOperator, jilinOperator), withContacts);
            assertThat(sipingCalls() - calls).as("two views of the data, 四平's operator's and 吉林's: two calls").isEqualTo(2);
            assertThat(answers.get(0).getErrors()).isEmpty();
            assertThat(contacts(answers.get(0).getData())).as("四平's operator reads its contacts").anyMatch(java.util.Objects::nonNull);
            assertThat((Object) answers.get(2).getData()).isEqualTo(answers.get(0).getData());
            assertThat(contacts(answers.get(1).getData())).as("吉林's operator never gets 四平's operator's answer").containsOnlyNulls();
            assertThat(answers.get(1).getErrors()).extracting(error -> error.getExtensions().get("classification")).containsOnly("FORBIDDEN");
        } finally {
            sipingProxy.heal();
        }
    }

    /** Sends the same read from each client at the same moment; their answers, in order. */
    private static List<ClientGraphQlResponse> allAtOnce(List<HttpSyncGraphQlClient> clients, String document) throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(clients.size());
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        try {
            List<java.util.concurrent.Future<ClientGraphQlResponse>> sent = new ArrayList<>();
            for (HttpSyncGraphQlClient client : clients) {
                sent.add(pool.submit(() -> {
                    start.await();
                    return client.document(document).executeSync();
                }));
            }
            start.countDown();
            List<ClientGraphQlResponse> answers = new ArrayList<>();
            for (var answer : sent) {
                answers.add(answer.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Object> contacts(Map<String, Object> data) {
        Map<String, Object> connection = (Map<String, Object>) ((Map<String, Object>) data.get("tenant")).get("achievements");
        return ((List<Map<String, Object>>) connection.get("edges")).stream()
                .map(edge -> ((Map<String, Object>) edge.get("node")).get("contact")).toList();
    }

    /** The calls the hub has made to 四平, by its own timer. */
    private double sipingCalls() {
        var timer = meters.find(TenantGateway.CALLS_METRIC).tag("tenant", "siping").timers();
        return timer.stream().mapToDouble(t -> t.count()).sum();
    }

    private Map<String, Long> achievementCounts() {
        List<Map<String, Object>> counts = hub("{ province { libraryCounts { tenantId kind count } } }").field("province.libraryCounts").getValue();
        Map<String, Long> byCity = new HashMap<>();
        counts.stream().filter(c -> c.get("kind").equals("ACHIEVEMENT"))
                .forEach(c -> byCity.put((String) c.get("tenantId"), ((Number) c.get("count")).longValue()));
        return byCity;
    }

    @Test
    @Order(5)
    void aTenantTenTimesSlowerButWithinTheTimeLimitStillAnswersInFull() {
        sipingProxy.delay(Duration.ofMillis(60));

        ClientGraphQlResponse response = hub("{ province { libraryCounts { tenantId kind count } } }");

        assertThat(response.getErrors()).isEmpty();
        assertThat((List<Map<String, Object>>) response.field("province.libraryCounts").getValue())
                .extracting(c -> c.get("tenantId")).contains("siping");
    }

    @Test
    @Order(5)
    void aTenantTenTimesTooSlowIsLeftOutWithATimeoutAndTheHubStaysWithinItsTimeLimit() {
        sipingProxy.delay(Duration.ofSeconds(3));

        long start = System.nanoTime();
        ClientGraphQlResponse response = hub("{ province { libraryCounts { tenantId kind count } } }");
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        List<Map<String, Object>> counts = response.field("province.libraryCounts").getValue();
        assertThat(counts).extracting(c -> c.get("tenantId")).containsOnly("changchun", "jilin");
        assertThat(response.getErrors()).singleElement().satisfies(error -> assertThat(error.getExtensions())
                .containsEntry("tenant", "siping").containsEntry("reason", "TIMEOUT"));
        assertThat(took).isLessThan(Duration.ofMillis(1800));
    }

    @Test
    @Order(5)
    void everyFieldOfOneRequestSharesItsDeadlineSoAHungCityCostsTheTimeLimitOnce() {
        sipingProxy.delay(Duration.ofSeconds(30));
        try {
            long start = System.nanoTime();
            ClientGraphQlResponse response = hub("""
                    { a: tenant(id: "siping") { libraryCounts { count } } b: tenant(id: "siping") { achievements(first: 1) { edges { cursor } } }
                      c: tenant(id: "siping") { demands(first: 1) { edges { cursor } } } d: tenant(id: "siping") { experts(first: 1) { edges { cursor } } }
                      e: tenant(id: "siping") { libraryCounts { kind } } f: tenant(id: "jilin") { libraryCounts { count } }
                      province { libraryCounts { tenantId } achievements(first: 2) { edges { cursor } } } }""");
            Duration took = Duration.ofNanos(System.nanoTime() - start);

            // one time limit (1 s) for the whole request, not one per field (six fields took over six)
            assertThat(took).isLessThan(Duration.ofMillis(1_800));
            // every field waits side by side, so the other cities are asked in time; siping's fields time out,
            // or, asked after the first timeouts, find its circuit open
            assertThat(response.getErrors()).hasSizeGreaterThanOrEqualTo(7).allSatisfy(error -> {
                assertThat(error.getExtensions()).containsEntry("tenant", "siping");
                assertThat(error.getExtensions().get("reason")).isIn("TIMEOUT", "CIRCUIT_OPEN");
            });
            assertThat((List<Map<String, Object>>) response.field("province.achievements.edges").getValue()).as("the other cities' listings")
                    .isNotEmpty();
            assertThat((List<Map<String, Object>>) response.field("f.libraryCounts").getValue()).as("jilin answered").isNotEmpty();
        } finally {
            sipingProxy.heal();
        }
    }

    @Test
    @Order(6)
    void aStoppedTenantIsUnavailableThenItsCircuitOpensAndOtherCitiesStillAnswer() {
        jilin.close();

        ResponseError first = onlyError(hub("{ province { libraryCounts { tenantId } } }"));
        assertThat(first.getExtensions()).containsEntry("tenant", "jilin").containsEntry("reason", "UNAVAILABLE");
        for (int i = 0; i < 5; i++) {
            hub("{ tenant(id: \"jilin\") { libraryCounts { count } } }");
        }

        ClientGraphQlResponse open = hub("{ province { libraryCounts { tenantId } } }");
        assertThat(onlyError(open).getExtensions()).containsEntry("tenant", "jilin").containsEntry("reason", "CIRCUIT_OPEN");
        assertThat((List<Map<String, Object>>) open.field("province.libraryCounts").getValue())
                .extracting(c -> c.get("tenantId")).containsOnly("changchun", "siping");
        assertThat(gateway.circuitBreaker(TenantId.of("jilin")).getState()).isEqualTo(CircuitBreaker.State.OPEN);
        List<Map<String, Object>> circuits = HubSecurity.client("http://127.0.0.1:" + port + "/graphql", "province-staff")
                .document("{ tenants { id circuit } }").executeSync().field("tenants").getValue();
        assertThat(circuits).as("staff see the open circuit").contains(Map.of("id", "jilin", "circuit", "OPEN"), Map.of("id", "changchun", "circuit", "CLOSED"));
        Map<String, Object> health = RestClient.create("http://127.0.0.1:" + port).get().uri("/actuator/health")
                .retrieve().body(new ParameterizedTypeReference<>() {});
        assertThat(health).containsEntry("status", "UP");
        assertThat(health.toString()).contains("tenantCircuits").contains("jilin=").contains("state=OPEN");
    }

    @Test
    @Order(7)
    void aTenantBroughtBackClosesItsCircuitAgain() {
        jilin = TenantNodeProcesses.start("federation_b", List.of("jilin"), jilin.port());
        // after its wait in the open state the circuit lets trial calls through
        await().atMost(Duration.ofSeconds(10))
                .until(() -> gateway.circuitBreaker(TenantId.of("jilin")).getState() == CircuitBreaker.State.HALF_OPEN);

        for (int i = 0; i < 3; i++) {
            assertThat(hub("{ tenant(id: \"jilin\") { libraryCounts { count } } }").getErrors()).isEmpty();
        }

        assertThat(gateway.circuitBreaker(TenantId.of("jilin")).getState()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(hub("{ province { libraryCounts { tenantId } } }").getErrors()).isEmpty();
        String metrics = RestClient.create("http://127.0.0.1:" + port).get()
                .uri("/actuator/metrics/resilience4j.circuitbreaker.state?tag=name:jilin&tag=state:closed")
                .header("Authorization", "Bearer " + HubSecurity.token("platform-admin")).retrieve().body(String.class);
        assertThat(metrics).contains("\"value\":1.0");
    }

    private static ResponseError onlyError(ClientGraphQlResponse response) {
        assertThat(response.getErrors()).hasSize(1);
        return response.getErrors().get(0);
    }
}
