package cn.techmarket.hub.bench;

import cn.techmarket.hub.search.SearchIndex;
import cn.techmarket.hub.support.HubSecurity;
import cn.techmarket.hub.support.HubServers;
import cn.techmarket.hub.support.NineCities;
import cn.techmarket.model.id.GlobalId;
import cn.techmarket.tenant.achievement.Achievement;
import cn.techmarket.tenant.achievement.AchievementKind;
import cn.techmarket.tenant.demand.DemandKind;
import cn.techmarket.tenant.expert.ExpertKind;
import cn.techmarket.tenant.demand.Demand;
import cn.techmarket.tenant.expert.Expert;
import cn.techmarket.model.record.RecordKind;
import cn.techmarket.model.region.City;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.client.HttpSyncGraphQlClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Matching quality against the demo generator's ground truth, and suggestion latency against a
 * plain search side by side. A demand is truly met by an achievement made from the same
 * technology topic that also fits it (maturity at least the demand's, price within its budget or
 * negotiable, a transfer mode it accepts), and by an available expert of the same topic.
 * {@code -Dbench.achievements=200 -Dbench.demands=12} per city, over Jilin's nine cities.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "market.hub.search.sync-interval=200ms", "market.hub.search.index-prefix=match-bench", "market.hub.registry.probe-interval=1h"})
class MatchQualityBenchmark {

    private static final int ACHIEVEMENTS = Integer.getInteger("bench.achievements", 200);
    private static final int EXPERTS = Integer.getInteger("bench.experts", 60);
    private static final int DEMANDS = Integer.getInteger("bench.demands", 12);
    private static final int WARM_UP = 30;

