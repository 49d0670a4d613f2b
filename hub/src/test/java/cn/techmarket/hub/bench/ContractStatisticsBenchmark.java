package cn.techmarket.hub.bench;

import cn.techmarket.hub.support.HubSecurity;
import cn.techmarket.hub.support.HubServers;
import cn.techmarket.hub.support.NineCities;
import cn.techmarket.model.region.City;
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
import java.time.Duration;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How long province contract statistics take at nine cities × 10,000 registered contracts, against
 * the slowest city computing its own, side by side in one run: the province figure is a fan-out,
 * so it should cost about one city plus the hub's merge. Not part of the default tests.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "market.hub.registry.probe-interval=1h", "market.hub.search.sync-interval=1h",
        "market.hub.federation.time-limit=30s", "market.hub.federation.attempt-timeout=30s"})
class ContractStatisticsBenchmark {

    private static final int CONTRACTS = Integer.getInteger("bench.contracts", 10_000);
    private static final int WARM_UP = Integer.getInteger("bench.warmup", 5);
    private static final int SAMPLES = Integer.getInteger("bench.samples", 30);
    private static final int YEAR = Year.now(ZoneId.of("Asia/Shanghai")).getValue();

    static Duration loading;
    @RegisterExtension
    static final NineCities province = start();

    private static NineCities start() {
        Instant start = Instant.now();
        NineCities cities = NineCities.start("contracts_bench", List.of("--market.node.demo.contracts=" + CONTRACTS), "1g");
        loading = Duration.between(start, Instant.now());
        return cities;
    }

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        HubServers.configure(registry, "contracts_bench_hub");
        province.register(registry);
    }


    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void provinceStatisticsAgainstTheSlowestCity() throws Exception {
        String token = HubSecurity.token("province-staff");
        String provinceQuery = "{ province { contractStatistics(year: " + YEAR + ") { registered turnover byCity { tenantId registered } } } }";
        String city = "{ contractStatistics(year: " + YEAR + ") { registered turnover } }";
        String hub = "http://127.0.0.1:" + port + "/graphql";

        for (int i = 0; i < WARM_UP; i++) {
            post(hub, provinceQuery, token);
            province.cities().forEach(c -> post(province.endpoint(c), city, token));
        }
        long[] provinceNanos = new long[SAMPLES];
        Map<City, long[]> perCity = new LinkedHashMap<>();
        province.cities().forEach(c -> perCity.put(c, new long[SAMPLES]));
        for (int i = 0; i < SAMPLES; i++) {
            provinceNanos[i] = post(hub, provinceQuery, token);
            for (Map.Entry<City, long[]> c : perCity.entrySet()) {
                c.getValue()[i] = post(province.endpoint(c.getKey()), city, token);
            }
        }
        double p50 = Latencies.percentile(provinceNanos, 50), p95 = Latencies.percentile(provinceNanos, 95);
        double slowestP50 = perCity.values().stream().mapToDouble(s -> Latencies.percentile(s, 50)).max().orElseThrow();
        double slowestP95 = perCity.values().stream().mapToDouble(s -> Latencies.percentile(s, 95)).max().orElseThrow();
        String report = """
                ## Province contract statistics (%s; 9 cities × %,d contracts on 3 tenant-node JVMs; %d samples after %d warm-up)

                | query | p50 ms | p95 ms |
                |---|---:|---:|
                | province, through the hub: `province { contractStatistics(year) }` | %.1f | %.1f |
                | the slowest city, direct: `contractStatistics(year)` | %.1f | %.1f |

                - province / slowest city: p50 ratio %.2f, p95 ratio %.2f
                - loading the demo contracts and starting the nodes took %d s
                """.formatted(java.time.LocalDate.now(), CONTRACTS, SAMPLES, WARM_UP, p50, p95, slowestP50, slowestP95,
                p50 / slowestP50, p95 / slowestP95, loading.toSeconds());
        System.out.println(report);
        Path out = Path.of("target", "benchmarks", "contract-statistics.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    private long post(String url, String query, String token) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                    .header("Authorization", "Bearer " + token)
                    .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"" + query.replace("\"", "\\\"") + "\"}")).build();
            long start = System.nanoTime();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            long took = System.nanoTime() - start;
            assertThat(response.body()).doesNotContain("\"errors\"");
            return took;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
