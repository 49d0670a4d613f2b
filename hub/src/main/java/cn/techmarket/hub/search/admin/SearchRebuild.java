package cn.techmarket.hub.search.admin;

import cn.techmarket.hub.search.ChineseAnalysis;
import cn.techmarket.hub.search.InParallel;
import cn.techmarket.hub.search.SearchIndex;
import cn.techmarket.hub.search.sync.FeedExport;
import cn.techmarket.hub.search.sync.FeedReader;
import cn.techmarket.hub.search.sync.SearchDocument;
import cn.techmarket.hub.search.sync.SearchIndexer;

import cn.techmarket.hub.HubExecutors;
import org.springframework.beans.factory.annotation.Qualifier;
import cn.techmarket.hub.registry.RegisteredTenant;
import cn.techmarket.hub.registry.TenantRegistry;
import cn.techmarket.hub.replica.Leases;
import org.springframework.data.mongodb.core.MongoTemplate;
import cn.techmarket.model.record.RecordKind;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.indices.update_aliases.Action;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A full rebuild without downtime: new indexes from the current template, backfilled from every
 * tenant's whole change feed while searches and the sync go on using the old ones; then each
 * alias moves to its new index in one atomic step, and each tenant's feed is read again from where
 * its backfill ended, so a change the sync wrote only to the old index in between is not lost.
 * External versions make every write of the same change harmless.
 */
@Component
public class SearchRebuild {

    enum State { RUNNING, DONE, FAILED }

    record Progress(State state, String analyzer, List<String> indexes, int tenantsTotal, int tenantsDone, long documents,
                    Instant startedAt, Instant finishedAt, String error) {
    }

    /** The latest rebuild's progress as the replica running it last wrote it, for every replica to read. */
    record Stored(String id, String replica, Progress progress) {
    }

    /** Held by the one hub replica running a rebuild. */
    static final String LEASE = "search-rebuild";
    static final String COLLECTION = "search_rebuild";
    private static final String LATEST = "latest";
    private static final Duration WRITE_PROGRESS_EVERY = Duration.ofSeconds(1);

    private static final Logger log = LoggerFactory.getLogger(SearchRebuild.class);

    private final TenantRegistry registry;
    private final FeedExport export;
    private final ElasticsearchClient client;
    private final SearchIndex index;
    private final SearchIndexer indexer;
    private final ChineseAnalysis analysis;
    private final Clock clock = Clock.systemUTC();
    private final Executor runner;
    private final Executor readers;
    private final AtomicReference<Progress> progress = new AtomicReference<>();
    private final Leases leases;
    private final MongoTemplate mongo;
    private volatile Instant progressWritten = Instant.MIN;

    SearchRebuild(TenantRegistry registry, FeedExport export, ElasticsearchClient client, SearchIndex index, SearchIndexer indexer,
                  ChineseAnalysis analysis, @Qualifier(HubExecutors.SEARCH_REBUILD) Executor runner,
                  @Qualifier(HubExecutors.SEARCH_WORK) Executor readers, Leases leases, MongoTemplate mongo) {
        this.leases = leases;
        this.mongo = mongo;
        this.runner = runner;
        this.readers = readers;
        this.registry = registry;
        this.export = export;
        this.client = client;
        this.index = index;
        this.indexer = indexer;
        this.analysis = analysis;
    }

    /**
     * Indexes made from an older mapping are rebuilt when the hub starts, so a release that changes
     * the mapping needs no manual step; searches keep answering from the old indexes meanwhile.
     */
    @org.springframework.context.event.EventListener(org.springframework.boot.context.event.ApplicationReadyEvent.class)
    @org.springframework.core.annotation.Order
    void rebuildOutdated() {
        try {
            if (index.outdated()) {
                log.info("search indexes were made from an older mapping than version {}; rebuilding", SearchIndex.MAPPING_VERSION);
                start();
            }
        } catch (IOException | RuntimeException e) {
            log.warn("could not check the search indexes' mapping version ({}); rebuild them with rebuildSearchIndex", e.toString());
        }
    }

    /**
     * The running or the last rebuild, whichever replica ran it; null when there was none. One
     * whose replica stopped before it finished is shown failed.
     */
    Progress progress() {
        Stored stored = mongo.findById(LATEST, Stored.class, COLLECTION);
        if (stored == null) {
            return null;
        }
        Progress latest = stored.progress();
        boolean runningHere = progress.get() != null && progress.get().state() == State.RUNNING;
        if (latest.state() == State.RUNNING && !runningHere && leases.current(LEASE).isEmpty()) {
            return new Progress(State.FAILED, latest.analyzer(), latest.indexes(), latest.tenantsTotal(), latest.tenantsDone(),
                    latest.documents(), latest.startedAt(), null,
                    "the hub replica running it (" + stored.replica() + ") stopped before it finished; start it again");
        }
        return latest;
    }

    /** Starts a rebuild in the background, unless one is running on any replica; returns its progress. */
    synchronized Progress start() throws IOException {
        Progress current = progress();
        if (current != null && current.state() == State.RUNNING) {
            return current;
        }
        if (!leases.hold(LEASE)) {
            // another replica started one a moment ago
            return progress();
        }
        long stamp = clock.millis();
        Map<RecordKind, String> targets = new EnumMap<>(RecordKind.class);
        for (RecordKind kind : RecordKind.values()) {
            targets.put(kind, index.newIndexName(kind, stamp));
        }
        List<RegisteredTenant> tenants = registry.all().stream()
                .filter(tenant -> tenant.status() == RegisteredTenant.TenantStatus.ACTIVE).toList();
        Progress started = new Progress(State.RUNNING, analysis.analyzers().name(), List.copyOf(targets.values()), tenants.size(), 0, 0,
                clock.instant(), null, null);
        progress.set(started);
        progressWritten = Instant.MIN; // a new rebuild is a change of state: written at once, whenever the last was
        write(started);
        runner.execute(() -> run(targets, tenants));
        return started;
    }

