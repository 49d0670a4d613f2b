package cn.techmarket.hub.bench;

import cn.techmarket.hub.support.HubServers;
import cn.techmarket.hub.support.NineCities;
import cn.techmarket.model.region.City;
import cn.techmarket.model.region.Provinces;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Latency of the hub against the tenants themselves, side by side in one run: the same query
 * sent directly to a tenant and through the hub (the hub's overhead per forwarded call), and a
 * fan-out over Jilin's nine cities against the slowest city's own latency. One client, sequential
 * requests, interleaved so both sides see the same machine. Not part of the default tests.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"market.hub.registry.probe-interval=1h", "market.hub.search.sync-interval=1h"})
class HubLatencyBenchmark {

    private static final int WARM_UP = Integer.getInteger("bench.warmup", 500);
    private static final int SAMPLES = Integer.getInteger("bench.samples", 1_000);
    private static final String COUNTS = "{ libraryCounts { kind count } }";

    @RegisterExtension
    static final NineCities province = NineCities.start("bench", List.of(), "256m");

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        HubServers.configure(registry, "bench_hub");
        province.register(registry);
    }


    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void hubOverheadAndFanOutAgainstTheTenantsThemselves() throws Exception {
        String hub = "http://127.0.0.1:" + port + "/graphql";
        City changchun = Provinces.JILIN.get(0);
        String direct = province.endpoint(changchun);
        String forwarded = "{ tenant(id: \"changchun\") " + COUNTS + " }";
        // the hub answering from its own registry: the hop every forwarded call pays before it forwards
        String hubAlone = "{ tenant(id: \"changchun\") { id name } }";
        String fanOut = "{ province { libraryCounts { tenantId kind count } } }";

        for (int i = 0; i < WARM_UP; i++) {
            post(direct, COUNTS);
            post(hub, forwarded);
            post(hub, fanOut);
            post(hub, hubAlone);
        }
        long[] directNanos = new long[SAMPLES];
        long[] hubNanos = new long[SAMPLES];
        long[] hubAloneNanos = new long[SAMPLES];
        long[] fanOutNanos = new long[SAMPLES];
        long[] directFanOutNanos = new long[SAMPLES];
        double[] inGatewayMillis = new double[SAMPLES];
        Map<City, long[]> perCity = new LinkedHashMap<>();
        province.cities().forEach(city -> perCity.put(city, new long[SAMPLES]));
        for (int i = 0; i < SAMPLES; i++) {
            directNanos[i] = post(direct, COUNTS);
            double before = gatewayMillis();
            hubNanos[i] = post(hub, forwarded);
            inGatewayMillis[i] = gatewayMillis() - before;
            hubAloneNanos[i] = post(hub, hubAlone);
            fanOutNanos[i] = post(hub, fanOut);
            directFanOutNanos[i] = allAtOnce(COUNTS);
            for (Map.Entry<City, long[]> city : perCity.entrySet()) {
                city.getValue()[i] = post(province.endpoint(city.getKey()), COUNTS);
            }
        }

        double directP50 = Latencies.percentile(directNanos, 50), directP95 = Latencies.percentile(directNanos, 95);
        double hubP50 = Latencies.percentile(hubNanos, 50), hubP95 = Latencies.percentile(hubNanos, 95);
        double aloneP50 = Latencies.percentile(hubAloneNanos, 50), aloneP95 = Latencies.percentile(hubAloneNanos, 95);
        double fanP50 = Latencies.percentile(fanOutNanos, 50), fanP95 = Latencies.percentile(fanOutNanos, 95);
        double directFanP50 = Latencies.percentile(directFanOutNanos, 50), directFanP95 = Latencies.percentile(directFanOutNanos, 95);
        double slowestP95 = perCity.values().stream().mapToDouble(samples -> Latencies.percentile(samples, 95)).max().orElseThrow();
        String report = """
                ## Hub latency (%s; %d samples after %d warm-up; one sequential client)

                | query | p50 ms | p95 ms |
                |---|---:|---:|
                | direct to 长春: `libraryCounts` | %.2f | %.2f |
                | through the hub: `tenant(id: "changchun") { libraryCounts }` | %.2f | %.2f |
                | the hub answering alone, from its registry: `tenant(id: "changchun") { id name }` | %.2f | %.2f |
                | fan-out over 9 cities: `province { libraryCounts }` | %.2f | %.2f |
                | slowest city direct (p95 of the nine) | | %.2f |
                | the nine cities asked directly at once, until the last answers | %.2f | %.2f |

                - hub overhead per forwarded call at p50: **%.2f ms** (goal < 2 ms); hub/direct p50 ratio %.2f
                - of the forwarded call, time spent inside the hub's call to the tenant (its own timer), p50: %.2f ms
                - fan-out p95 − slowest city p95: **%.2f ms** (goal ≤ 5 ms); ratio %.2f
                - fan-out p95 − the same nine calls made directly at once, p95: **%.2f ms**; ratio %.2f
                """.formatted(java.time.LocalDate.now(), SAMPLES, WARM_UP,
                directP50, directP95, hubP50, hubP95, aloneP50, aloneP95, fanP50, fanP95, slowestP95, directFanP50, directFanP95,
                hubP50 - directP50, hubP50 / directP50, median(inGatewayMillis), fanP95 - slowestP95, fanP95 / slowestP95,
                fanP95 - directFanP95, fanP95 / directFanP95);
        System.out.println(report);
        Path out = Path.of("target", "benchmarks", "hub-latency.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    /**
     * The fan-out without the hub: the client asks all nine cities at once and waits for the last,
     * so the cities compete for the machine's cores as they do when the hub asks them.
     */
    private long allAtOnce(String query) {
        long start = System.nanoTime();
        List<java.util.concurrent.CompletableFuture<HttpResponse<String>>> calls = province.cities().stream()
                .map(city -> http.sendAsync(request(province.endpoint(city), query), HttpResponse.BodyHandlers.ofString())).toList();
        calls.forEach(call -> assertThat(call.join().body()).doesNotContain("\"errors\""));
        return System.nanoTime() - start;
    }

    private static HttpRequest request(String url, String query) {
        return HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"" + query.replace("\"", "\\\"") + "\"}")).build();
    }

    private long post(String url, String query) throws Exception {
        HttpRequest request = request(url, query);
        long start = System.nanoTime();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        long took = System.nanoTime() - start;
        assertThat(response.body()).doesNotContain("\"errors\"");
        return took;
    }

    @org.springframework.beans.factory.annotation.Autowired
    io.micrometer.core.instrument.MeterRegistry meters;

    /** Total time the hub has spent in calls to 长春, by its own timer. */
    private double gatewayMillis() {
        var timer = meters.find(cn.techmarket.hub.federation.TenantGateway.CALLS_METRIC).tag("tenant", "changchun").tag("outcome", "OK").timer();
        return timer == null ? 0 : timer.totalTime(java.util.concurrent.TimeUnit.NANOSECONDS) / 1e6;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
