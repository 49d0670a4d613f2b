package cn.techmarket.hub.search.sync;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Runs one tenant's search sync on a thread of its own, so a tenant that is slow, dead or far
 * behind holds back no other tenant. Caught up, it asks again after the sync interval; behind, at
 * once; after a failure, after a wait that doubles with each failure in a row up to a cap, so a
 * dead tenant or cluster is not hammered and comes back into flow soon after it heals.
 */
public final class TenantSyncWorker {

    enum Outcome { CAUGHT_UP, BEHIND, FAILED }

    private static final Logger log = LoggerFactory.getLogger(TenantSyncWorker.class);
    /** The worker whose thread this is, for a pass to ask whether it is being handed over. */
    private static final ThreadLocal<TenantSyncWorker> CURRENT = new ThreadLocal<>();

    private final String tenantId;
    private final Supplier<Outcome> pass;
    private final Duration interval;
    private final Duration maxBackoff;
    private final Thread thread;
    private final Object wakeUp = new Object();
    private volatile boolean stopped;
    private volatile boolean handingOver;
    private int failuresInARow;

    TenantSyncWorker(String tenantId, Supplier<Outcome> pass, Duration interval, Duration maxBackoff) {
        this.tenantId = tenantId;
        this.pass = pass;
        this.interval = interval;
        this.maxBackoff = maxBackoff;
        this.thread = new Thread(this::run, "search-sync-" + tenantId);
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    boolean running() {
        return !stopped && thread.isAlive();
    }

    /**
     * Ends the worker, interrupting a pass under way. An interrupted pass has not moved its
     * cursor, so what it was writing is written again by the next worker: harmless, versions make
     * it a no-op.
     */
    void stop() {
        stopped = true;
        // also ends a pass waiting on a server that is gone, e.g. the database at shutdown
        thread.interrupt();
    }

    /**
     * Ends the worker once its pass under way has ended, uninterrupted, so that the pass saves its
     * cursor and another replica taking the tenant over reads on from there rather than again.
     * A pass held by a caught-up tenant ends at the tenant's next word ({@link #handedOver}).
     */
    void handOver() {
        handingOver = true;
        stopped = true;
        synchronized (wakeUp) {
            wakeUp.notifyAll();
        }
    }

    /** Whether the worker running on this thread is being handed over: a held pass has nothing to save and may end. */
    static boolean handedOver() {
        TenantSyncWorker current = CURRENT.get();
        return current != null && current.handingOver;
    }

    /** Waits up to {@code patience} for a stopped worker's thread to end. */
    void awaitEnd(Duration patience) {
        try {
            thread.join(Math.max(1, patience.toMillis()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        CURRENT.set(this);
        while (!stopped) {
            Outcome outcome;
            try {
                outcome = pass.get();
            } catch (RuntimeException e) {
                log.warn("search sync of {} failed unexpectedly", tenantId, e);
                outcome = Outcome.FAILED;
            }
            failuresInARow = outcome == Outcome.FAILED ? failuresInARow + 1 : 0;
            pause(switch (outcome) {
                case CAUGHT_UP -> interval;
                case BEHIND -> Duration.ZERO;
                case FAILED -> backoff(interval, maxBackoff, failuresInARow);
            });
        }
    }

    /** The wait after the given number of failures in a row: the interval, doubled for each failure after the first, capped. */
    static Duration backoff(Duration interval, Duration max, int failuresInARow) {
        Duration cap = max.compareTo(interval) < 0 ? interval : max;
        int doublings = Math.min(Math.max(failuresInARow - 1, 0), 30);
        long millis = interval.toMillis() << doublings;
        return millis <= 0 || millis > cap.toMillis() ? cap : Duration.ofMillis(millis);
    }

    private void pause(Duration pause) {
        long deadline = System.nanoTime() + pause.toNanos();
        synchronized (wakeUp) {
            long left;
            while (!stopped && (left = deadline - System.nanoTime()) > 0) {
                try {
                    TimeUnit.NANOSECONDS.timedWait(wakeUp, left);
                } catch (InterruptedException e) {
                    stopped = true;
                    Thread.currentThread().interrupt();
                }
            }
        }
    }
}