    private void run(Map<RecordKind, String> targets, List<RegisteredTenant> tenants) {
        try {
            long started = System.nanoTime();
            index.createForBulkLoad(List.copyOf(targets.values()));
            long created = System.nanoTime();
            // tenants are read side by side, and the index is written while they are read
            Map<String, String> backfilledTo = new java.util.concurrent.ConcurrentHashMap<>();
            try (SearchIndexer.Backfill backfill = indexer.backfill(targets)) {
                InParallel.each(readers, tenants, tenant -> {
                    backfilledTo.put(tenant.id(), copy((from, pages) -> export.read(tenant, from, pages), null, backfill::add));
                    update(p -> new Progress(p.state(), p.analyzer(), p.indexes(), p.tenantsTotal(), p.tenantsDone() + 1,
                            p.documents(), p.startedAt(), null, null));
                });
            }
            long backfilled = System.nanoTime();
            index.loaded(List.copyOf(targets.values()));
            long loaded = System.nanoTime();
            keepLease();
            swap(targets);
            long swapped = System.nanoTime();
            // what changed while the backfill ran, read as the sync reads it, into the aliases now on the new indexes
            InParallel.each(readers, tenants, tenant ->
                    copy((from, pages) -> export.read(tenant, from, pages), backfilledTo.get(tenant.id()), indexer::write));
            update(p -> new Progress(State.DONE, p.analyzer(), p.indexes(), p.tenantsTotal(), p.tenantsDone(), p.documents(),
                    p.startedAt(), clock.instant(), null));
            long done = System.nanoTime();
            log.info("search rebuild done: {}; {} documents from {} sub-markets in {} ms (indexes made in {} ms, backfilled in {} ms,"
                            + " refreshed in {} ms, swapped in {} ms, caught up in {} ms)", targets.values(), progress.get().documents(),
                    tenants.size(), millis(done - started), millis(created - started), millis(backfilled - created),
                    millis(loaded - backfilled), millis(swapped - loaded), millis(done - swapped));
        } catch (Exception e) {
            log.warn("search rebuild failed; searches keep using the previous indexes", e);
            update(p -> new Progress(State.FAILED, p.analyzer(), p.indexes(), p.tenantsTotal(), p.tenantsDone(), p.documents(),
                    p.startedAt(), clock.instant(), e.getMessage()));
        } finally {
            leases.release(LEASE);
        }
    }

    /** Only the replica holding the lease may go on: it renews it, and one that lost it stops before it swaps anything. */
    private void keepLease() {
        if (!leases.hold(LEASE)) {
            throw new IllegalStateException("this hub replica lost the rebuild's lease (it ran out, and another replica took it)");
        }
    }

    /** For the other replicas: at once when the state changes, at most every second while it runs. */
    private void write(Progress current) {
        Instant now = clock.instant();
        if (current.state() == State.RUNNING && now.isBefore(progressWritten.plus(WRITE_PROGRESS_EVERY))) {
            return;
        }
        if (current.state() != State.RUNNING && !leases.hold(LEASE)) {
            return; // another replica's rebuild is the latest now: its progress is not ours to overwrite
        }
        progressWritten = now;
        mongo.save(new Stored(LATEST, leases.self().value(), current), COLLECTION);
    }

    private static long millis(long nanos) {
        return nanos / 1_000_000;
    }

    private interface Writer {
        void write(List<SearchDocument> documents) throws IOException;
    }

    private interface Source {
        String read(String from, FeedReader.Pages pages) throws IOException;
    }

    /** Writes the tenant's feed from the cursor to its end; returns the cursor after the last change. */
    private String copy(Source source, String from, Writer writer) throws IOException {
        return source.read(from, changes -> {
            List<SearchDocument> documents = changes.stream().map(SearchDocument::of).toList();
            writer.write(documents);
            update(p -> new Progress(p.state(), p.analyzer(), p.indexes(), p.tenantsTotal(), p.tenantsDone(),
                    p.documents() + documents.size(), p.startedAt(), null, null));
        });
    }

    /** Each alias onto its new index in one request, then the old indexes go. */
    private void swap(Map<RecordKind, String> targets) throws IOException {
        List<Action> actions = new ArrayList<>();
        List<String> old = new ArrayList<>();
        for (Map.Entry<RecordKind, String> target : targets.entrySet()) {
            String alias = index.alias(target.getKey());
            if (client.indices().existsAlias(a -> a.name(alias)).value()) {
                client.indices().getAlias(a -> a.name(alias)).aliases().keySet().forEach(name -> {
                    old.add(name);
                    actions.add(Action.of(a -> a.remove(r -> r.index(name).alias(alias))));
                });
            }
            actions.add(Action.of(a -> a.add(add -> add.index(target.getValue()).alias(alias).isWriteIndex(true))));
        }
        client.indices().updateAliases(u -> u.actions(actions));
        if (!old.isEmpty()) {
            client.indices().delete(d -> d.index(old).ignoreUnavailable(true));
        }
    }

    private void update(java.util.function.UnaryOperator<Progress> change) {
        Progress current = progress.updateAndGet(change);
        if (current.state() == State.RUNNING) {
            keepLease();
        }
        write(current);
    }
}
