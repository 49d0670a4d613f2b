package cn.techmarket.tenant.library;

import cn.techmarket.tenant.tenancy.HostedTenant;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import org.springframework.beans.factory.DisposableBean;

import java.util.HashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The highest change sequence known to be committed, per tenant and kind, kept in a small
 * {@code sequences} collection so that neither writers nor the feed have to scan for the
 * maximum. A hint is only ever raised after the write that used the sequence is stored, so
 * every sequence up to it is committed; it may lag behind (a crash between the write and the
 * raise), which {@link #repair} fixes at startup and the writers' retry tolerates.
 *
 * <p>This node also remembers the highest sequence it has seen committed, its own writes' among
 * them: its writers claim the next one without reading the hint first, and its feed reads up to
 * the higher of the two. A write's hint is raised in the store just after it, off the request's
 * path, and raises that pile up while one is stored are made as one. Another node hosting the
 * same tenant learns of the write from the store, or by losing a race for its sequence.
 */
@Component
public class SequenceHints implements DisposableBean {

    static final String COLLECTION = "sequences";

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(SequenceHints.class);

    private final CommitSignal signal;
    private final LibraryKinds kinds;
    private final Map<String, Known> known = new ConcurrentHashMap<>();
    private final ExecutorService raising = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "sequence-hints");
        thread.setDaemon(true);
        return thread;
    });

    /** The highest sequence this node knows committed for one tenant and kind, and the most a raise still has to store. */
    private static final class Known {
        /** Held by this node's writer of the kind while it claims and stores a sequence: they queue here instead of losing races in the store. */
        final ReentrantLock claiming = new ReentrantLock();
        final AtomicLong committed = new AtomicLong();
        final AtomicLong toStore = new AtomicLong();
        final AtomicBoolean storing = new AtomicBoolean();
    }

    SequenceHints(CommitSignal signal, LibraryKinds kinds) {
        this.signal = signal;
        this.kinds = kinds;
    }

    /** A sequence committed for this tenant and kind: what this node knows, or else the stored hint. */
    public long committed(HostedTenant tenant, Library<?> library) {
        Known mine = known(tenant, library);
        long committed = mine.committed.get();
        return committed > 0 ? committed : stored(tenant, library);
    }

    /**
     * Runs a writer's claim of the next sequence and its write with no other writer of this node claiming for the same tenant
     * and kind: each then claims one more than the last committed and none loses a race to a neighbour. Writers on other
     * nodes still race for it in the store, where the unique index decides.
     */
    <T> T claiming(HostedTenant tenant, Library<?> library, Supplier<T> claimAndWrite) {
        ReentrantLock lock = known(tenant, library).claiming;
        lock.lock();
        try {
            return claimAndWrite.get();
        } finally {
            lock.unlock();
        }
    }

    /** The stored hint, for a writer that lost a race: another node has committed more than this one knew. */
    long stored(HostedTenant tenant, Library<?> library) {
        Document hint = tenant.mongo().findById(library.collection(), Document.class, COLLECTION);
        long stored = hint == null ? 0 : ((Number) hint.get("seq")).longValue();
        known(tenant, library).committed.accumulateAndGet(stored, Math::max);
        return stored;
    }

    /**
     * Every kind's hint in one read: the change feed asks for all of them on every poll, and a
     * sync that is caught up polls often.
     *
     * @return every kind's library, in change-feed order
     */
    public Map<Library<?>, Long> committed(HostedTenant tenant) {
        Map<String, Long> byCollection = new HashMap<>();
        for (Document hint : tenant.mongo().findAll(Document.class, COLLECTION)) {
            byCollection.put(String.valueOf(hint.get("_id")), ((Number) hint.get("seq")).longValue());
        }
        Map<Library<?>, Long> hints = new LinkedHashMap<>();
        kinds.libraries().forEach(library -> hints.put(library,
                Math.max(byCollection.getOrDefault(library.collection(), 0L), known(tenant, library).committed.get())));
        return hints;
    }

    /** Raises the hint now: for imports and repairs, which nothing else waits on. */
    void raise(HostedTenant tenant, Library<?> library, long seq) {
        known(tenant, library).committed.accumulateAndGet(seq, Math::max);
        store(tenant, library, seq);
        signal.raised(tenant);
    }

    /**
     * A write with this sequence is stored: this node's writers and feed know it at once, and the
     * stored hint is raised just after, together with any other raise that comes in meanwhile.
     */
    void committedNow(HostedTenant tenant, Library<?> library, long seq) {
        Known mine = known(tenant, library);
        mine.committed.accumulateAndGet(seq, Math::max);
        mine.toStore.accumulateAndGet(seq, Math::max);
        signal.raised(tenant);
        if (mine.storing.compareAndSet(false, true)) {
            raising.execute(() -> storeLatest(tenant, library, mine));
        }
    }

    private void storeLatest(HostedTenant tenant, Library<?> library, Known mine) {
        // cleared before reading: a raise after this read schedules another store, none is lost
        mine.storing.set(false);
        try {
            store(tenant, library, mine.toStore.get());
        } catch (RuntimeException e) {
            // the next write's raise or the repair at the next start stores it; the feed of this node knows it already
            log.warn("could not store the change sequence hint of {} {}", tenant.id(), library.collection(), e);
        }
    }

    private static void store(HostedTenant tenant, Library<?> library, long seq) {
        tenant.mongo().upsert(new Query(where("_id").is(library.collection())), new Update().max("seq", seq), COLLECTION);
    }

    private Known known(HostedTenant tenant, Library<?> library) {
        return known.computeIfAbsent(tenant.id() + "/" + library.collection(), key -> new Known());
    }

    /** Raises still queued are stored before the node stops, so the next start has nothing to repair. */
    @Override
    public void destroy() throws InterruptedException {
        raising.shutdown();
        raising.awaitTermination(5, TimeUnit.SECONDS);
    }

    /** The true maximum, by scanning the records; for startup and for writers that lost a race. */
    long scanMaximum(HostedTenant tenant, Library<?> library) {
        Document newest = tenant.mongo().findOne(
                new Query().with(Sort.by(Sort.Direction.DESC, "meta.seq")).limit(1), Document.class, library.collection());
        if (newest == null) {
            return 0;
        }
        return ((Number) ((Document) newest.get("meta")).get("seq")).longValue();
    }

    /** Raises every hint of the tenant to the stored maximum: a crash may have left one behind. */
    public void repair(HostedTenant tenant) {
        for (Library<?> library : kinds.libraries()) {
            raise(tenant, library, scanMaximum(tenant, library));
        }
    }
}
