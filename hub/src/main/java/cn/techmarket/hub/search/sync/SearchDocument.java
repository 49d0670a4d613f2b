package cn.techmarket.hub.search.sync;

import cn.techmarket.hub.search.SearchText;

import cn.techmarket.model.id.GlobalId;
import cn.techmarket.model.record.RecordKind;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A change from a tenant's feed as an index document: the change's search entry, which its tenant
 * filled as the record's kind declares, so a new kind needs nothing here. Non-public records are
 * kept as invisible tombstones, never deleted: Elasticsearch forgets a deleted document's version
 * after {@code index.gc_deletes}, and a late, older write would then bring it back.
 */
public record SearchDocument(RecordKind kind, String id, long seq, Map<String, Object> source) {

    /** Amounts are exact decimals in the feed and numbers in the index, for range queries. */
    private static final List<String> AMOUNTS = List.of("price", "budgetMin", "amountMin", "amountMax", "bestBid");

    public static SearchDocument of(FeedChange change) {
        Map<String, Object> entry = change.search();
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("id", change.id());
        source.put("kind", change.kind().name());
        source.put("tenantId", GlobalId.decode(change.id()).tenantId());
        source.put("lifecycle", change.lifecycle());
        source.put("seq", change.seq());
        source.put("visible", change.visible());
        if (entry != null) {
            source.putAll(entry);
            AMOUNTS.forEach(field -> source.computeIfPresent(field, (name, decimal) -> Double.valueOf(decimal.toString())));
            source.put("latin", SearchText.latinStems(entry.get("title") + "\n" + entry.get("text")));
        }
        return new SearchDocument(change.kind(), change.id(), change.seq(), source);
    }
}
