package cn.techmarket.hub.reliability;

import cn.techmarket.hub.support.HubSecurity;
import cn.techmarket.hub.support.TenantNodeProcesses;
import cn.techmarket.hub.support.TenantNodeProcesses.TenantNode;
import cn.techmarket.model.region.City;
import cn.techmarket.model.region.Provinces;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Three hub replicas from the hub's jar on one MongoDB and one Elasticsearch, over six cities on
 * two tenant nodes, while every city keeps being written to. Checked from the tenants' side
 * ({@link FeedReadsAtTenants}): each feed is read by exactly one replica and the replicas share
 * them evenly; the replica following changchun is killed with SIGKILL, and its feeds are read
 * again by the others within the lease time plus 5 s, without two replicas ever reading one feed
 * at once; the index then matches every city's feed, and the changes sent twice are counted
 * against what the lease allows: what was written to the killed replica's cities while its last
 * saved cursor could lag behind what it had read.
 */
class HubReplicasIT {

    private static final List<String> NODE_A = List.of("changchun", "jilin", "siping");
    private static final List<String> NODE_B = List.of("liaoyuan", "tonghua", "baishan");
    private static final List<String> REPLICAS = List.of("hub-a", "hub-b", "hub-c");
    private static final Duration LEASE_TIME = Duration.ofSeconds(4);
    private static final Duration WINDOW = Duration.ofSeconds(3);

    private final List<String> log = new ArrayList<>();

