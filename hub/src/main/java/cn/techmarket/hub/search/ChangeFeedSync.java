package cn.techmarket.hub.search;

import cn.techmarket.hub.federation.TenantCallFailure;
import cn.techmarket.hub.registry.RegisteredTenant;
import cn.techmarket.hub.registry.TenantRegistry;
import cn.techmarket.hub.search.TenantSyncWorker.Outcome;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * Follows every active tenant's change feed into the search index, one {@link TenantSyncWorker}
 * per tenant. A pass reads pages of changes, writes them with external versions, and persists the
 * tenant's cursor only after Elasticsearch acknowledged them, so a crash or an unreachable cluster
 * replays changes (harmlessly: versions make replays no-ops) but never skips one. A tenant found
 * far behind (a first sync, a long outage) is read on through its change feed export in one
 * stream instead of page by page.
 */
@Component
public class ChangeFeedSync {

    static final String COLLECTION = "search_sync";
    private static final Logger log = LoggerFactory.getLogger(ChangeFeedSync.class);
    private static final Duration STOP_PATIENCE = Duration.ofSeconds(10);

    private final TenantRegistry registry;
    private final FeedReader feed;
    private final FeedExport export;
    private final SearchIndex index;
    private final SearchIndexer indexer;
    private final MongoTemplate mongo;
    private final SearchProperties properties;
    private final MeterRegistry meters;
    private final Clock clock = Clock.systemUTC();
    private final Map<String, TenantSyncWorker> workers = new ConcurrentHashMap<>();
    /** The last state each worker saved, for the metrics: read when scraped, not from the database. */
    private final Map<String, SyncState> latest = new ConcurrentHashMap<>();
    private volatile boolean closed;

    ChangeFeedSync(TenantRegistry registry, FeedReader feed, FeedExport export, SearchIndex index, SearchIndexer indexer,
                   MongoTemplate mongo, SearchProperties properties, MeterRegistry meters) {
        this.registry = registry;
        this.feed = feed;
        this.export = export;
        this.index = index;
        this.indexer = indexer;
        this.mongo = mongo;
        this.properties = properties;
        this.meters = meters;
    }

    /** A worker for each active tenant, none for the others: registrations and status changes take effect within an interval. */
    @Scheduled(initialDelayString = "${market.hub.search.sync-interval:1s}", fixedDelayString = "${market.hub.search.sync-interval:1s}")
    public synchronized void superviseWorkers() {
        if (closed) {
            return;
        }
        Set<String> active = registry.all().stream()
                .filter(tenant -> tenant.status() == RegisteredTenant.TenantStatus.ACTIVE)
                .map(RegisteredTenant::id).collect(Collectors.toSet());
        workers.entrySet().removeIf(worker -> {
            boolean retired = !active.contains(worker.getKey()) || !worker.getValue().running();
            if (retired) {
                worker.getValue().stop(Duration.ZERO);
            }
            return retired;
        });
        active.forEach(tenantId -> workers.computeIfAbsent(tenantId, this::startWorker));
    }

    @PreDestroy
    synchronized void stopWorkers() {
        closed = true;
        workers.values().forEach(worker -> worker.stop(STOP_PATIENCE));
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

    /** One pass over the tenant's feed from its persisted cursor; nothing for a tenant no longer active. */
    Outcome pass(String tenantId) {
        Optional<RegisteredTenant> tenant = registry.find(tenantId).filter(t -> t.status() == RegisteredTenant.TenantStatus.ACTIVE);
        if (tenant.isEmpty()) {
            return Outcome.CAUGHT_UP;
        }
        SyncState state = state(tenantId).orElse(SyncState.start(tenantId));
        try {
            FeedReader.Page page = feed.page(tenant.get(), state.cursor());
            write(page.changes());
            state = save(state.advanced(page.cursor(), page.changes().size(), !page.hasMore(), clock.instant()));
            return page.hasMore() ? catchUp(tenant.get(), state) : Outcome.CAUGHT_UP;
        } catch (TenantCallFailure | IOException failure) {
            // the tenant could not answer, or the index could not take the changes: keep the cursor, try again
            return failed(state, failure.getMessage());
        } catch (RuntimeException e) {
            log.warn("search sync of {} failed unexpectedly", tenantId, e);
            return failed(state, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /**
     * More than a page behind: the rest of the feed as it stands comes in one export stream,
     * written two bulk requests at a time while it is read; the cursor moves once all of it is in.
     * The next pass reads what came in meanwhile.
     */
    private Outcome catchUp(RegisteredTenant tenant, SyncState state) {
        AtomicInteger written = new AtomicInteger();
        String end;
        try (SearchIndexer.Backfill backfill = indexer.backfill(index.ensuredAliases())) {
            end = export.read(tenant, state.cursor(), changes -> {
                backfill.add(changes.stream().map(SearchDocument::of).toList());
                written.addAndGet(changes.size());
            });
        } catch (IOException | ElasticsearchException e) {
            return failed(state, "catching up through the change feed export: " + e.getMessage());
        } catch (RuntimeException noToken) {
            return failed(state, "catching up through the change feed export: " + noToken);
        }
        log.info("search sync of {} caught up {} changes through the change feed export", tenant.id(), written.get());
        meters.counter("market.search.sync.exported", "tenant", tenant.id()).increment(written.get());
        save(state.advanced(end, written.get(), false, clock.instant()));
        return Outcome.BEHIND;
    }

    private void write(List<Map<String, Object>> changes) throws IOException {
        try {
            indexer.write(changes.stream().map(SearchDocument::of).toList());
        } catch (IOException | ElasticsearchException e) {
            throw new IOException("Elasticsearch: " + e.getMessage(), e);
        }
    }

    private Outcome failed(SyncState state, String error) {
        log.warn("search sync of {} is held back: {}", state.id(), error);
        save(state.failed(error, clock.instant()));
        return Outcome.FAILED;
    }

    private SyncState save(SyncState state) {
        mongo.save(state, COLLECTION);
        latest.put(state.id(), state);
        return state;
    }
}
