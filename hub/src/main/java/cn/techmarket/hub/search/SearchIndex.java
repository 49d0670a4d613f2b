package cn.techmarket.hub.search;

import cn.techmarket.hub.HubExecutors;
import cn.techmarket.model.record.RecordKind;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import co.elastic.clients.elasticsearch.indices.TranslogDurability;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;

/**
 * One index per record kind, behind an alias that searches and writes use, so a rebuild can
 * later swap a new index in without downtime. Created when the hub starts (so searches never
 * meet an index whose shard is still starting), or on first use if Elasticsearch was down then.
 */
@Component
public class SearchIndex {

    /** Raise when the mapping changes; a rebuild then moves every alias onto indexes made with it. */
    public static final int MAPPING_VERSION = 6;

    private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);

    private final ElasticsearchClient client;
    private final ChineseAnalysis analysis;
    private final String prefix;
    /** In Elasticsearch's notation, e.g. {@code 500ms}. */
    private final String refreshInterval;
    private final Set<RecordKind> ensured = ConcurrentHashMap.newKeySet();
    private volatile boolean templateEnsured;

    private final Executor creations;

    public SearchIndex(ElasticsearchClient client, ChineseAnalysis analysis, SearchProperties properties,
                       @Qualifier(HubExecutors.SEARCH_WORK) Executor creations) {
        this.creations = creations;
        this.client = client;
        this.analysis = analysis;
        this.prefix = properties.indexPrefix();
        this.refreshInterval = properties.refreshInterval().toMillis() + "ms";
    }

    @EventListener(ApplicationReadyEvent.class)
    @org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
    void ensureAll() {
        for (RecordKind kind : RecordKind.values()) {
            try {
                ensure(kind);
            } catch (RuntimeException e) {
                log.warn("search index for {} not created at startup ({}); the sync creates it once Elasticsearch answers", kind, e.toString());
            }
        }
    }

    public String alias(RecordKind kind) {
        return prefix + "-" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Every kind's alias, each made first if it is not there yet: where writes that bypass {@link #ensure} go. */
    public Map<RecordKind, String> ensuredAliases() {
        Map<RecordKind, String> aliases = new java.util.EnumMap<>(RecordKind.class);
        for (RecordKind kind : RecordKind.values()) {
            ensure(kind);
            aliases.put(kind, alias(kind));
        }
        return aliases;
    }

    /** Every kind's alias: searches name the aliases, never the indexes behind them. */
    public String allAliases() {
        return java.util.Arrays.stream(RecordKind.values()).map(this::alias).collect(java.util.stream.Collectors.joining(","));
    }

    /** A new index for the kind, named for the mapping version and the moment; the template gives its mapping. */
    public String newIndexName(RecordKind kind, long stamp) {
        return alias(kind) + "-v" + MAPPING_VERSION + "-" + stamp;
    }

    /** Creates the kind's index and alias unless they exist. */
    public void ensure(RecordKind kind) {
        if (!ensured.contains(kind)) {
            ensureAlias(kind);
        }
    }

    /**
     * Synchronized because the sync and the startup both get here: two racing creations would
     * fail one of them and leave a kind to be created later, under a search's feet.
     */
    private synchronized void ensureAlias(RecordKind kind) {
        String alias = alias(kind);
        try {
            ensureTemplate();
            if (client.indices().existsAlias(a -> a.name(alias)).value()) {
                // made by an earlier start, perhaps with another refresh interval
                client.indices().putSettings(p -> p.index(alias).settings(i -> i.refreshInterval(t -> t.time(refreshInterval))));
            } else {
                createUnlessAnotherReplicaDid(kind, alias);
            }
            ensured.add(kind);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Hub replicas starting together each find the alias missing and make an index for it: one
     * wins, and Elasticsearch refuses the others (an alias has one write index). A refused one
     * takes the winner's, rather than failing the sync pass that asked and reading its feed again.
     */
    private void createUnlessAnotherReplicaDid(RecordKind kind, String alias) throws IOException {
        try {
            create(newIndexName(kind, System.currentTimeMillis()), alias);
        } catch (IOException | ElasticsearchException refused) {
            if (!client.indices().existsAlias(a -> a.name(alias)).value()) {
                throw refused;
            }
            log.info("search index for {} was made by another replica at the same time; using it", kind);
        }
    }

    /** Whether an alias still points at an index made from an older mapping than this code's. */
    public boolean outdated() throws IOException {
        for (RecordKind kind : RecordKind.values()) {
            var mappings = client.indices().getMapping(g -> g.index(alias(kind)).ignoreUnavailable(true).allowNoIndices(true)).mappings();
            for (var mapping : mappings.values()) {
                var meta = mapping.mappings().meta();
                if (meta == null || !meta.containsKey("mappingVersion") || meta.get("mappingVersion").to(Integer.class) < MAPPING_VERSION) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Creates an index from the template, behind the alias when one is given. */
    void create(String index, String alias) throws IOException {
        ensureTemplate();
        client.indices().create(c -> {
            c.index(index)
                    // return once the primary shard is allocated, so no search meets a shard still starting
                    .waitForActiveShards(w -> w.count(1));
            if (alias != null) {
                c.aliases(alias, a -> a.isWriteIndex(true));
            }
            return c;
        });
    }

    /**
     * Creates indexes from the template for a bulk load (a rebuild's backfill), all at once: no
     * refreshes and a translog synced in the background rather than per request, as
     * Elasticsearch advises for bulk loads. No search reads them yet, and a crash meanwhile fails
     * the rebuild while the old indexes go on serving. {@link #loaded} ends it.
     */
    public void createForBulkLoad(List<String> indexes) throws IOException {
        ensureTemplate();
        // side by side: creating an index is waiting for the cluster, not work for this machine's cores
        InParallel.each(creations, indexes, index ->
                client.indices().create(c -> c.index(index).waitForActiveShards(w -> w.count(1))
                        .settings(s -> s.refreshInterval(t -> t.time("-1")).translog(t -> t.durability(TranslogDurability.Async)))));
    }

    /** Ends a bulk load: the configured refresh and per-request durability again, and everything loaded searchable. */
    public void loaded(List<String> indexes) throws IOException {
        client.indices().putSettings(p -> p.index(indexes).settings(s -> s
                .refreshInterval(t -> t.time(refreshInterval)).translog(t -> t.durability(TranslogDurability.Request))));
        client.indices().refresh(r -> r.index(indexes));
    }

    /**
     * The index template every record index is made from, versioned in code: one mapping for all
     * kinds, with the Chinese analyzer the cluster offers.
     */
    void ensureTemplate() throws IOException {
        if (templateEnsured) {
            return;
        }
        ChineseAnalysis.Analyzers analyzers = analysis.analyzers();
        client.indices().putIndexTemplate(t -> t.name(prefix + "-records")
                .indexPatterns(prefix + "-*-v*")
                .version((long) MAPPING_VERSION)
                .meta(java.util.Map.of("analyzer", co.elastic.clients.json.JsonData.of(analyzers.name())))
                .template(template -> template
                        .settings(s -> s.numberOfShards("1").numberOfReplicas("0").refreshInterval(i -> i.time(refreshInterval)))
                        .mappings(mappings(analyzers))));
        templateEnsured = true;
    }

    private static TypeMapping mappings(ChineseAnalysis.Analyzers analyzers) {
        return TypeMapping.of(m -> m
                .meta(java.util.Map.of("mappingVersion", co.elastic.clients.json.JsonData.of(MAPPING_VERSION)))
                .properties("id", p -> p.keyword(k -> k))
                .properties("tenantId", p -> p.keyword(k -> k))
                .properties("kind", p -> p.keyword(k -> k))
                .properties("lifecycle", p -> p.keyword(k -> k))
                .properties("visible", p -> p.boolean_(b -> b))
                .properties("seq", p -> p.long_(l -> l))
                .properties("title", p -> p.text(t -> t.analyzer(analyzers.index()).searchAnalyzer(analyzers.search())))
                .properties("text", p -> p.text(t -> t.analyzer(analyzers.index()).searchAnalyzer(analyzers.search())))
                // English stems of the Latin words in title and text, made by the hub (SearchText)
                .properties("latin", p -> p.text(t -> t.analyzer("standard")))
                .properties("industry", p -> p.keyword(k -> k))
                .properties("industries", p -> p.keyword(k -> k))
                .properties("maturity", p -> p.keyword(k -> k))
                .properties("minMaturity", p -> p.keyword(k -> k))
                .properties("available", p -> p.boolean_(b -> b))
                .properties("budgetMin", p -> p.double_(d -> d))
                .properties("amountMin", p -> p.double_(d -> d))
                .properties("amountMax", p -> p.double_(d -> d))
                .properties("transferModes", p -> p.keyword(k -> k))
                .properties("category", p -> p.keyword(k -> k))
                .properties("subcategory", p -> p.keyword(k -> k))
                .properties("valueBand", p -> p.keyword(k -> k))
                .properties("tradeStatus", p -> p.keyword(k -> k))
                .properties("noticeEndsAt", p -> p.date(d -> d))
                .properties("bestBid", p -> p.double_(d -> d))
                // double, not scaled_float: the minimal distribution lacks the mapper-extras module
                .properties("price", p -> p.double_(d -> d))
                .properties("publishedAt", p -> p.date(d -> d)));
    }
}