    @Test
    void everyFeedHasOneReaderAndAKilledReplicasFeedsAreReadAgainWithinTheLeaseTime() throws Exception {
        Instant begin = Instant.now();
        String database = "replicas-" + System.currentTimeMillis();
        try (TenantNode nodeA = TenantNodeProcesses.start("replicas_a", NODE_A);
             TenantNode nodeB = TenantNodeProcesses.start("replicas_b", NODE_B);
             HubReplicaProcesses hubs = HubReplicaProcesses.start(database, REPLICAS, LEASE_TIME, cities(nodeA, nodeB))) {
            Map<String, TenantNode> nodeOf = new LinkedHashMap<>();
            NODE_A.forEach(city -> nodeOf.put(city, nodeA));
            NODE_B.forEach(city -> nodeOf.put(city, nodeB));
            Map<String, String> tenantUrls = new LinkedHashMap<>();
            nodeOf.forEach((city, node) -> tenantUrls.put(city, node.endpoint(city)));
            FeedReadsAtTenants tenants = new FeedReadsAtTenants(nodeOf);

            try (AcknowledgedWrites writes = new AcknowledgedWrites(tenantUrls, 250)) {
                Map<String, String> owners = FeedSharing.settled(tenants, REPLICAS, WINDOW, Duration.ofSeconds(90));
                log.add("settled after " + Duration.between(begin, Instant.now()).toSeconds() + " s from the first start: " + new TreeMap<>(owners));
                assertThat(owners.values().stream().collect(Collectors.groupingBy(owner -> owner, Collectors.counting())))
                        .as("six feeds shared evenly by three replicas").containsOnlyKeys(REPLICAS).allSatisfy((replica, feeds) -> assertThat(feeds).isEqualTo(2));

                FeedReadsAtTenants.Snapshot steady = tenants.now();
                FeedReadsAtTenants.Snapshot none = new FeedReadsAtTenants.Snapshot(Map.of(), Map.of(), Map.of(), Map.of());
                log.add("while the replicas started side by side and shared the feeds out: " + (long) steady.overlappingSince(none)
                        + " reads of a feed while another replica's was under way, " + (long) steady.resentSince(none, owners.keySet())
                        + " changes sent twice");
                String victim = owners.get("changchun");
                List<String> orphaned = owners.entrySet().stream().filter(owner -> owner.getValue().equals(victim)).map(Map.Entry::getKey).toList();
                Instant killed = Instant.now();
                hubs.kill(victim);
                Map<String, Duration> takenOver = FeedSharing.takenOver(tenants, orphaned, victim, killed, LEASE_TIME.plusSeconds(20));
                log.add(victim + " killed with SIGKILL; its feeds " + orphaned + " read again by another replica after " + takenOver);
                assertThat(takenOver.values()).as("followed again within the lease time plus 5 s")
                        .allSatisfy(after -> assertThat(after).isLessThanOrEqualTo(LEASE_TIME.plusSeconds(5)));

                List<String> survivors = REPLICAS.stream().filter(replica -> !replica.equals(victim)).toList();
                Map<String, String> after = FeedSharing.settled(tenants, survivors, WINDOW, Duration.ofSeconds(90));
                log.add("then shared by the survivors: " + new TreeMap<>(after));
                assertThat(after.values().stream().collect(Collectors.groupingBy(owner -> owner, Collectors.counting())))
                        .as("six feeds, three each").containsOnlyKeys(survivors).allSatisfy((replica, feeds) -> assertThat(feeds).isEqualTo(3));

                writes.close();
                FeedReadsAtTenants.Snapshot end = tenants.now();
                double overlapping = end.overlappingSince(steady);
                double resent = end.resentSince(steady, orphaned);
                double resentElsewhere = end.resentSince(steady, owners.keySet().stream().filter(city -> !orphaned.contains(city)).toList());
                // the killed replica's saved cursors lag what it had read by at most its last pass: changes written before that
                // pass began and after its predecessor's saved cursor are all a successor can send again
                long allowance = orphaned.stream().mapToLong(city -> writes.acknowledged(city, killed.minus(LEASE_TIME), killed)).sum();
                log.add("reads of one feed by two replicas at once, from the steady state on: " + (long) overlapping);
                log.add("changes sent again after the kill: " + (long) resent + " of the killed replica's cities (allowance: the "
                        + allowance + " written to them in the lease time before the kill), " + (long) resentElsewhere + " of the others");
                assertThat(overlapping).as("two replicas reading one feed at once").isZero();
                assertThat(resentElsewhere).as("feeds that kept their replica send nothing twice").isZero();
                assertThat(resent).as("changes sent twice because a replica died").isLessThanOrEqualTo(allowance);

                var staff = HubSecurity.client(hubs.url(survivors.get(0)), "province-staff");
                AtomicReference<Drift> drift = new AtomicReference<>();
                Instant stopped = Instant.now();
                try {
                    await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() -> {
                        drift.set(Drift.of(staff, List.copyOf(nodeOf.keySet())));
                        return drift.get().none();
                    });
                } catch (ConditionTimeoutException e) {
                    // asserted below, with what remained
                }
                log.add("drift between the six feeds and the index: " + drift.get() + " " + Duration.between(stopped, Instant.now()).toSeconds()
                        + " s after the writes stopped; " + writes.acknowledged().size() + " records written, " + writes.refused().size() + " refused");
                assertThat(drift.get().none()).as("zero drift (%s)", drift.get()).isTrue();
                assertThat(writes.refused()).isEmpty();
            } finally {
                report(begin);
            }
        }
    }

    private static Map<City, String> cities(TenantNode nodeA, TenantNode nodeB) {
        Map<City, String> endpoints = new LinkedHashMap<>();
        NODE_A.forEach(city -> endpoints.put(Provinces.find(city).orElseThrow(), nodeA.endpoint(city)));
        NODE_B.forEach(city -> endpoints.put(Provinces.find(city).orElseThrow(), nodeB.endpoint(city)));
        return endpoints;
    }

    private void report(Instant begin) throws java.io.IOException {
        String report = "## Three hub replicas (" + java.time.LocalDate.now() + ", lease time " + LEASE_TIME.toSeconds() + " s, whole run "
                + Duration.between(begin, Instant.now()).toSeconds() + " s)\n\n" + String.join("\n", log.stream().map(line -> "- " + line).toList()) + "\n";
        System.out.println(report);
        Path out = Path.of("target", "benchmarks", "hub-replicas.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }
}
