package cn.techmarket.hub.bench;

import cn.techmarket.hub.support.GcLog;
import cn.techmarket.hub.support.HeapAfterFullCollection;
import cn.techmarket.hub.support.HubProcess;
import cn.techmarket.hub.support.HubSecurity;
import cn.techmarket.hub.support.TenantNodeProcesses;
import cn.techmarket.hub.support.TenantNodeProcesses.TenantNode;
import cn.techmarket.infra.SharedTestServers;
import cn.techmarket.infra.process.ChildProcess;
import cn.techmarket.infra.process.FreePort;
import cn.techmarket.infra.process.JavaApp;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hub against a production GraphQL gateway doing the same job on the same machine: the same
 * queries sent straight to 长春's tenant node, through the hub ({@code tenant(id: "changchun") {…}}), and
 * through Hive Gateway in proxy mode in front of the same node. Every process runs as the start command
 * runs it: the hub from its jar with the start command's JVM settings, the tenant node likewise, the
 * peer with its default configuration. One client interleaving the three, then {@code bench.clients}
 * clients sending the same query at once (throughput, in-flight deduplication on for both). Not part
 * of the default tests.
 */
@Tag("benchmark")
class HubAgainstGatewayBenchmark {

    private static final int WARM_UP = Integer.getInteger("bench.warmup", 500);
    private static final int SAMPLES = Integer.getInteger("bench.samples", 2_000);
    private static final int CLIENTS = Integer.getInteger("bench.clients", 8);
    private static final Duration BURST = Duration.ofSeconds(Long.getLong("bench.burstSeconds", 4));
    private static final int BURSTS = Integer.getInteger("bench.bursts", 3);
    /** Achievements 吉林 holds besides: what the hub's search index holds while it is measured. */
    private static final int RECORDS = Integer.getInteger("bench.records", 1_000);
    private static final Path OUT = Path.of("target", "benchmarks");

    private record Shape(String name, String query) {
        String throughHub() {
            return "{ tenant(id: \"changchun\") " + query + " }";
        }
    }

    private record Target(String name, String url, boolean hub) {
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void hubAgainstHiveGatewayOnTheSameCalls() throws Exception {
        Files.createDirectories(OUT);
        // the measured calls go to 长春 (60 achievements); 吉林, on a node of its own, holds what the hub's index must hold besides
        try (TenantNode node = TenantNodeProcesses.forBenchmark("peer", List.of("changchun"), FreePort.find(),
                // the peer and the direct client send thousands a second from one address: the tenant's own limit per client would refuse them
                List.of("--market.node.demo.records.achievement=60", "--market.graphql.rate-limit.requests-per-second=1000000"), "256m");
             TenantNode bulk = TenantNodeProcesses.forBenchmark("peer_bulk", List.of("jilin"), FreePort.find(),
                     List.of("--market.node.demo.records.achievement=" + RECORDS),
                     System.getProperty("bench.bulkHeap", RECORDS > 200_000 ? "2g" : RECORDS > 5_000 ? "1g" : "256m"))) {
            String direct = node.endpoint("changchun");
            GcLog gcLog = new GcLog(OUT.resolve("hub-gc.log"));
            Files.deleteIfExists(gcLog.file());
            List<String> args = new ArrayList<>(HubProcess.arguments("peer_hub_" + System.currentTimeMillis(),
                    SharedTestServers.elasticsearch().uri(), Map.of("changchun", direct, "jilin", bulk.endpoint("jilin"))));
            // one client sends hundreds a second from one address: the anonymous limit per address would refuse it
            args.add("--market.graphql.rate-limit.requests-per-second=1000000");
            args.add("--market.hub.search.index-prefix=peer");
            List<String> jvm = new ArrayList<>(List.of(gcLog.jvmOption()));
            // e.g. -Dbench.hubJvm="-XX:+UseParallelGC -XX:StartFlightRecording=filename=target/benchmarks/hub.jfr"
            jvm.addAll(List.of(System.getProperty("bench.hubJvm", "").split(" ")).stream().filter(option -> !option.isBlank()).toList());
            JavaApp hubApp = new JavaApp("hub-peer-bench", HubProcess.jar(), System.getProperty("bench.hubHeap", "384m"), FreePort.find(), args,
                    Map.of(), jvm);
            long starting = System.nanoTime();
            try (ChildProcess hub = hubApp.start(OUT); HiveGatewayPeer peer = HiveGatewayPeer.proxying(direct)) {
                String synced = firstSync(hubApp.baseUrl() + "/graphql", starting, gcLog, hub.pid());
                run(direct, hubApp.baseUrl(), peer, gcLog, synced);
            }
        }
    }

