package cn.techmarket.hub.replica;

import cn.techmarket.infra.SharedTestServers;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** Leases in a real MongoDB wire server, three replicas sharing one clock that the test moves. */
class LeasesTest {

    private static final Duration LEASE_TIME = Duration.ofSeconds(10);
    private static final MongoClient client = MongoClients.create(SharedTestServers.mongodb().uri());

    private final MovableClock clock = new MovableClock();
    private final MongoTemplate mongo = new MongoTemplate(client, "leases_test_" + System.nanoTime());
    private final Leases a = leases("replica-a");
    private final Leases b = leases("replica-b");
    private final Leases c = leases("replica-c");

    @AfterAll
    static void close() {
        client.close();
    }

    @BeforeEach
    void emptyCollection() {
        mongo.dropCollection(Leases.COLLECTION);
    }

    @Test
    void aFreeLeaseIsTakenByTheFirstAndNotByAnotherWhileItLasts() {
        assertThat(a.hold("sync:jilin")).isTrue();
        assertThat(b.hold("sync:jilin")).isFalse();

        clock.advance(LEASE_TIME.minusSeconds(1));
        assertThat(b.hold("sync:jilin")).isFalse();
        assertThat(a.current("sync:")).singleElement().satisfies(lease -> assertThat(lease.holder()).isEqualTo("replica-a"));
    }

    @Test
    void itsHolderKeepsItByRenewingItBeforeItRunsOut() {
        a.hold("sync:jilin");
        for (int i = 0; i < 5; i++) {
            clock.advance(LEASE_TIME.dividedBy(2).plusSeconds(1));
            assertThat(a.hold("sync:jilin")).as("renewed, round " + i).isTrue();
            assertThat(b.hold("sync:jilin")).isFalse();
        }
    }

    @Test
    void aLeaseThatRanOutIsTakenOverAndItsOldHolderCannotRenewIt() {
        a.hold("sync:jilin");
        clock.advance(LEASE_TIME.plusSeconds(1));

        assertThat(b.hold("sync:jilin")).as("taken over").isTrue();
        assertThat(a.hold("sync:jilin")).as("the old holder, back from a long pause").isFalse();
        assertThat(b.current("sync:")).singleElement().satisfies(lease -> assertThat(lease.holder()).isEqualTo("replica-b"));
    }

    @Test
    void aLeaseGivenBackIsFreeAtOnceAndOnlyItsHolderCanGiveItBack() {
        a.hold("sync:jilin");
        b.release("sync:jilin");
        assertThat(c.hold("sync:jilin")).as("b could not give back a's lease").isFalse();

        a.release("sync:jilin");
        assertThat(c.hold("sync:jilin")).isTrue();
    }

    @Test
    void replicasAskingForOneLeaseAtOnceGetItOnce() throws Exception {
        clock.advance(Duration.ofHours(1));
        List<Leases> replicas = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            replicas.add(leases("racer-" + i));
        }
        for (int round = 0; round < 20; round++) {
            String name = "sync:round-" + round;
            assertThat(allAtOnce(replicas.stream().map(leases -> (Callable<Boolean>) () -> leases.hold(name)).toList()))
                    .as("round " + round).containsOnlyOnce(true);
        }
    }

    @Test
    void replicasShareWorkEvenlyAndOneThatStoppedSayingItIsAliveIsLeftOut() {
        Replicas first = new Replicas(mongo, clock, new ReplicaId("replica-a"), LEASE_TIME);
        Replicas second = new Replicas(mongo, clock, new ReplicaId("replica-b"), LEASE_TIME);
        mongo.dropCollection(Replicas.COLLECTION);

        assertThat(first.fairShare(5)).as("alone").isEqualTo(5);
        assertThat(second.fairShare(5)).as("two of them").isEqualTo(3);
        assertThat(first.fairShare(5)).isEqualTo(3);

        clock.advance(LEASE_TIME.plusSeconds(1));
        assertThat(first.fairShare(5)).as("the second went silent").isEqualTo(5);
        second.leave();
    }

    @Test
    void eachReplicaKnowsHowManyServeWithoutAskingMongoDbOnEveryRequest() {
        Replicas first = new Replicas(mongo, clock, new ReplicaId("replica-a"), LEASE_TIME);
        Replicas second = new Replicas(mongo, clock, new ReplicaId("replica-b"), LEASE_TIME);
        mongo.dropCollection(Replicas.COLLECTION);

        first.heartbeat();
        assertThat(first.count()).as("alone").isEqualTo(1);
        second.heartbeat();
        first.heartbeat();
        assertThat(List.of(first.count(), second.count())).as("a client's rate is now halved on each").containsOnly(2L);

        second.leave();
        assertThat(first.count()).as("counted at the last heartbeat, not on each request").isEqualTo(2);
        first.heartbeat();
        assertThat(first.count()).isEqualTo(1);
    }

    private Leases leases(String replica) {
        return new Leases(mongo, clock, new ReplicaId(replica), LEASE_TIME);
    }

    private static List<Boolean> allAtOnce(List<Callable<Boolean>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Boolean>> answers = new ArrayList<>();
            for (Callable<Boolean> call : calls) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<Boolean> results = new ArrayList<>();
            for (Future<Boolean> answer : answers) {
                results.add(answer.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    /** The replicas' one clock, moved by the test. */
    private static final class MovableClock extends Clock {

        private volatile Instant now = Instant.parse("2026-12-05T08:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
