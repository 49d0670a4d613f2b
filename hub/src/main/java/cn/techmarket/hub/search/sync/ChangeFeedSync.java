package cn.techmarket.hub.search.sync;

import cn.techmarket.hub.search.SearchIndex;
import cn.techmarket.hub.search.sync.TenantSyncWorker.Outcome;
import cn.techmarket.hub.search.SearchProperties;

import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import cn.techmarket.hub.registry.RegisteredTenant;
import cn.techmarket.hub.registry.TenantRegistry;
import cn.techmarket.hub.replica.Leases;
import cn.techmarket.hub.replica.Replicas;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Follows every active tenant's change feed into the search index, one {@link TenantSyncWorker}
 * per tenant. A pass reads the tenant's changes since its cursor, writes them with external
 * versions, and persists the cursor only after Elasticsearch acknowledged them, so a crash or an
 * unreachable cluster replays changes (harmlessly: versions make replays no-ops) but never skips
 * one.
 */
@Component
public class ChangeFeedSync implements SchedulingConfigurer {

    static final String COLLECTION = "search_sync";
    /** The lease on following a tenant's feed is named with this and the tenant's id. */
    public static final String LEASE = "search-sync:";
    private static final Logger log = LoggerFactory.getLogger(ChangeFeedSync.class);
    private static final Duration STOP_PATIENCE = Duration.ofSeconds(10);
    private static final Duration LEASES_BACK_PATIENCE = Duration.ofSeconds(2);

    private final TenantRegistry registry;
    private final FeedExport export;
    private final SearchIndex index;
    private final SearchIndexer indexer;
    private final MongoTemplate mongo;
    private final SearchProperties properties;
    private final MeterRegistry meters;
    private final Leases leases;
    private final Replicas replicas;
    private final Clock clock = Clock.systemUTC();
    private final Map<String, TenantSyncWorker> workers = new ConcurrentHashMap<>();
    /** The last state each worker saved, for the metrics: read when scraped, not from the database. */
    private final Map<String, SyncState> latest = new ConcurrentHashMap<>();
    private volatile boolean closed;

    ChangeFeedSync(TenantRegistry registry, FeedExport export, SearchIndex index, SearchIndexer indexer,
                   MongoTemplate mongo, SearchProperties properties, MeterRegistry meters, Leases leases, Replicas replicas) {
        this.leases = leases;
        this.replicas = replicas;
        this.registry = registry;
        this.export = export;
        this.index = index;
        this.indexer = indexer;
        this.mongo = mongo;
        this.properties = properties;
        this.meters = meters;
    }

    /**
     * Workers for this replica's share of the active tenants, none for the others: a tenant is
     * followed only by the replica that holds its lease ({@link Leases}), so several replicas
     * never read one feed twice; each takes an even share, gives back what is over it when a
     * replica joins, and takes over the tenants of one that left once their leases run out.
     * Registrations and status changes take effect within an interval.
     */
    public synchronized void superviseWorkers() {
        if (closed) {
            return;
        }
        List<String> active = registry.all().stream()
                .filter(tenant -> tenant.status() == RegisteredTenant.TenantStatus.ACTIVE)
                .map(RegisteredTenant::id)
                // each replica tries free tenants in an order of its own, so replicas starting together seldom ask for the same lease
                .sorted(Comparator.comparingInt(tenantId -> (tenantId + "@" + leases.self()).hashCode()))
                .toList();
        int share = replicas.fairShare(active.size());
        workers.entrySet().removeIf(worker -> {
            String tenantId = worker.getKey();
            boolean kept = active.contains(tenantId) && worker.getValue().running() && leases.hold(LEASE + tenantId);
            if (!kept) {
                worker.getValue().stop();
                if (!active.contains(tenantId)) {
                    leases.release(LEASE + tenantId);
                }
            }
            return !kept;
        });
        // over its share (a replica joined): the last in its order go back, once their passes under way have ended
        List<String> followed = active.stream().filter(workers::containsKey).toList();
        for (String tenantId : followed.subList(Math.min(share, followed.size()), followed.size())) {
            TenantSyncWorker worker = workers.remove(tenantId);
            // its pass under way ends and saves its cursor: the replica taking over reads on from there, not again
            worker.handOver();
            worker.awaitEnd(STOP_PATIENCE);
            worker.stop(); // a pass that outlasted the patience is interrupted, as at shutdown
            leases.release(LEASE + tenantId);
        }
        for (String tenantId : active) {
            if (workers.size() >= share) {
                break;
            }
            if (!workers.containsKey(tenantId) && leases.hold(LEASE + tenantId)) {
                workers.put(tenantId, startWorker(tenantId));
            }
        }
    }

