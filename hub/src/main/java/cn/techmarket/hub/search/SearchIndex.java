package cn.techmarket.hub.search;

import cn.techmarket.model.record.RecordKind;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One index per record kind, behind an alias that searches and writes use, so a rebuild can
 * later swap a new index in without downtime. Created when the hub starts (so searches never
 * meet an index whose shard is still starting), or on first use if Elasticsearch was down then.
 */
@Component
public class SearchIndex {

    static final int MAPPING_VERSION = 1;

    private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);

    private final ElasticsearchClient client;
    private final Set<RecordKind> ensured = ConcurrentHashMap.newKeySet();

    public SearchIndex(ElasticsearchClient client) {
        this.client = client;
    }

    @EventListener(ApplicationReadyEvent.class)
    void ensureAll() {
        try {
            for (RecordKind kind : RecordKind.values()) {
                ensure(kind);
            }
        } catch (RuntimeException e) {
            log.warn("search indexes not created at startup ({}); the sync creates them once Elasticsearch answers", e.toString());
        }
    }

    public static String alias(RecordKind kind) {
        return "market-" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static String allAliases() {
        return "market-*";
    }

    /** Creates the kind's index and alias unless they exist. */
    public void ensure(RecordKind kind) {
        if (ensured.contains(kind)) {
            return;
        }
        String alias = alias(kind);
        try {
            if (!client.indices().existsAlias(a -> a.name(alias)).value()) {
                client.indices().create(c -> c.index(alias + "-v" + MAPPING_VERSION)
                        .aliases(alias, a -> a.isWriteIndex(true))
                        .settings(s -> s.numberOfShards("1").numberOfReplicas("0"))
                        .mappings(mappings())
                        // return once the primary shard is allocated, so no search meets a shard still starting
                        .waitForActiveShards(w -> w.count(1)));
            }
            ensured.add(kind);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static TypeMapping mappings() {
        return TypeMapping.of(m -> m
                .properties("id", p -> p.keyword(k -> k))
                .properties("tenantId", p -> p.keyword(k -> k))
                .properties("kind", p -> p.keyword(k -> k))
                .properties("lifecycle", p -> p.keyword(k -> k))
                .properties("visible", p -> p.boolean_(b -> b))
                .properties("seq", p -> p.long_(l -> l))
                .properties("title", p -> p.text(t -> t))
                .properties("text", p -> p.text(t -> t))
                .properties("industry", p -> p.keyword(k -> k))
                .properties("maturity", p -> p.keyword(k -> k))
                .properties("transferModes", p -> p.keyword(k -> k))
                // double, not scaled_float: the minimal distribution lacks the mapper-extras module
                .properties("price", p -> p.double_(d -> d))
                .properties("publishedAt", p -> p.date(d -> d)));
    }
}
