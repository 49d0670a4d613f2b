package cn.techmarket.hub.bench;

import cn.techmarket.infra.process.FreePort;
import cn.techmarket.hub.support.HubSecurity;
import cn.techmarket.hub.support.HubServers;
import cn.techmarket.hub.support.RegistryBootstrap;
import cn.techmarket.hub.support.TenantNodeProcesses;
import cn.techmarket.hub.support.TenantNodeProcesses.TenantNode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One busy client writing to one city through the hub with many requests at once, and another
 * client reading that city meanwhile: how many writes the hub refuses, and how long the other
 * client waits, with the bulkheads as configured ({@code -Dbench.bulkhead=current}) or as they
 * were (16 calls per city, none queued, no share per client: {@code -Dbench.bulkhead=before}); {@code -Dbench.clientShare=N}
 * tries another size for one client's share.
 * {@code mvn -pl hub verify -Dtest=ConcurrentWritesBenchmark -Dsurefire.excludedGroups= -Dsurefire.failIfNoSpecifiedTests=false -DskipITs -Dbench.bulkhead=before}
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "market.hub.registry.probe-interval=1h", "market.hub.search.sync-interval=1h",
        "market.graphql.rate-limit.requests-per-second=100000"})
class ConcurrentWritesBenchmark {

    private static final String SETTING = System.getProperty("bench.bulkhead", "current")
            + (System.getProperty("bench.clientShare") == null ? "" : ", client share " + System.getProperty("bench.clientShare"));
    private static final int WRITERS = Integer.getInteger("bench.writers", 40);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 10);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @RegisterExtension
    static final TenantNode changchun = TenantNodeProcesses.forBenchmark("writes_bench", List.of("changchun"), FreePort.find(), List.of(), "256m");

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        HubServers.configure(registry, "writes_bench_hub");
        RegistryBootstrap.of(registry).cities(changchun, "changchun");
        if (System.getProperty("bench.clientShare") != null) {
            registry.add("resilience4j.bulkhead.configs.client.max-concurrent-calls", () -> Integer.getInteger("bench.clientShare"));
        }
        if (SETTING.equals("before")) {
            registry.add("resilience4j.bulkhead.configs.tenant.max-concurrent-calls", () -> 16);
            registry.add("resilience4j.bulkhead.configs.tenant.max-wait-duration", () -> "0");
            registry.add("resilience4j.bulkhead.configs.client.max-concurrent-calls", () -> 100_000);
        }
    }


    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void aBusyClientsWritesQueueAndAnotherClientIsServed() throws Exception {
        String hub = "http://127.0.0.1:" + port + "/graphql";
        String operator = HubSecurity.token("changchun-operator");
        String staff = HubSecurity.token("province-staff");
        for (int i = 0; i < 100; i++) {
            write(hub, operator, "预热 " + i);
            read(hub, staff);
        }
        ConcurrentLinkedQueue<Long> writeNanos = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Long> readNanos = new ConcurrentLinkedQueue<>();
        AtomicInteger refused = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS + 1);
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger writing = new AtomicInteger(WRITERS);
        List<Future<?>> all = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            all.add(pool.submit(() -> {
                start.await();
                for (int r = 0; r < ROUNDS; r++) {
                    long began = System.nanoTime();
                    if (!write(hub, operator, "并发基准 " + writer + " " + r)) {
                        refused.incrementAndGet();
                    }
                    writeNanos.add(System.nanoTime() - began);
                }
                writing.decrementAndGet();
                return null;
            }));
        }
        all.add(pool.submit(() -> {
            start.await();
            while (writing.get() > 0) {
                long began = System.nanoTime();
                read(hub, staff);
                readNanos.add(System.nanoTime() - began);
            }
            return null;
        }));
        long began = System.nanoTime();
        start.countDown();
        for (Future<?> task : all) {
            task.get();
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        pool.shutdownNow();
        long[] writes = writeNanos.stream().mapToLong(Long::longValue).sorted().toArray();
        long[] reads = readNanos.stream().mapToLong(Long::longValue).sorted().toArray();
        String report = """
                | %s | %d × %d | %d | %.0f | %.1f | %.1f | %.1f | %.1f | %d |
                """.formatted(SETTING, WRITERS, ROUNDS, refused.get(), writes.length / seconds, ms(writes, 0.5), ms(writes, 0.95),
                ms(reads, 0.5), ms(reads, 0.95), reads.length);
        System.out.println("| bulkheads | writers × writes | refused | writes/s | write p50 ms | write p95 ms | other client's read p50 ms | p95 ms | reads |");
        System.out.println(report);
        Path out = Path.of("target", "benchmarks", "concurrent-writes-" + SETTING.replaceAll("\\W+", "-") + ".md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    @SuppressWarnings("unchecked")
    private boolean write(String hub, String token, String title) throws Exception {
        Map<String, Object> body = post(hub, token, Map.of("query", "mutation($t: String!) { createAchievement(tenantId: \"changchun\","
                + " input: {title: $t, summary: \"并发基准。\", industry: CARBON_FIBER, maturity: PILOT, ownerInstitution: \"吉林大学\","
                + " transferModes: [LICENSE]}) { id } }", "variables", Map.of("t", title)));
        return !body.containsKey("errors");
    }

    private void read(String hub, String token) throws Exception {
        post(hub, token, Map.of("query", "{ tenant(id: \"changchun\") { libraryCounts { count } } }"));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> post(String hub, String token, Map<String, Object> body) throws Exception {
        return JSON.readValue(http.send(HttpRequest.newBuilder(URI.create(hub)).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString()).body(), Map.class);
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) (sorted.length * quantile))] / 1e6;
    }
}
