package cn.techmarket.hub.search.admin;

import cn.techmarket.hub.search.SearchIndex;
import cn.techmarket.hub.search.sync.FeedChange;
import cn.techmarket.hub.search.sync.FeedReader;
import cn.techmarket.hub.search.sync.SearchDocument;
import cn.techmarket.hub.search.sync.SearchIndexer;

import cn.techmarket.hub.registry.RegisteredTenant;
import cn.techmarket.model.record.RecordKind;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares, record by record, what a sub-market's change feed holds with what the index holds for
 * it: the feed gives every record's latest change (its sequence, and whether it is public); the
 * index gives the sequence each document was written at. Repair writes the drifted records again
 * from the feed just read; external versions make that safe whatever the sync is doing meanwhile.
 */
@Component
public class SearchDrift {

    public record KindDrift(RecordKind kind, long tenantVisible, long indexVisible, long missing, long stale, long extra, List<String> examples) {
    }

    /** A record as one side holds it. */
    private record Held(long seq, boolean visible) {
    }

    private static final int INDEX_PAGE = 1_000;
    private static final int EXAMPLES = 10;

    private final FeedReader feed;
    private final ElasticsearchClient client;
    private final SearchIndexer indexer;
    private final SearchIndex index;

    SearchDrift(FeedReader feed, ElasticsearchClient client, SearchIndexer indexer, SearchIndex index) {
        this.feed = feed;
        this.index = index;
        this.client = client;
        this.indexer = indexer;
    }

    public List<KindDrift> check(RegisteredTenant tenant) throws IOException {
        return compare(feed(tenant), indexed(tenant));
    }

    List<KindDrift> repair(RegisteredTenant tenant) throws IOException {
        Map<String, FeedChange> feed = feed(tenant);
        Map<String, Held> index = indexed(tenant);
        List<SearchDocument> again = new ArrayList<>();
        feed.forEach((id, change) -> {
            Held held = index.get(id);
            if (held == null || held.seq() < change.seq() || held.visible() != change.visible()) {
                again.add(SearchDocument.of(change));
            }
        });
        indexer.rewrite(again);
        return check(tenant);
    }

    /** Every record's latest change, by id. */
    private Map<String, FeedChange> feed(RegisteredTenant tenant) throws IOException {
        Map<String, FeedChange> latest = new LinkedHashMap<>();
        feed.read(tenant, null, changes -> changes.forEach(change ->
                latest.merge(change.id(), change, (a, b) -> b.seq() > a.seq() ? b : a)));
        return latest;
    }

    /** Every document of the tenant in every kind's index, by id. */
    @SuppressWarnings("rawtypes")
    private Map<String, Held> indexed(RegisteredTenant tenant) throws IOException {
        client.indices().refresh(r -> r.index(index.allAliases()).ignoreUnavailable(true).allowNoIndices(true));
        Map<String, Held> held = new HashMap<>();
        List<FieldValue> after = null;
        while (true) {
            List<FieldValue> from = after;
            SearchResponse<Map> page = client.search(s -> {
                s.index(index.allAliases()).ignoreUnavailable(true).allowNoIndices(true).size(INDEX_PAGE)
                        .source(src -> src.filter(f -> f.includes("id", "seq", "visible")))
                        .query(q -> q.term(t -> t.field("tenantId").value(tenant.id())))
                        .sort(o -> o.field(f -> f.field("id").order(SortOrder.Asc)));
                if (from != null) {
                    s.searchAfter(from);
                }
                return s;
            }, Map.class);
            List<Hit<Map>> hits = page.hits().hits();
            for (Hit<Map> hit : hits) {
                Map source = hit.source();
                held.put((String) source.get("id"), new Held(((Number) source.get("seq")).longValue(), Boolean.TRUE.equals(source.get("visible"))));
            }
            if (hits.size() < INDEX_PAGE) {
                return held;
            }
            after = hits.get(hits.size() - 1).sort();
        }
    }

    private static List<KindDrift> compare(Map<String, FeedChange> feed, Map<String, Held> index) {
        Map<RecordKind, long[]> counts = new EnumMap<>(RecordKind.class);
        Map<RecordKind, List<String>> examples = new EnumMap<>(RecordKind.class);
        for (RecordKind kind : RecordKind.values()) {
            counts.put(kind, new long[5]);
            examples.put(kind, new ArrayList<>());
        }
        feed.forEach((id, change) -> {
            RecordKind kind = change.kind();
            long[] c = counts.get(kind);
            Held held = index.get(id);
            boolean visible = change.visible();
            if (visible) {
                c[0]++;
            }
            boolean drifted = false;
            if (held == null) {
                if (visible) {
                    c[2]++;
                    drifted = true;
                }
            } else if (held.seq() < change.seq()) {
                c[3]++;
                drifted = true;
            } else if (held.visible() && !visible) {
                c[4]++;
                drifted = true;
            }
            if (drifted && examples.get(kind).size() < EXAMPLES) {
                examples.get(kind).add(id);
            }
        });
        index.forEach((id, held) -> {
            RecordKind kind = RecordKind.ofTypeName(cn.techmarket.model.id.GlobalId.parts(id)[1]);
            if (held.visible()) {
                counts.get(kind)[1]++;
                if (!feed.containsKey(id)) {
                    counts.get(kind)[4]++;
                    if (examples.get(kind).size() < EXAMPLES) {
                        examples.get(kind).add(id);
                    }
                }
            }
        });
        List<KindDrift> drift = new ArrayList<>();
        counts.forEach((kind, c) -> drift.add(new KindDrift(kind, c[0], c[1], c[2], c[3], c[4], List.copyOf(examples.get(kind)))));
        return drift;
    }

}
