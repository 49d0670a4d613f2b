package cn.techmarket.hub.bench;

import cn.techmarket.infra.process.FreePort;
import cn.techmarket.hub.support.HubSecurity;
import cn.techmarket.hub.support.HubServers;
import cn.techmarket.hub.support.RegistryBootstrap;
import cn.techmarket.hub.support.TenantNodeProcesses;
import cn.techmarket.hub.support.TenantNodeProcesses.TenantNode;
import org.junit.jupiter.api.AfterAll;
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
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * With one city hung (its node stopped by SIGSTOP: connections open, nothing answered), how long
 * do requests through the hub take, whatever their shape? Several hundred requests of mixed shapes
 * (many fields on the hung city, province-wide lists and counts, record lookups, writes), four
 * clients at once; the longest is compared with the request deadline
 * ({@code market.hub.federation.time-limit}, 2 s) plus 200 ms. Not part of the default tests:
 * {@code mvn -pl hub verify -Dtest=HungCityBenchmark -Dsurefire.excludedGroups= -Dsurefire.failIfNoSpecifiedTests=false -DskipITs}.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "market.hub.registry.probe-interval=1h", "market.hub.search.sync-interval=1h",
        "market.graphql.rate-limit.requests-per-second=10000"})
class HungCityBenchmark {