    /** The tenants this replica follows now. */
    public Set<String> followed() {
        return Set.copyOf(workers.keySet());
    }

    @PreDestroy
    synchronized void stopWorkers() {
        closed = true;
        // all told to stop first, then one patience for all: passes under way end side by side
        workers.values().forEach(TenantSyncWorker::stop);
        long deadline = System.nanoTime() + STOP_PATIENCE.toNanos();
        workers.values().forEach(worker -> worker.awaitEnd(Duration.ofNanos(deadline - System.nanoTime())));
        // the other replicas take these over at once instead of after a lease time; not waited for long, as MongoDB may be stopping too
        Set<String> held = Set.copyOf(workers.keySet());
        Thread giveBack = new Thread(() -> {
            held.forEach(tenantId -> leases.release(LEASE + tenantId));
            replicas.leave();
        }, "search-sync-leases-back");
        giveBack.setDaemon(true);
        giveBack.start();
        try {
            giveBack.join(LEASES_BACK_PATIENCE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (giveBack.isAlive()) {
            log.warn("could not give back this replica's sync leases within {}; they run out by themselves", LEASES_BACK_PATIENCE);
        }
        workers.clear();
    }

    public Optional<SyncState> state(String tenantId) {
        return Optional.ofNullable(mongo.findById(tenantId, SyncState.class, COLLECTION));
    }

    private TenantSyncWorker startWorker(String tenantId) {
        state(tenantId).ifPresent(state -> latest.put(tenantId, state));
        if (meters.find("market.search.sync.lag").tag("tenant", tenantId).gauge() == null) {
            Gauge.builder("market.search.sync.lag", latest, states -> lagSeconds(states.get(tenantId)))
                    .description("Seconds since the sync last reached the end of the tenant's change feed")
                    .baseUnit("seconds").tag("tenant", tenantId).register(meters);
            FunctionCounter.builder("market.search.sync.indexed", latest, states -> indexed(states.get(tenantId)))
                    .description("Changes from the tenant's feed acknowledged by the search index").tag("tenant", tenantId).register(meters);
        }
        TenantSyncWorker worker = new TenantSyncWorker(tenantId, () -> pass(tenantId), properties.syncInterval(), properties.syncMaxBackoff());
        worker.start();
        return worker;
    }

    private double lagSeconds(SyncState state) {
        Double lag = state == null ? null : state.lagSeconds(clock.instant());
        return lag == null ? Double.NaN : lag;
    }

    private static double indexed(SyncState state) {
        return state == null ? 0 : state.indexed();
    }

    /**
     * One pass over the tenant's feed from its persisted cursor to the end it has committed, read
     * through its change feed export: one stream, however far behind. A tenant with nothing new
     * holds the request (a long poll, {@code feed-wait}) until a write commits, and meanwhile
     * says every second that the index is still up to date. Changes are written two bulk
     * requests at a time while the stream is read; the cursor moves once all of them are in.
     * Nothing for a tenant no longer active.
     */
    Outcome pass(String tenantId) {
        Optional<RegisteredTenant> tenant = active(tenantId);
        if (tenant.isEmpty()) {
            return Outcome.CAUGHT_UP;
        }
        SyncState state = state(tenantId).orElse(SyncState.start(tenantId));
        // the tenant says how long after this it read the feed's end: no clocks compared, and never fresher than it was
        Instant asked = clock.instant();
        Batches batches = new Batches(state, asked);
        try {
            FeedExport.End end;
            try (batches) {
                end = export.follow(tenant.get(), state.cursor(), properties.feedWait(), batches);
            }
            save(state.advanced(end.cursor(), batches.written, asked.plus(end.upToDateAfter()), clock.instant()));
            // a busy feed: more has likely come in while this pass read
            return batches.written >= FeedExport.BATCH ? Outcome.BEHIND : Outcome.CAUGHT_UP;
        } catch (LeftService left) {
            return Outcome.CAUGHT_UP; // its worker is retired at the next look
        } catch (IOException failure) {
            // the tenant could not answer, or the index could not take the changes: keep the cursor, try again
            return failed(state, failure.getMessage());
        } catch (ElasticsearchException e) {
            return failed(state, "Elasticsearch: " + e.getMessage());
        } catch (RuntimeException e) {
            if (!closed) {
                log.warn("search sync of {} failed unexpectedly", tenantId, e);
            }
            return failed(state, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /** Hands a pass's changes to the index; opens a bulk backfill only once there is something to write. */
    private final class Batches implements FeedExport.Changes, AutoCloseable {

        private final SyncState state;
        private final Instant asked;
        private SearchIndexer.Backfill backfill;
        private int written;

        Batches(SyncState state, Instant asked) {
            this.state = state;
            this.asked = asked;
        }

        /**
         * Comes only while nothing is written yet: the index holds everything up to the cursor.
         * Also where a stopped worker leaves a held request, which an interrupt does not end.
         */
        @Override
        public void upToDate(Duration afterAsking) throws IOException {
            if (stopping()) {
                throw new InterruptedIOException("the sync of " + state.id() + " was stopped");
            }
            stillActive();
            upToDateAt(state, asked.plus(afterAsking));
        }

        /** A tenant suspended while its request was held: what it writes from then on is not indexed. */
        private void stillActive() throws LeftService {
            if (active(state.id()).isEmpty()) {
                throw new LeftService();
            }
        }

        @Override
        public void accept(List<FeedChange> changes) throws IOException {
            if (changes.isEmpty()) {
                return;
            }
            stillActive();
            try {
                if (backfill == null) {
                    backfill = indexer.backfill(index.ensuredAliases());
                }
                backfill.add(changes.stream().map(SearchDocument::of).toList());
            } catch (IOException | UncheckedIOException e) {
                // refused, or the aliases could not be made: the cluster is down or failing
                throw elasticsearch(e);
            }
            written += changes.size();
        }

        @Override
        public void close() throws IOException {
            if (backfill != null) {
                try {
                    backfill.close();
                } catch (IOException e) {
                    throw elasticsearch(e);
                }
            }
        }
    }

    private Optional<RegisteredTenant> active(String tenantId) {
        return registry.find(tenantId).filter(t -> t.status() == RegisteredTenant.TenantStatus.ACTIVE);
    }

    /** Ends a pass for a tenant taken out of service meanwhile; not a failure. */
    private static final class LeftService extends IOException {
        LeftService() {
            super("the sub-market left service", null);
        }
    }

    /** Told apart from the tenant's failures, which the export reports as they are. */
    private static IOException elasticsearch(Exception e) {
        return new IOException("Elasticsearch: " + e.getMessage(), e);
    }

    /** Whether this pass's worker is being stopped: by the shutdown, a tenant leaving, or its hand-over to another replica. */
    private boolean stopping() {
        return closed || Thread.currentThread().isInterrupted() || TenantSyncWorker.handedOver();
    }

    private Outcome failed(SyncState state, String error) {
        if (stopping()) {
            return Outcome.FAILED; // nothing to report, nothing saved
        }
        log.warn("search sync of {} is held back: {}", state.id(), error);
        save(state.failed(error, clock.instant()));
        return Outcome.FAILED;
    }

    /**
     * Only the freshness is written, not the whole state: whoever set the stored cursor back
     * meanwhile (a replay) is not overwritten by a long poll that merely waits.
     */
    private void upToDateAt(SyncState state, Instant at) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(state.id())),
                new Update().set("caughtUpAt", at).unset("lastError").unset("lastErrorAt"), COLLECTION);
        latest.put(state.id(), state.upToDate(at));
    }

    private SyncState save(SyncState state) {
        mongo.save(state, COLLECTION);
        latest.put(state.id(), state);
        return state;
    }

    /** Every {@code syncInterval}, first after one interval: the interval's default lives once, in the properties. */
    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        tasks.addFixedDelayTask(new FixedDelayTask(this::superviseWorkers, properties.syncInterval(), properties.syncInterval()));
    }
}
