package cn.techmarket.hub.search.sync;

import cn.techmarket.hub.replica.Leases;
import cn.techmarket.hub.replica.ReplicaId;
import cn.techmarket.hub.replica.Replicas;
import cn.techmarket.hub.support.HubIntegrationTest;
import cn.techmarket.hub.support.HubServers;
import cn.techmarket.hub.support.RegistryBootstrap;
import cn.techmarket.hub.support.TenantNodeProcesses;
import cn.techmarket.hub.support.TenantNodeProcesses.TenantNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A tenant's feed is followed by the one hub replica that holds its lease: this hub, and a second
 * replica played by the test through the same MongoDB (its leases and its saying it is alive).
 */
@HubIntegrationTest(properties = {
        "market.hub.search.sync-interval=200ms", "market.hub.search.index-prefix=leases-test", "market.hub.registry.probe-interval=1h",
        "market.hub.replica.lease-time=2s"})
class SyncLeasesTest {

    private static final List<String> CITIES = List.of("changchun", "jilin", "siping");
    private static final Duration LEASE_TIME = Duration.ofSeconds(2);

    @RegisterExtension
    static final TenantNode node = TenantNodeProcesses.start("leases_a", CITIES);

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        HubServers.configure(registry, "leases_test_hub");
        RegistryBootstrap.of(registry).cities(node, CITIES.toArray(String[]::new));
    }

    @Autowired
    ChangeFeedSync sync;

    @Autowired
    Leases leases;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    @org.springframework.beans.factory.annotation.Qualifier("searchSync")
    org.springframework.boot.health.contributor.HealthIndicator health;

    @Test
    void aReplicaAloneFollowsEveryTenantUnderItsOwnLeasesAndSaysSoInItsHealth() {
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(sync.followed()).containsExactlyInAnyOrderElementsOf(CITIES);
            assertThat(leases.current(ChangeFeedSync.LEASE)).hasSize(3)
                    .allSatisfy(lease -> assertThat(lease.holder()).isEqualTo(leases.self().value()));
            Map<String, Object> details = health.health().getDetails();
            assertThat(details).containsEntry("thisReplica", leases.self().value());
            assertThat(CITIES).allSatisfy(city ->
                    assertThat((Map<String, Object>) details.get(city)).containsEntry("followedBy", leases.self().value()));
        });
    }

    @Test
    void leasesAndEveryOtherWriteAreAcknowledgedByAMajorityOfTheReplicaSetFromItsJournal() {
        assertThat(mongo.getDb().getWriteConcern()).isEqualTo(com.mongodb.WriteConcern.MAJORITY.withJournal(true));
    }

    @Test
    void aReplicaThatJoinsGetsItsShareAndWhenItDiesItsTenantsAreTakenOverWithinALeaseTime() {
        await().atMost(Duration.ofSeconds(10)).until(() -> sync.followed().size() == 3);
        ReplicaId second = new ReplicaId("replica-b");
        Replicas secondAmongReplicas = new Replicas(mongo, Clock.systemUTC(), second, LEASE_TIME);
        Leases secondsLeases = new Leases(mongo, Clock.systemUTC(), second, LEASE_TIME);
        ScheduledExecutorService replicaB = Executors.newSingleThreadScheduledExecutor();
        // the second replica says it is alive, and takes and keeps whatever lease is free, as the hub's supervision does
        replicaB.scheduleWithFixedDelay(() -> {
            int share = secondAmongReplicas.fairShare(CITIES.size());
            int held = 0;
            for (String city : CITIES) {
                if (held < share && secondsLeases.hold(ChangeFeedSync.LEASE + city)) {
                    held++;
                }
            }
        }, 0, 200, TimeUnit.MILLISECONDS);
        try {
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                assertThat(sync.followed()).as("an even share of three for two replicas, rounded up").hasSize(2);
                Set<String> followedThere = heldBy(second);
                assertThat(followedThere).as("what the hub gave back, the second took").hasSize(1);
                assertThat(sync.followed()).as("no tenant followed twice").doesNotContainAnyElementsOf(followedThere);
            });
        } finally {
            replicaB.shutdownNow();
        }
        // the second replica dies: its lease runs out and it stops saying it is alive
        long died = System.nanoTime();
        await().atMost(LEASE_TIME.plusSeconds(5)).until(() -> sync.followed().size() == 3);
        assertThat(Duration.ofNanos(System.nanoTime() - died)).as("taken over after the lease ran out").isGreaterThanOrEqualTo(Duration.ofSeconds(1));
        assertThat(heldBy(second)).isEmpty();
    }

    private Set<String> heldBy(ReplicaId replica) {
        return Set.copyOf(leases.current(ChangeFeedSync.LEASE).stream().filter(lease -> lease.holder().equals(replica.value()))
                .map(lease -> lease.id().substring(ChangeFeedSync.LEASE.length())).toList());
    }
}