    @RegisterExtension
    static final NineCities province = NineCities.start("match_bench", List.of("--market.node.demo.records.achievement=" + ACHIEVEMENTS,
            "--market.node.demo.records.demand=" + DEMANDS, "--market.node.demo.records.expert=" + EXPERTS), "512m");

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        HubServers.configure(registry, "match_bench_hub");
        province.register(registry);
    }


    @LocalServerPort
    int port;

    @Autowired
    ElasticsearchClient client;

    @Autowired
    SearchIndex index;

    /** One demand of the evaluation set and what truly meets it. */
    record Case(String demandId, String topic, Set<String> achievements, Set<String> experts) {
    }

    @Test
    void precisionAndRecallOnTheGroundTruthAndSuggestionLatency() throws Exception {
        List<Case> cases = groundTruth();
        long records = 9L * (ACHIEVEMENTS + DEMANDS + EXPERTS + 10 + 10);
        waitForIndex(records, Duration.ofMinutes(10));
        HttpSyncGraphQlClient hub = HubSecurity.client("http://127.0.0.1:" + port + "/graphql", "province-staff");
        for (int i = 0; i < WARM_UP; i++) {
            Case warm = cases.get(i % cases.size());
            suggestions(hub, warm.demandId());
            search(hub, warm.topic());
        }

        double achievementPrecision = 0, achievementRecall = 0, expertPrecision = 0, expertRecall = 0;
        int achievementCases = 0, expertCases = 0;
        long[] suggestNanos = new long[cases.size()];
        long[] searchNanos = new long[cases.size()];
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            long start = System.nanoTime();
            List<Map<String, Object>> suggested = suggestions(hub, c.demandId());
            suggestNanos[i] = System.nanoTime() - start;
            start = System.nanoTime();
            search(hub, c.topic());
            searchNanos[i] = System.nanoTime() - start;

            List<String> achievements = ids(suggested, "ACHIEVEMENT");
            List<String> experts = ids(suggested, "EXPERT");
            if (!c.achievements().isEmpty()) {
                achievementCases++;
                achievementPrecision += hits(achievements, 5, c.achievements()) / 5.0;
                achievementRecall += hits(achievements, 20, c.achievements()) / (double) c.achievements().size();
            }
            if (!c.experts().isEmpty()) {
                expertCases++;
                expertPrecision += hits(experts, 5, c.experts()) / 5.0;
                expertRecall += hits(experts, 20, c.experts()) / (double) c.experts().size();
            }
        }
        double relevantAchievements = cases.stream().mapToInt(c -> c.achievements().size()).average().orElse(0);
        double relevantExperts = cases.stream().mapToInt(c -> c.experts().size()).average().orElse(0);
        String report = """
                ## Matching quality and latency (%s; 9 cities × %d achievements, %d experts; %d demands evaluated)

                | suggestions for a demand | precision@5 | recall@20 | relevant per demand |
                |---|---:|---:|---:|
                | achievements (same topic, maturity, budget and transfer mode fit) | **%.2f** | **%.2f** | %.1f |
                | experts (same topic, available for consulting) | **%.2f** | **%.2f** | %.1f |

                | | p50 ms | p95 ms |
                |---|---:|---:|
                | `matchSuggestions(id, first: 20)`: the demand read from its city, three kinds ranked and explained | %.2f | %.2f |
                | baseline: `search(text: <topic>, kind: ACHIEVEMENT, first: 20)` through the hub | %.2f | %.2f |

                - suggestion / search: p50 ratio %.2f, p95 ratio %.2f
                """.formatted(java.time.LocalDate.now(), ACHIEVEMENTS, EXPERTS, cases.size(),
                achievementPrecision / achievementCases, achievementRecall / achievementCases, relevantAchievements,
                expertPrecision / expertCases, expertRecall / expertCases, relevantExperts,
                Latencies.percentile(suggestNanos, 50), Latencies.percentile(suggestNanos, 95),
                Latencies.percentile(searchNanos, 50), Latencies.percentile(searchNanos, 95),
                Latencies.percentile(suggestNanos, 50) / Latencies.percentile(searchNanos, 50),
                Latencies.percentile(suggestNanos, 95) / Latencies.percentile(searchNanos, 95));
        System.out.println(report);
        Path out = Path.of("target", "benchmarks", "matching.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    /** Every demand of every city, with the achievements and experts of all cities that truly meet it. */
    private static List<Case> groundTruth() {
        List<Case> cases = new ArrayList<>();
        for (City city : province.cities()) {
            for (int d = 0; d < DEMANDS; d++) {
                Demand demand = DemandKind.demo(city, d);
                String topic = DemandKind.demoTopic(city, d);
                Set<String> achievements = new HashSet<>();
                Set<String> experts = new HashSet<>();
                for (City other : province.cities()) {
                    for (int a = 0; a < ACHIEVEMENTS; a++) {
                        Achievement achievement = AchievementKind.demo(other, a);
                        if (AchievementKind.demoTopic(other, a).equals(topic) && fits(demand, achievement)) {
                            achievements.add(new GlobalId(other.tenantId(), RecordKind.ACHIEVEMENT, achievement.id()).encode());
                        }
                    }
                    for (int e = 0; e < EXPERTS; e++) {
                        Expert expert = ExpertKind.demo(other, e);
                        if (ExpertKind.demoTopic(other, e).equals(topic) && expert.availableForConsulting()) {
                            experts.add(new GlobalId(other.tenantId(), RecordKind.EXPERT, expert.id()).encode());
                        }
                    }
                }
                cases.add(new Case(new GlobalId(city.tenantId(), RecordKind.DEMAND, demand.id()).encode(), topic, achievements, experts));
            }
        }
        return cases;
    }

    private static boolean fits(Demand demand, Achievement achievement) {
        boolean maturity = demand.minMaturity() == null || achievement.maturity().compareTo(demand.minMaturity()) >= 0;
        boolean budget = achievement.askingPrice() == null || demand.budgetMax() == null || achievement.askingPrice().compareTo(demand.budgetMax()) <= 0;
        boolean mode = demand.transferModes().isEmpty() || achievement.transferModes().stream().anyMatch(demand.transferModes()::contains);
        return maturity && budget && mode;
    }

    private static List<Map<String, Object>> suggestions(HttpSyncGraphQlClient hub, String demand) {
        ClientGraphQlResponse response = hub.document("query($id: ID!) { matchSuggestions(id: $id, first: 20) { score candidate { id kind }"
                + " explanation { summary } } }").variable("id", demand).executeSync();
        assertThat(response.getErrors()).isEmpty();
        return response.field("matchSuggestions").getValue();
    }

    private static void search(HttpSyncGraphQlClient hub, String topic) {
        ClientGraphQlResponse response = hub.document("query($text: String) { search(text: $text, kind: ACHIEVEMENT, first: 20) { total hits { id title } } }")
                .variable("text", topic).executeSync();
        assertThat(response.getErrors()).isEmpty();
    }

    private static List<String> ids(List<Map<String, Object>> suggestions, String kind) {
        return suggestions.stream().map(s -> (Map<String, Object>) s.get("candidate")).filter(c -> kind.equals(c.get("kind")))
                .map(c -> (String) c.get("id")).toList();
    }

    private static long hits(List<String> ranked, int k, Set<String> relevant) {
        return ranked.stream().limit(k).filter(relevant::contains).count();
    }

    private void waitForIndex(long expected, Duration within) throws Exception {
        Instant deadline = Instant.now().plus(within);
        while (Instant.now().isBefore(deadline)) {
            client.indices().refresh(r -> r.index(index.allAliases()).ignoreUnavailable(true).allowNoIndices(true));
            if (client.count(c -> c.index(index.allAliases()).ignoreUnavailable(true).allowNoIndices(true)).count() >= expected) {
                return;
            }
            Thread.sleep(1_000);
        }
        throw new IllegalStateException("the index did not reach " + expected + " documents in " + within);
    }
}
