package cn.techmarket.hub.search;

import cn.techmarket.model.record.RecordKind;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A change from a tenant's feed as an index document. Non-public records are kept as invisible
 * tombstones, never deleted: Elasticsearch forgets a deleted document's version after
 * {@code index.gc_deletes}, and a late, older write would then bring it back.
 */
record SearchDocument(RecordKind kind, String id, long seq, Map<String, Object> source) {

    @SuppressWarnings("unchecked")
    static SearchDocument of(Map<String, Object> change) {
        RecordKind kind = RecordKind.valueOf((String) change.get("kind"));
        String id = (String) change.get("id");
        long seq = ((Number) change.get("seq")).longValue();
        Map<String, Object> record = (Map<String, Object>) change.get("record");
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("id", id);
        source.put("kind", kind.name());
        source.put("tenantId", cn.techmarket.model.id.GlobalId.decode(id).tenantId());
        source.put("lifecycle", change.get("lifecycle"));
        source.put("seq", seq);
        source.put("visible", record != null);
        if (record != null) {
            source.put("title", Objects.requireNonNullElse(record.get("title"), record.get("name")));
            source.put("text", text(record, "summary", "description", "problem", "expectedOutcome", "bio", "institution",
                    "ownerInstitution", "enterpriseName", "keywords", "services"));
            source.put("industry", record.get("industry"));
            source.put("maturity", record.get("maturity"));
            source.put("transferModes", record.get("transferModes"));
            Object price = record.containsKey("askingPrice") ? record.get("askingPrice") : record.get("budgetMax");
            source.put("price", price == null ? null : Double.valueOf(price.toString()));
            source.put("publishedAt", record.get("publishedAt"));
        }
        return new SearchDocument(kind, id, seq, source);
    }

    private static String text(Map<String, Object> record, String... fields) {
        List<String> parts = new ArrayList<>();
        for (String field : fields) {
            Object value = record.get(field);
            if (value instanceof List<?> list) {
                list.forEach(item -> parts.add(String.valueOf(item)));
            } else if (value != null) {
                parts.add(value.toString());
            }
        }
        return parts.stream().filter(s -> !s.isBlank()).collect(Collectors.joining("\n"));
    }

}