    private static final int REQUESTS = Integer.getInteger("bench.requests", 400);
    private static final Duration DEADLINE = Duration.ofSeconds(2);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @RegisterExtension
    static final TenantNode changchun = TenantNodeProcesses.forBenchmark("hung_a", List.of("changchun"), FreePort.find(), List.of(), "256m");
    @RegisterExtension
    static final TenantNode jilin = TenantNodeProcesses.forBenchmark("hung_b", List.of("jilin"), FreePort.find(), List.of(), "256m");
    @RegisterExtension
    static final TenantNode siping = TenantNodeProcesses.forBenchmark("hung_c", List.of("siping"), FreePort.find(), List.of(), "256m");

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        HubServers.configure(registry, "hung_bench_hub");
        RegistryBootstrap.of(registry).cities(changchun, "changchun").cities(jilin, "jilin").cities(siping, "siping");
    }

    @AfterAll
    static void stop() throws Exception {
        signal("CONT", siping.process().pid());
    }

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    /** The shapes: each a request body and the demo client sending it. */
    private List<Map.Entry<String, Map<String, Object>>> shapes(String sipingRecord) {
        String sixFields = "{ a: tenant(id: \"siping\") { libraryCounts { count } } b: tenant(id: \"siping\") { achievements(first: 3) { edges { cursor } } }"
                + " c: tenant(id: \"siping\") { demands(first: 3) { edges { cursor } } } d: tenant(id: \"siping\") { experts(first: 3) { edges { cursor } } }"
                + " e: tenant(id: \"siping\") { financingInstitutions(first: 3) { edges { cursor } } } f: tenant(id: \"siping\") { serviceInstitutions(first: 3) { edges { cursor } } } }";
        return List.of(
                Map.entry("province-staff", Map.of("query", sixFields)),
                Map.entry("province-staff", Map.of("query", "{ province { libraryCounts { tenantId count } achievements(first: 5) { edges { cursor } } demands(first: 5) { edges { cursor } } } }")),
                Map.entry("province-staff", Map.of("query", "{ tenant(id: \"siping\") { libraryCounts { count } } x: tenant(id: \"changchun\") { libraryCounts { count } } }")),
                Map.entry("province-staff", Map.of("query", "query($id: ID!) { node(id: $id) { id } }", "variables", Map.of("id", sipingRecord))),
                Map.entry("province-staff", Map.of("query", "{ province { contractStatistics(year: 2026) { year } matchStatistics(year: 2026) { year } } }")),
                Map.entry("siping-operator", Map.of("query", "mutation($input: AchievementInput!) { createAchievement(tenantId: \"siping\", input: $input) { id } }",
                        "variables", Map.of("input", Map.of("title", "挂起期间的写入", "summary", "s", "industry", "CARBON_FIBER", "maturity", "PILOT",
                                "ownerInstitution", "o", "transferModes", List.of("LICENSE"))))),
                Map.entry("province-staff", Map.of("query", "{ tenants { id health { state } } }")));
    }

    @Test
    void noRequestOutlastsItsDeadlineWithACityHung() throws Exception {
        String hub = "http://127.0.0.1:" + port + "/graphql";
        String sipingRecord = firstAchievement(hub);
        List<Map.Entry<String, Map<String, Object>>> shapes = shapes(sipingRecord);
        for (int i = 0; i < 50; i++) {
            post(hub, shapes.get(i % shapes.size()));
        }
        signal("STOP", siping.process().pid());
        ExecutorService clients = Executors.newFixedThreadPool(4);
        long[] nanos = new long[REQUESTS];
        String[] shapeOf = new String[REQUESTS];
        try {
            List<Future<?>> sent = new ArrayList<>();
            for (int i = 0; i < REQUESTS; i++) {
                int n = i;
                sent.add(clients.submit(() -> {
                    Map.Entry<String, Map<String, Object>> shape = shapes.get(n % shapes.size());
                    long start = System.nanoTime();
                    post(hub, shape);
                    nanos[n] = System.nanoTime() - start;
                    shapeOf[n] = String.valueOf(shape.getValue().get("query")).substring(0, 30);
                    return null;
                }));
            }
            for (Future<?> request : sent) {
                request.get();
            }
        } finally {
            clients.shutdownNow();
            signal("CONT", siping.process().pid());
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        long bound = DEADLINE.plusMillis(200).toNanos();
        long over = Arrays.stream(nanos).filter(took -> took > bound).count();
        int slowest = 0;
        for (int i = 1; i < REQUESTS; i++) {
            slowest = nanos[i] > nanos[slowest] ? i : slowest;
        }
        String report = """
                ## A hung city (%s)

                %d requests through the hub, %d shapes, 4 clients at once, 四平's node stopped (SIGSTOP); deadline %d ms.

                | p50 ms | p95 ms | p99 ms | p100 ms | over deadline + 200 ms |
                |---:|---:|---:|---:|---:|
                | %.1f | %.1f | %.1f | %.1f | %d |

                The slowest request began `%s…`.
                """.formatted(java.time.LocalDateTime.now().withNano(0), REQUESTS, shapes.size(), DEADLINE.toMillis(),
                ms(sorted[REQUESTS / 2]), ms(sorted[(int) (REQUESTS * 0.95)]), ms(sorted[(int) (REQUESTS * 0.99)]), ms(sorted[REQUESTS - 1]), over,
                shapeOf[slowest]);
        System.out.println(report);
        Path out = Path.of("target", "benchmarks", "hung-city.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    @SuppressWarnings("unchecked")
    private String firstAchievement(String hub) throws Exception {
        Map<String, Object> body = post(hub, Map.entry("province-staff", Map.of("query",
                "{ tenant(id: \"siping\") { achievements(first: 1) { edges { node { id } } } } }")));
        Map<String, Object> data = (Map<String, Object>) body.get("data");
        Map<String, Object> connection = (Map<String, Object>) ((Map<String, Object>) data.get("tenant")).get("achievements");
        return (String) ((Map<String, Object>) ((List<Map<String, Object>>) connection.get("edges")).get(0).get("node")).get("id");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> post(String url, Map.Entry<String, Map<String, Object>> shape) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + HubSecurity.token(shape.getKey()))
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(shape.getValue())));
        if (String.valueOf(shape.getValue().get("query")).startsWith("mutation")) {
            request.header("Idempotency-Key", UUID.randomUUID().toString());
        }
        return JSON.readValue(http.send(request.build(), HttpResponse.BodyHandlers.ofString()).body(), Map.class);
    }

    private static void signal(String signal, long pid) throws Exception {
        new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start().waitFor();
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }
}
