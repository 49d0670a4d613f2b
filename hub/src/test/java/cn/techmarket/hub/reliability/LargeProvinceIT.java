package cn.techmarket.hub.reliability;

import cn.techmarket.hub.support.HubSecurity;
import cn.techmarket.hub.support.TenantNodeProcesses;
import cn.techmarket.hub.support.TenantNodeProcesses.TenantNode;
import cn.techmarket.infra.process.FreePort;
import cn.techmarket.model.region.City;
import cn.techmarket.model.region.Provinces;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.client.HttpSyncGraphQlClient;
import org.springframework.web.client.RestClient;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A large province on one machine: 50 sub-markets (Jilin's nine cities and 41 simulated counties)
 * on five tenant nodes, ten each, and three hub replicas from the hub's jar under the default lease
 * time. Measured and written to {@code target/benchmarks/large-province.md}: the registry's
 * start-up, a fan-out over all 50 (p50/p95), write-to-searchable lag (p50/p95), each process's
 * memory, and a replica killed with SIGKILL: how long until its feeds are read again, whether any
 * write was lost (the index against all 50 feeds) and whether any feed was read by two replicas
 * at once. Not part of the default tests (three hubs and five nodes on two cores take minutes):
 * {@code mvn -B -pl hub verify -Dtest=NoSuch -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=LargeProvinceIT -Dsurefire.excludedGroups=}
 */
@Tag("benchmark")
class LargeProvinceIT {

    private static final int NODES = 5;
    private static final int COUNTIES = 41;
    private static final List<String> REPLICAS = List.of("hub-a", "hub-b", "hub-c");
    private static final Duration LEASE_TIME = Duration.ofSeconds(15);
    private static final int FAN_OUTS = Integer.getInteger("bench.fanOuts", 100);
    private static final int LAG_SAMPLES = Integer.getInteger("bench.lagSamples", 60);

    private final List<String> report = new ArrayList<>();

    @Test
    void fiftySubMarketsThreeReplicasAndOneKilled() throws Exception {
        List<City> cities = new ArrayList<>(Provinces.JILIN);
        for (int county = 1; county <= COUNTIES; county++) {
            cities.add(new City(String.format("2299%02d", county), String.format("模拟县%02d", county), String.format("County %02d", county),
                    String.format("county-%02d", county)));
        }
        String run = "large-" + System.currentTimeMillis() % 100_000;
        List<TenantNode> nodes = new ArrayList<>();
        Map<City, String> endpoints = new LinkedHashMap<>();
        Map<String, TenantNode> nodeOf = new LinkedHashMap<>();
        Instant begin = Instant.now();
        try {
            List<CompletableFuture<TenantNode>> starting = new ArrayList<>();
            for (int n = 0; n < NODES; n++) {
                List<City> hosted = cities.subList(n * cities.size() / NODES, (n + 1) * cities.size() / NODES);
                String name = run.replace('-', '_') + "_node" + n;
                starting.add(CompletableFuture.supplyAsync(() -> TenantNodeProcesses.start(name, hosted.stream().map(City::tenantId).toList(),
                        FreePort.find(), nodeArguments(hosted))));
            }
            for (int n = 0; n < NODES; n++) {
                TenantNode node = starting.get(n).join();
                nodes.add(node);
                for (City city : cities.subList(n * cities.size() / NODES, (n + 1) * cities.size() / NODES)) {
                    endpoints.put(city, node.endpoint(city.tenantId()));
                    nodeOf.put(city.tenantId(), node);
                }
            }
            report.add("five tenant nodes of ten sub-markets each, demo data in each, started side by side in "
                    + Duration.between(begin, Instant.now()).toSeconds() + " s");

            Instant hubsStarting = Instant.now();
            try (HubReplicaProcesses hubs = HubReplicaProcesses.start(run, REPLICAS, LEASE_TIME, endpoints)) {
                report.add("registry start-up: three replicas, each registering the 50 from its configuration, started side by side and answering after "
                        + new TreeMap<>(hubs.startedIn()).entrySet().stream().map(e -> e.getKey() + " " + e.getValue().toMillis() / 1000.0 + " s").toList());
                HttpSyncGraphQlClient staff = HubSecurity.client(hubs.url("hub-a"), "province-staff");
                await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500)).until(() -> staff
                        .document("{ tenants { health { state } } }").retrieveSync("tenants").toEntityList(Map.class).stream()
                        .filter(tenant -> tenant.get("health") != null && "UP".equals(((Map<?, ?>) tenant.get("health")).get("state"))).count() == 50);
                report.add("all 50 probed UP by hub-a " + Duration.between(hubsStarting, Instant.now()).toSeconds() + " s after the replicas were started");

                FeedReadsAtTenants tenants = new FeedReadsAtTenants(nodeOf);
                Map<String, String> owners = FeedSharing.settled(tenants, REPLICAS, Duration.ofSeconds(5), Duration.ofMinutes(5));
                report.add("the 50 feeds shared one reader each, " + owners.values().stream().collect(Collectors.groupingBy(o -> o, TreeMap::new, Collectors.counting()))
                        + ", " + Duration.between(hubsStarting, Instant.now()).toSeconds() + " s after the replicas were started");

                fanOut(staff);
                syncLag(hubs, cities);
                memory(hubs, nodes);

                FeedReadsAtTenants.Snapshot steady = tenants.now();
                // the replica following changchun: writes go to the nine cities (the simulated counties have no operators to write with)
                String victim = owners.get("changchun");
                List<String> orphaned = owners.entrySet().stream().filter(owner -> owner.getValue().equals(victim)).map(Map.Entry::getKey).toList();
                Map<String, String> written = new LinkedHashMap<>();
                Provinces.JILIN.forEach(city -> written.put(city.tenantId(), nodeOf.get(city.tenantId()).endpoint(city.tenantId())));
                try (AcknowledgedWrites writes = new AcknowledgedWrites(written, 200)) {
                    await().pollDelay(Duration.ofSeconds(3)).until(() -> true);
                    Instant killed = Instant.now();
                    hubs.kill(victim);
                    Map<String, Duration> takenOver = FeedSharing.takenOver(tenants, orphaned, victim, killed, LEASE_TIME.plusSeconds(30));
                    Duration slowest = takenOver.values().stream().max(Duration::compareTo).orElseThrow();
                    report.add(victim + " (" + orphaned.size() + " feeds) killed with SIGKILL: its feeds read again by the others after "
                            + takenOver.values().stream().min(Duration::compareTo).orElseThrow().toMillis() / 1000.0 + "–" + slowest.toMillis() / 1000.0
                            + " s (lease time " + LEASE_TIME.toSeconds() + " s)");
                    List<String> survivors = REPLICAS.stream().filter(replica -> !replica.equals(victim)).toList();
                    Map<String, String> after = FeedSharing.settled(tenants, survivors, Duration.ofSeconds(5), Duration.ofMinutes(3));
                    report.add("then shared by the survivors: " + after.values().stream().collect(Collectors.groupingBy(o -> o, TreeMap::new, Collectors.counting())));
                    writes.close();
                    FeedReadsAtTenants.Snapshot end = tenants.now();
                    report.add("reads of one feed by two replicas at once from the steady state on: " + (long) end.overlappingSince(steady)
                            + "; changes sent twice: " + (long) end.resentSince(steady, owners.keySet()));
                    String survivor = survivors.get(0);
                    Instant stopped = Instant.now();
                    await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1))
                            .until(() -> Drift.of(HubSecurity.client(hubs.url(survivor), "province-staff"), List.copyOf(nodeOf.keySet())).none());
                    report.add("writes during the kill: " + writes.acknowledged().size() + " records acknowledged on the nine cities, " + writes.refused().size()
                            + " refused; index against all 50 feeds: no drift " + Duration.between(stopped, Instant.now()).toSeconds() + " s after the writes stopped");
                    assertThat(slowest).isLessThanOrEqualTo(LEASE_TIME.plusSeconds(5));
                    assertThat(end.overlappingSince(steady)).isZero();
                    assertThat(writes.refused()).isEmpty();
                }
            }
        } finally {
            nodes.forEach(TenantNode::close);
            String text = "## A large province on one machine (" + java.time.LocalDate.now() + ", 50 sub-markets on " + NODES + " nodes, 3 hub replicas, whole run "
                    + Duration.between(begin, Instant.now()).toSeconds() + " s)\n\n" + String.join("\n", report.stream().map(line -> "- " + line).toList()) + "\n";
            System.out.println(text);
            Path out = Path.of("target", "benchmarks", "large-province.md");
            Files.createDirectories(out.getParent());
            Files.writeString(out, text);
        }
    }

    /** A province statistic asked of every sub-market at once, through hub-a. */
    private void fanOut(HttpSyncGraphQlClient staff) {
        long[] millis = new long[FAN_OUTS];
        for (int i = 0; i < FAN_OUTS; i++) {
            long start = System.nanoTime();
            var response = staff.document("{ tenants { id libraryCounts { kind count } } }").executeSync();
            millis[i] = (System.nanoTime() - start) / 1_000_000;
            assertThat(response.getErrors()).isEmpty();
        }
        Arrays.sort(millis);
        report.add("fan-out over all 50 (`tenants { libraryCounts }`, " + FAN_OUTS + " in a row): p50 " + millis[FAN_OUTS / 2] + " ms, p95 "
                + millis[FAN_OUTS * 95 / 100] + " ms, max " + millis[FAN_OUTS - 1] + " ms");
    }

    /** From a publish acknowledged by its sub-market to the record found by the province search, on every hub. */
    private void syncLag(HubReplicaProcesses hubs, List<City> cities) {
        long[] millis = new long[LAG_SAMPLES];
        for (int i = 0; i < LAG_SAMPLES; i++) {
            City city = cities.get(i % Provinces.JILIN.size());
            String title = "同步时延测量成果 " + i + " " + System.nanoTime();
            String id = HubSecurity.client(hubs.url("hub-a"), city.tenantId() + "-operator")
                    .document("mutation($t: ID!, $title: String!) { createAchievement(tenantId: $t, input: {title: $title, summary: \"同步时延测量。\","
                            + " industry: CARBON_FIBER, maturity: PILOT, ownerInstitution: \"吉林大学\", transferModes: [LICENSE]}) { id } }")
                    .variables(Map.of("t", city.tenantId(), "title", title)).retrieveSync("createAchievement.id").toEntity(String.class);
            HubSecurity.client(hubs.url("hub-a"), city.tenantId() + "-operator").document("mutation($id: ID!) { publish(id: $id, expectedVersion: 1) { id } }")
                    .variables(Map.of("id", id)).executeSync();
            long published = System.nanoTime();
            HttpSyncGraphQlClient visitor = HttpSyncGraphQlClient.builder(RestClient.create(hubs.url(REPLICAS.get(i % REPLICAS.size())))).build();
            await().atMost(Duration.ofSeconds(30)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(20)).until(() ->
                    visitor.document("query($q: String!) { search(text: $q, first: 1) { hits { id } } }").variables(Map.of("q", title))
                            .retrieveSync("search.hits").toEntityList(Map.class).stream().anyMatch(hit -> id.equals(hit.get("id"))));
            millis[i] = (System.nanoTime() - published) / 1_000_000;
        }
        Arrays.sort(millis);
        report.add("write-to-searchable lag (" + LAG_SAMPLES + " publishes spread over the nine cities, searched on each replica in turn): p50 " + millis[LAG_SAMPLES / 2]
                + " ms, p95 " + millis[LAG_SAMPLES * 95 / 100] + " ms, max " + millis[LAG_SAMPLES - 1] + " ms");
    }

    private void memory(HubReplicaProcesses hubs, List<TenantNode> nodes) {
        List<String> memory = new ArrayList<>();
        for (String replica : REPLICAS) {
            memory.add(replica + " " + describe(ProcessMemory.of(hubs.pid(replica))));
        }
        for (int n = 0; n < nodes.size(); n++) {
            memory.add("node " + n + " " + describe(ProcessMemory.of(nodes.get(n).process().pid())));
        }
        report.add("memory, heap after a full collection / resident: " + String.join("; ", memory));
    }

    private static String describe(ProcessMemory memory) {
        return (memory.heapBytes().isPresent() ? memory.heapBytes().getAsLong() / (1 << 20) + " MiB" : "?") + " / " + memory.residentBytes() / (1 << 20) + " MiB";
    }

    /** The simulated counties are no city the platform knows: their names and codes go with them. */
    private static List<String> nodeArguments(List<City> hosted) {
        List<String> args = new ArrayList<>(List.of("--market.node.demo.records.achievement=20", "--market.graphql.rate-limit.requests-per-second=10000"));
        for (int i = 0; i < hosted.size(); i++) {
            City city = hosted.get(i);
            args.add("--market.node.tenants[" + i + "].name=" + city.name());
            args.add("--market.node.tenants[" + i + "].name-en=" + city.nameEn());
            args.add("--market.node.tenants[" + i + "].region-code=" + city.regionCode());
        }
        return args;
    }
}
