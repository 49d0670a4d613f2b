package cn.techmarket.hub.reliability;

import cn.techmarket.hub.bench.Latencies;
import cn.techmarket.hub.support.GcLog;
import cn.techmarket.hub.support.HubSecurity;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.client.HttpSyncGraphQlClient;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The load run: mixed traffic through the hub (reads of a city's library, province search, the
 * province fan-out, and writes forwarded to a city) from several clients, for a fixed time or
 * request count after a warm-up, against the province as separate processes. Reports throughput,
 * p50/p95/p99, errors, and each JVM's heap after a full collection at the end of the warm-up and
 * at the end (see {@link ProcessMemory}).
 * The hub and the nodes run as the start command runs them (the JIT's every tier, the serial
 * collector), or with another collector to compare: {@code -Dload.collector=G1}; each one's
 * collections during the measured run are reported from its GC log.
 * {@code -Dload.seconds=60 -Dload.requests=200000 -Dload.clients=8 -Dload.warmupSeconds=20}.
 */
@Tag("benchmark")
class LoadRunIT {

    private static final int SECONDS = Integer.getInteger("load.seconds", 60);
    private static final int MAX_REQUESTS = Integer.getInteger("load.requests", 200_000);
    private static final int CLIENTS = Integer.getInteger("load.clients", 8);
    private static final int WARM_UP_SECONDS = Integer.getInteger("load.warmupSeconds", 20);
    private static final String COLLECTOR = System.getProperty("load.collector", "Serial");
    private static final List<String> WORDS = List.of("碳纤维", "复合材料", "新能源汽车", "玉米", "人参", "激光", "疫苗", "机器人", "数控机床", "废水");

    enum Kind { READ, SEARCH, FAN_OUT, WRITE }

    record Sample(Kind kind, long nanos, boolean error) {
    }

    @Test
    void mixedTrafficThroughTheHub() throws Exception {
        try (FaultProvince province = new FaultProvince(List.of("-XX:+Use" + COLLECTOR + "GC"))) {
            HttpSyncGraphQlClient staff = HubSecurity.client(province.hubUrl(), "province-staff");
            awaitSearchable(staff);
            run(province, WARM_UP_SECONDS, Integer.MAX_VALUE);
            Map<String, ProcessMemory> warm = memory(province);
            Map<String, GcLog.Pauses> pausesBefore = new LinkedHashMap<>();
            province.gcLogs().forEach((name, log) -> pausesBefore.put(name, log.pauses()));
            long start = System.nanoTime();
            List<Sample> samples = run(province, SECONDS, MAX_REQUESTS);
            double seconds = (System.nanoTime() - start) / 1e9;
            StringBuilder collections = new StringBuilder("| process | collections | of which full | paused, ms in all | longest pause ms | paused, share of the run |\n"
                    + "|---|---:|---:|---:|---:|---:|\n");
            province.gcLogs().forEach((name, log) -> {
                GcLog.Pauses during = log.pauses().since(pausesBefore.get(name));
                collections.append("| %s | %d | %d | %.0f | %.1f | %.2f %% |%n".formatted(name, during.count(), during.full(), during.totalMillis(),
                        during.longestMillis(), during.totalMillis() / (seconds * 10)));
            });
            Map<String, ProcessMemory> end = memory(province);

            StringBuilder table = new StringBuilder("| traffic | share | requests | errors | p50 ms | p95 ms | p99 ms |\n|---|---:|---:|---:|---:|---:|---:|\n");
            for (Kind kind : Kind.values()) {
                List<Sample> ofKind = samples.stream().filter(s -> s.kind() == kind).toList();
                table.append(row(kind.name().toLowerCase().replace('_', '-'), ofKind, samples.size()));
            }
            table.append(row("all", samples, samples.size()));
            StringBuilder memory = new StringBuilder("| process | heap after warm-up (MB) | heap at the end (MB) | resident after warm-up (MB) | resident at the end (MB) |\n"
                    + "|---|---:|---:|---:|---:|\n");
            warm.forEach((name, before) -> memory.append("| %s | %s | %s | %.1f | %.1f |%n".formatted(name, megabytes(before.heapBytes()),
                    megabytes(end.get(name).heapBytes()), before.residentBytes() / 1e6, end.get(name).residentBytes() / 1e6)));
            long errors = samples.stream().filter(Sample::error).count();
            String report = """
                    ## Load run (%s; %d clients, %d s after %d s warm-up; 2 cities on their own nodes; hub and nodes on the %s collector)

                    - **%,.0f requests/s**, %,d requests, **%d errors** (%.3f %%)

                    %s
                    Collections during the measured run, from each JVM's GC log:

                    %s
                    Memory per process (with its child processes): heap in use right after a full collection (`jcmd <pid> GC.run`),
                    and the resident set:

                    %s
                    """.formatted(java.time.LocalDate.now(), CLIENTS, SECONDS, WARM_UP_SECONDS, COLLECTOR, samples.size() / seconds, samples.size(),
                    errors, 100.0 * errors / Math.max(1, samples.size()), table, collections, memory);
            System.out.println(report);
            Path out = Path.of("target", "benchmarks", "load-" + COLLECTOR.toLowerCase() + ".md");
            Files.createDirectories(out.getParent());
            Files.writeString(out, report);
            assertThat(errors).as("errors under load").isZero();
        }
    }

