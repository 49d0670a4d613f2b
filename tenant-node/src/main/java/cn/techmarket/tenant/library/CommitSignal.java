package cn.techmarket.tenant.library;

import cn.techmarket.tenant.tenancy.HostedTenant;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Tells those waiting on a tenant's change feed that one of its sequence hints was raised, so a
 * long poll answers the moment a write commits instead of at its next look. Counts raises per
 * tenant: a waiter notes the count before it reads the feed's bounds, so a raise between that
 * read and its wait is not missed. Only writes made by this node are signalled; waiters look at
 * the bounds again now and then for the others.
 */
@Component
public class CommitSignal implements SmartLifecycle {

    /** Guarded by itself. */
    private final Map<String, Long> raises = new HashMap<>();
    private volatile boolean running;

    void raised(HostedTenant tenant) {
        synchronized (raises) {
            raises.merge(tenant.id(), 1L, Long::sum);
            raises.notifyAll();
        }
    }

    /** How many raises this node has seen for the tenant: pass it to {@link #await}. */
    public long raises(HostedTenant tenant) {
        synchronized (raises) {
            return raises.getOrDefault(tenant.id(), 0L);
        }
    }

    /**
     * Waits until the tenant's raise count moves past {@code seen}, the patience runs out or the
     * node stops.
     *
     * @return false once the node is stopping: nobody should wait any longer
     */
    public boolean await(HostedTenant tenant, long seen, Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        synchronized (raises) {
            long left;
            while (running && raises.getOrDefault(tenant.id(), 0L) == seen && (left = deadline - System.nanoTime()) > 0) {
                raises.wait(Math.max(1, left / 1_000_000));
            }
            return running;
        }
    }

    @Override
    public void start() {
        running = true;
    }

    /** Stopped before the web server's graceful shutdown, which would otherwise wait for every held poll. */
    @Override
    public void stop() {
        synchronized (raises) {
            running = false;
            raises.notifyAll();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
