package cn.techmarket.hub.reliability;

import cn.techmarket.hub.support.HubProcess;
import cn.techmarket.hub.support.HubSecurity;
import cn.techmarket.hub.support.TenantNodeProcesses;
import cn.techmarket.hub.support.TenantNodeProcesses.TenantNode;
import cn.techmarket.infra.SharedTestServers;
import cn.techmarket.infra.process.ChildProcess;
import cn.techmarket.infra.process.FreePort;
import cn.techmarket.infra.process.JavaApp;
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
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
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
             Hubs hubs = Hubs.start(database, endpoints(nodeA, nodeB))) {
            Map<String, TenantNode> nodeOf = new LinkedHashMap<>();
            NODE_A.forEach(city -> nodeOf.put(city, nodeA));
            NODE_B.forEach(city -> nodeOf.put(city, nodeB));
            Map<String, String> tenantUrls = new LinkedHashMap<>();
            nodeOf.forEach((city, node) -> tenantUrls.put(city, node.endpoint(city)));
            FeedReadsAtTenants tenants = new FeedReadsAtTenants(nodeOf);

            try (AcknowledgedWrites writes = new AcknowledgedWrites(tenantUrls, 250)) {
                Map<String, String> owners = settled(tenants, REPLICAS);
                log.add("settled after " + Duration.between(begin, Instant.now()).toSeconds() + " s from the first start: " + new TreeMap<>(owners));
                assertThat(owners.values().stream().collect(Collectors.groupingBy(owner -> owner, Collectors.counting())))
                        .as("six feeds shared evenly by three replicas").containsOnlyKeys(REPLICAS).allSatisfy((replica, feeds) -> assertThat(feeds).isEqualTo(2));

                FeedReadsAtTenants.Snapshot steady = tenants.now();
                FeedReadsAtTenants.Snapshot none = new FeedReadsAtTenants.Snapshot(Map.of(), Map.of(), Map.of());
                log.add("while the replicas started side by side and shared the feeds out: " + (long) steady.overlappingSince(none)
                        + " reads of a feed while another replica's was under way, " + (long) steady.resentSince(none, owners.keySet())
                        + " changes sent twice");
                String victim = owners.get("changchun");
                List<String> orphaned = owners.entrySet().stream().filter(owner -> owner.getValue().equals(victim)).map(Map.Entry::getKey).toList();
                Instant killed = Instant.now();
                hubs.kill(victim);
                Map<String, Duration> takenOver = takenOver(tenants, orphaned, victim, killed);
                log.add(victim + " killed with SIGKILL; its feeds " + orphaned + " read again by another replica after " + takenOver);
                assertThat(takenOver.values()).as("followed again within the lease time plus 5 s")
                        .allSatisfy(after -> assertThat(after).isLessThanOrEqualTo(LEASE_TIME.plusSeconds(5)));

                List<String> survivors = REPLICAS.stream().filter(replica -> !replica.equals(victim)).toList();
                Map<String, String> after = settled(tenants, survivors);
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

    /** Waits until each feed was read by exactly one of {@code replicas} over a window: then its reader, by tenant. */
    private static Map<String, String> settled(FeedReadsAtTenants tenants, List<String> replicas) {
        java.util.Deque<Map.Entry<Instant, FeedReadsAtTenants.Snapshot>> seen = new java.util.ArrayDeque<>();
        AtomicReference<Map<String, Set<String>>> last = new AtomicReference<>();
        try {
            await().atMost(Duration.ofSeconds(90)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(250)).until(() -> {
                Instant now = Instant.now();
                FeedReadsAtTenants.Snapshot end = tenants.now();
                seen.addLast(Map.entry(now, end));
                // the window starts at the latest snapshot at least WINDOW old: older ones are dropped
                Instant windowStart = now.minus(WINDOW);
                while (seen.size() > 1 && !seen.stream().skip(1).findFirst().orElseThrow().getKey().isAfter(windowStart)) {
                    seen.removeFirst();
                }
                if (seen.peekFirst().getKey().isAfter(now.minus(WINDOW))) {
                    return false;
                }
                FeedReadsAtTenants.Snapshot start = seen.peekFirst().getValue();
                Map<String, Set<String>> readers = new TreeMap<>();
                for (String tenant : end.readsByReader().keySet()) {
                    readers.put(tenant, end.readersSince(start, tenant));
                }
                last.set(readers);
                long perReplica = (readers.size() + replicas.size() - 1) / replicas.size();
                return readers.values().stream().allMatch(set -> set.size() == 1 && replicas.containsAll(set))
                        && readers.values().stream().collect(Collectors.groupingBy(set -> set.iterator().next(), Collectors.counting()))
                        .values().stream().allMatch(count -> count == perReplica);
            });
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("the feeds were not shared one reader each among " + replicas + ": last seen " + last.get(), e);
        }
        Map<String, String> owners = new LinkedHashMap<>();
        last.get().forEach((tenant, readers) -> owners.put(tenant, readers.iterator().next()));
        return owners;
    }

    /** How long after the kill each orphaned feed was first read by another replica. */
    private static Map<String, Duration> takenOver(FeedReadsAtTenants tenants, List<String> orphaned, String victim, Instant killed) {
        FeedReadsAtTenants.Snapshot atKill = tenants.now();
        Map<String, Duration> takenOver = new TreeMap<>();
        try {
            await().atMost(LEASE_TIME.plusSeconds(20)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(100)).until(() -> {
                FeedReadsAtTenants.Snapshot now = tenants.now();
                for (String tenant : orphaned) {
                    Set<String> readers = now.readersSince(atKill, tenant);
                    readers.remove(victim);
                    if (!readers.isEmpty()) {
                        takenOver.putIfAbsent(tenant, Duration.between(killed, Instant.now()));
                    }
                }
                return takenOver.keySet().containsAll(orphaned);
            });
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("not every feed of " + victim + " was read again within " + LEASE_TIME.plusSeconds(20) + ": " + takenOver, e);
        }
        return takenOver;
    }

    private static Map<String, String> endpoints(TenantNode nodeA, TenantNode nodeB) {
        Map<String, String> endpoints = new LinkedHashMap<>();
        NODE_A.forEach(city -> endpoints.put(city, nodeA.endpoint(city)));
        NODE_B.forEach(city -> endpoints.put(city, nodeB.endpoint(city)));
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

    /** The hub replicas as processes: the same database, Elasticsearch and cities, each under its own replica id. */
    private static final class Hubs implements AutoCloseable {

        private final Map<String, ChildProcess> processes = new LinkedHashMap<>();
        private final Map<String, Integer> ports = new LinkedHashMap<>();

        static Hubs start(String database, Map<String, String> endpoints) {
            Hubs hubs = new Hubs();
            Map<String, CompletableFuture<ChildProcess>> starting = new LinkedHashMap<>();
            for (String replica : REPLICAS) {
                int port = FreePort.find();
                hubs.ports.put(replica, port);
                List<String> args = new ArrayList<>(HubProcess.arguments(database, SharedTestServers.elasticsearch().uri(), endpoints));
                // one value per key: Spring joins a key given twice with a comma
                args.removeIf(arg -> arg.startsWith("--market.hub.replica.id="));
                args.addAll(List.of("--market.hub.replica.id=" + replica,
                        "--market.hub.replica.lease-time=" + LEASE_TIME.toSeconds() + "s",
                        "--market.hub.search.index-prefix=" + database,
                        "--market.hub.search.sync-interval=200ms",
                        "--market.hub.registry.probe-interval=2s"));
                JavaApp app = new JavaApp(replica, HubProcess.jar(), "384m", port, args, Map.of(), JavaApp.QUICK_START);
                // side by side, as replicas of one deployment start
                starting.put(replica, CompletableFuture.supplyAsync(() -> app.start(Path.of("target", "replica-logs"))));
            }
            RuntimeException failed = null;
            for (Map.Entry<String, CompletableFuture<ChildProcess>> replica : starting.entrySet()) {
                try {
                    hubs.processes.put(replica.getKey(), replica.getValue().join());
                } catch (RuntimeException e) {
                    failed = e;
                }
            }
            if (failed != null) {
                hubs.close();
                throw failed;
            }
            return hubs;
        }

        String url(String replica) {
            return "http://127.0.0.1:" + ports.get(replica) + "/graphql";
        }

        void kill(String replica) {
            processes.get(replica).kill();
        }

        @Override
        public void close() {
            processes.values().forEach(ChildProcess::close);
        }
    }
}