    private static String row(String name, List<Sample> samples, int total) {
        long[] nanos = samples.stream().mapToLong(Sample::nanos).toArray();
        return "| %s | %.0f %% | %,d | %d | %.2f | %.2f | %.2f |%n".formatted(name, 100.0 * samples.size() / Math.max(1, total), samples.size(),
                samples.stream().filter(Sample::error).count(), Latencies.percentile(nanos, 50), Latencies.percentile(nanos, 95),
                Latencies.percentile(nanos, 99));
    }

    private static List<Sample> run(FaultProvince province, int seconds, int maxRequests) throws InterruptedException {
        ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
        AtomicInteger sent = new AtomicInteger();
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            Thread thread = new Thread(() -> {
                SplittableRandom random = new SplittableRandom(client);
                String city = FaultProvince.CITIES.get(client % FaultProvince.CITIES.size());
                HttpSyncGraphQlClient staff = HubSecurity.client(province.hubUrl(), "province-staff");
                HttpSyncGraphQlClient operator = HubSecurity.client(province.hubUrl(), city + "-operator");
                while (System.nanoTime() < deadline && sent.incrementAndGet() <= maxRequests) {
                    int dice = random.nextInt(100);
                    Kind kind = dice < 50 ? Kind.READ : dice < 80 ? Kind.SEARCH : dice < 90 ? Kind.FAN_OUT : Kind.WRITE;
                    long start = System.nanoTime();
                    boolean error = !call(kind, kind == Kind.WRITE ? operator : staff, city, random);
                    samples.add(new Sample(kind, System.nanoTime() - start, error));
                }
            }, "load-" + c);
            thread.start();
            clients.add(thread);
        }
        for (Thread thread : clients) {
            thread.join();
        }
        return new ArrayList<>(samples);
    }

    private static boolean call(Kind kind, HttpSyncGraphQlClient client, String city, SplittableRandom random) {
        try {
            ClientGraphQlResponse response = switch (kind) {
                case READ -> client.document("query($id: ID!) { tenant(id: $id) { achievements(first: 20) { edges { node { id title askingPrice } } } } }")
                        .variables(Map.of("id", city)).executeSync();
                case SEARCH -> client.document("query($t: String) { search(text: $t, first: 20) { total hits { id title highlights } } }")
                        .variables(Map.of("t", WORDS.get(random.nextInt(WORDS.size())))).executeSync();
                case FAN_OUT -> client.document("{ province { achievements(first: 10) { edges { node { id title } } } } }").executeSync();
                case WRITE -> client.document("mutation($id: ID!) { createAchievement(tenantId: $id, input: {title: \"负载测试成果\","
                        + " summary: \"负载测试写入。\", industry: CARBON_FIBER, maturity: PILOT, ownerInstitution: \"吉林大学\", transferModes: [LICENSE]}) { id } }")
                        .variables(Map.of("id", city)).executeSync();
            };
            return response.getErrors().isEmpty();
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static void awaitSearchable(HttpSyncGraphQlClient staff) {
        await("the demo data searchable").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> {
            ClientGraphQlResponse response = staff.document("{ search(text: \"碳纤维\") { total } }").executeSync();
            return response.getErrors().isEmpty() && ((Number) response.field("search.total").getValue()).intValue() > 0;
        });
    }

    private static Map<String, ProcessMemory> memory(FaultProvince province) {
        Map<String, ProcessMemory> memory = new LinkedHashMap<>();
        province.pids().forEach((name, pid) -> memory.put(name, ProcessMemory.of(pid)));
        return memory;
    }

    private static String megabytes(java.util.OptionalLong bytes) {
        return bytes.isPresent() ? "%.1f".formatted(bytes.getAsLong() / 1e6) : "—";
    }
}
