package cn.techmarket.hub.search.sync;

import cn.techmarket.hub.search.sync.TenantSyncWorker.Outcome;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** When a tenant's sync asks its feed again: at once when behind, after the interval when caught up, later and later while failing. */
class TenantSyncWorkerTest {

    @Test
    void theWaitAfterFailuresDoublesFromTheIntervalUpToTheCap() {
        Duration interval = Duration.ofMillis(300);
        Duration cap = Duration.ofSeconds(2);

        assertThat(TenantSyncWorker.backoff(interval, cap, 1)).isEqualTo(Duration.ofMillis(300));
        assertThat(TenantSyncWorker.backoff(interval, cap, 2)).isEqualTo(Duration.ofMillis(600));
        assertThat(TenantSyncWorker.backoff(interval, cap, 3)).isEqualTo(Duration.ofMillis(1200));
        assertThat(TenantSyncWorker.backoff(interval, cap, 4)).isEqualTo(cap);
        assertThat(TenantSyncWorker.backoff(interval, cap, 1_000)).isEqualTo(cap);
        // a cap below the interval does not make a failing sync ask more often than a flowing one
        assertThat(TenantSyncWorker.backoff(Duration.ofHours(1), cap, 3)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void aWorkerBehindReadsOnAtOnceAndACaughtUpOneWaitsTheInterval() {
        AtomicInteger passes = new AtomicInteger();
        TenantSyncWorker worker = new TenantSyncWorker("changchun",
                () -> passes.incrementAndGet() < 5 ? Outcome.BEHIND : Outcome.CAUGHT_UP, Duration.ofMinutes(1), Duration.ofMinutes(1));
        worker.start();
        try {
            await().atMost(Duration.ofSeconds(5)).until(() -> passes.get() == 5);
            await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(1)).until(() -> passes.get() == 5);
        } finally {
            worker.stop();
            worker.awaitEnd(Duration.ofSeconds(1));
        }
    }

    @Test
    void aFailingWorkerBacksOffAndAStoppedOneEndsWithoutWaitingOutItsPause() {
        AtomicInteger passes = new AtomicInteger();
        TenantSyncWorker worker = new TenantSyncWorker("changchun", () -> {
            passes.incrementAndGet();
            throw new IllegalStateException("the tenant is down");
        }, Duration.ofMillis(50), Duration.ofSeconds(30));
        worker.start();
        await().atMost(Duration.ofSeconds(5)).until(() -> passes.get() >= 4);
        // waits of 50, 100, 200, 400, 800 ms ...: without the backoff there would be about 30 passes in 1.5 s
        await().during(Duration.ofMillis(1500)).atMost(Duration.ofSeconds(2)).until(() -> passes.get() <= 7);

        long stopping = System.nanoTime();
        worker.stop();
        worker.awaitEnd(Duration.ofSeconds(10));
        assertThat(worker.running()).isFalse();
        assertThat(Duration.ofNanos(System.nanoTime() - stopping)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void stoppingEndsAPassBlockedOnAServerThatIsGone() {
        java.util.concurrent.CountDownLatch blocked = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch neverAnswered = new java.util.concurrent.CountDownLatch(1);
        TenantSyncWorker worker = new TenantSyncWorker("changchun", () -> {
            blocked.countDown();
            try {
                neverAnswered.await(); // as a database call waiting for a server that has shut down
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return TenantSyncWorker.Outcome.FAILED;
        }, Duration.ofMillis(50), Duration.ofSeconds(1));
        worker.start();
        await().atMost(Duration.ofSeconds(5)).until(() -> blocked.getCount() == 0);

        long stopping = System.nanoTime();
        worker.stop();
        worker.awaitEnd(Duration.ofSeconds(10));
        assertThat(worker.running()).isFalse();
        assertThat(Duration.ofNanos(System.nanoTime() - stopping)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void aWorkerHandedOverFinishesItsPassUninterruptedAndAHeldPassLearnsItMayEnd() {
        java.util.concurrent.CountDownLatch reading = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch handedOver = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.atomic.AtomicBoolean interrupted = new java.util.concurrent.atomic.AtomicBoolean();
        java.util.concurrent.atomic.AtomicBoolean toldItMayEnd = new java.util.concurrent.atomic.AtomicBoolean();
        AtomicInteger passes = new AtomicInteger();
        TenantSyncWorker worker = new TenantSyncWorker("changchun", () -> {
            passes.incrementAndGet();
            reading.countDown();
            try {
                handedOver.await(); // a pass writing what it read, when its worker is handed over
            } catch (InterruptedException e) {
                interrupted.set(true);
            }
            toldItMayEnd.set(TenantSyncWorker.handedOver());
            return TenantSyncWorker.Outcome.BEHIND;
        }, Duration.ofMillis(50), Duration.ofSeconds(1));
        worker.start();
        await().atMost(Duration.ofSeconds(5)).until(() -> reading.getCount() == 0);

        worker.handOver();
        assertThat(worker.running()).isFalse();
        handedOver.countDown();
        worker.awaitEnd(Duration.ofSeconds(5));

        assertThat(interrupted).as("the pass ran to its end, and saved its cursor").isFalse();
        assertThat(toldItMayEnd).as("a held pass asks, at each word from the tenant").isTrue();
        assertThat(passes).as("no pass after it, though it was behind").hasValue(1);
        assertThat(TenantSyncWorker.handedOver()).as("another thread is no worker").isFalse();
    }
}