    /** Waits until the hub's search holds the tenant's records; reports how long that took and the hub's heap after a full collection then. */
    private String firstSync(String hub, long starting, GcLog gcLog, long hubPid) throws Exception {
        String count = "{ search(kind: ACHIEVEMENT, first: 1) { total } }";
        long deadline = System.nanoTime() + Duration.ofMinutes(30).toNanos();
        while (data(post(hub, count)).at("/search/total").asLong() < RECORDS + 60) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the hub did not index the tenants' " + (RECORDS + 60) + " achievements within 30 minutes");
            }
            Thread.sleep(500);
        }
        double seconds = (System.nanoTime() - starting) / 1e9;
        long fullDuringSync = gcLog.pauses().full();
        return "The hub (started with 长春's 60 and 吉林's %,d achievements already stored) had them all searchable %.1f s after it was started,"
                .formatted(RECORDS, seconds)
                + " with %d full collections meanwhile; its heap after a full collection then: **%.1f MiB** in use.\n\n"
                .formatted(fullDuringSync, HeapAfterFullCollection.of(hubPid)
                        .orElseThrow(() -> new IllegalStateException("jcmd could not read the hub's heap")) / 1048576.0);
    }

    private void run(String direct, String hubBase, HiveGatewayPeer peer, GcLog gcLog, String synced) throws Exception {
        String firstId = data(post(direct, "{ achievements(first: 1) { edges { node { id } } } }"))
                .at("/achievements/edges/0/node/id").asString();
        List<Shape> shapes = List.of(
                new Shape("10 achievements, 5 fields", "{ achievements(first: 10) { edges { node { id title industryLabel maturity askingPrice } } } }"),
                new Shape("50 achievements, nested", "{ achievements(first: 50) { edges { cursor node { id title summary keywords industryLabel"
                        + " transferModes patents { number type status } } } pageInfo { hasNextPage endCursor } } }"),
                new Shape("node(id)", "{ node(id: \"" + firstId + "\") { id ... on Achievement { title summary industryLabel } } }"));
        String hub = hubBase + "/graphql";
        List<Target> targets = List.of(new Target("direct", direct, false), new Target("hub", hub, true), new Target("Hive Gateway", peer.endpoint(), false));

        for (Shape shape : shapes) {
            JsonNode straight = data(post(direct, shape.query()));
            assertThat(data(post(hub, shape.throughHub())).get("tenant")).as("the hub answers as the tenant does").isEqualTo(straight);
            assertThat(data(post(peer.endpoint(), shape.query()))).as("the peer answers as the tenant does").isEqualTo(straight);
        }
        StringBuilder report = new StringBuilder("## The hub against Hive Gateway (%s; %d rounds after %d warm-up; %d clients for throughput)\n\n"
                .formatted(java.time.LocalDateTime.now().withNano(0), SAMPLES, WARM_UP, CLIENTS)).append(synced);
        report.append("One client, the three interleaved (each round in a rotating order), ms:\n\n")
                .append("| shape | direct p50 / p95 / p99 | hub p50 / p95 / p99 | Hive Gateway p50 / p95 / p99 | hub ÷ peer p50 / p95 / p99 | hub p99 ÷ p50 |\n")
                .append("|---|---:|---:|---:|---:|---:|\n");
        GcLog.Pauses before = gcLog.pauses();
        for (Shape shape : shapes) {
            for (int i = 0; i < WARM_UP; i++) {
                for (Target target : targets) {
                    send(target, shape);
                }
            }
            Map<Target, long[]> nanos = new LinkedHashMap<>();
            targets.forEach(target -> nanos.put(target, new long[SAMPLES]));
            for (int i = 0; i < SAMPLES; i++) {
                for (int t = 0; t < targets.size(); t++) {
                    Target target = targets.get((i + t) % targets.size());
                    nanos.get(target)[i] = send(target, shape);
                }
            }
            double[][] p = targets.stream().map(target -> percentiles(nanos.get(target))).toArray(double[][]::new);
            report.append("| %s | %s | %s | %s | %.2f / %.2f / %.2f | %.1f |\n".formatted(shape.name(), format(p[0]), format(p[1]), format(p[2]),
                    p[1][0] / p[2][0], p[1][1] / p[2][1], p[1][2] / p[2][2], p[1][2] / p[1][0]));
        }
        System.out.println(report);
        GcLog.Pauses single = gcLog.pauses().since(before);
        report.append("\nThe hub's collections during the single-client rounds: %d, of which full: %d.\n\n".formatted(single.count(), single.full()));

        report.append("%d clients at once, each sending the same query for %d s, %d bursts per side alternating; requests per second,"
                .formatted(CLIENTS, BURST.toSeconds(), BURSTS))
                .append(" and the GraphQL requests the tenant executed per request answered:\n\n")
                .append("| shape | direct req/s | hub req/s | Hive Gateway req/s | hub ÷ peer | tenant calls per request: hub / peer |\n")
                .append("|---|---:|---:|---:|---:|---:|\n");
        before = gcLog.pauses();
        for (Shape shape : shapes) {
            Map<Target, long[]> totals = new LinkedHashMap<>();
            targets.forEach(target -> totals.put(target, new long[3]));
            burst(targets.get(0), shape, direct);
            for (int b = 0; b < BURSTS; b++) {
                for (Target target : targets) {
                    long[] counts = burst(target, shape, direct);
                    long[] sum = totals.get(target);
                    for (int k = 0; k < counts.length; k++) {
                        sum[k] += counts[k];
                    }
                }
            }
            double seconds = BURSTS * BURST.toNanos() / 1e9;
            double directRate = totals.get(targets.get(0))[0] / seconds;
            double hubRate = totals.get(targets.get(1))[0] / seconds;
            double peerRate = totals.get(targets.get(2))[0] / seconds;
            report.append("| %s | %.0f | %.0f | %.0f | %.2f | %.2f / %.2f |\n".formatted(shape.name(), directRate, hubRate, peerRate,
                    hubRate / peerRate, perRequest(totals.get(targets.get(1))), perRequest(totals.get(targets.get(2)))));
        }
        GcLog.Pauses bursts = gcLog.pauses().since(before);
        report.append("\nThe hub's collections during the concurrent bursts: %d, of which full: %d.\n".formatted(bursts.count(), bursts.full()));
        System.out.println(report);
        Files.writeString(OUT.resolve("hub-against-gateway.md"), report.toString());
    }

    private static double perRequest(long[] counts) {
        return counts[0] == 0 ? 0 : (double) counts[1] / counts[0];
    }

    /** Requests answered and tenant GraphQL calls made during one burst of {@link #CLIENTS} clients. */
    private long[] burst(Target target, Shape shape, String direct) throws Exception {
        String tenantBase = direct.substring(0, direct.indexOf("/tenants/"));
        double tenantBefore = tenantExecutions(tenantBase);
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<Long>> answered = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                answered.add(clients.submit(() -> {
                    long n = 0;
                    while (!stop.get()) {
                        send(target, shape);
                        n++;
                    }
                    return n;
                }));
            }
            Thread.sleep(BURST.toMillis());
            stop.set(true);
            long total = 0;
            for (Future<Long> count : answered) {
                total += count.get();
            }
            return new long[]{total, Math.round(tenantExecutions(tenantBase) - tenantBefore)};
        } finally {
            clients.shutdownNow();
        }
    }

    /** The GraphQL requests the tenant node has executed, by its own metrics (the sync's feed is not GraphQL). */
    private double tenantExecutions(String tenantBase) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(tenantBase + "/actuator/metrics/graphql.request"))
                .header("Authorization", "Bearer " + HubSecurity.token("platform-admin")).GET().build(), HttpResponse.BodyHandlers.ofString());
        JsonNode measurements = json.readTree(response.body()).path("measurements");
        for (JsonNode measurement : measurements) {
            if ("COUNT".equals(measurement.path("statistic").asString())) {
                return measurement.path("value").asDouble();
            }
        }
        return 0;
    }

    private long send(Target target, Shape shape) throws Exception {
        String query = target.hub() ? shape.throughHub() : shape.query();
        long start = System.nanoTime();
        HttpResponse<String> response = http.send(request(target.url(), query), HttpResponse.BodyHandlers.ofString());
        long took = System.nanoTime() - start;
        if (response.statusCode() != 200 || response.body().contains("\"errors\"")) {
            throw new IllegalStateException(target.name() + " answered " + response.statusCode() + ": " + response.body());
        }
        return took;
    }

    private HttpResponse<String> post(String url, String query) throws Exception {
        return http.send(request(url, query), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode data(HttpResponse<String> response) throws Exception {
        JsonNode body = json.readTree(response.body());
        assertThat(body.has("errors")).as(response.body()).isFalse();
        return body.get("data");
    }

    private HttpRequest request(String url, String query) throws Exception {
        return HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Map.of("query", query)))).build();
    }

    private static double[] percentiles(long[] nanos) {
        return new double[]{Latencies.percentile(nanos, 50), Latencies.percentile(nanos, 95), Latencies.percentile(nanos, 99)};
    }

    private static String format(double[] p) {
        return "%.1f / %.1f / %.1f".formatted(p[0], p[1], p[2]);
    }
}
