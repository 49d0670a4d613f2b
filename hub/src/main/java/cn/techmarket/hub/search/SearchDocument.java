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
            // people and institutions go by their name; an expert's "title" is a professional one
            source.put("title", kind == RecordKind.ACHIEVEMENT || kind == RecordKind.DEMAND ? record.get("title") : record.get("name"));
            List<Map<String, Object>> products = (List<Map<String, Object>>) record.getOrDefault("products", List.of());
            source.put("text", text(record, "summary", "description", "problem", "expectedOutcome", "bio", "representativeAchievements",
                    "institution", "ownerInstitution", "enterpriseName", "keywords", "services")
                    + products.stream().map(product -> "\n" + product.get("name")).collect(Collectors.joining()));
            source.put("latin", SearchText.latinStems(source.get("title") + "\n" + source.get("text")));
            source.put("industry", record.get("industry"));
            source.put("industries", industries(record, products));
            source.put("maturity", record.get("maturity"));
            source.put("minMaturity", record.get("minMaturity"));
            source.put("transferModes", record.get("transferModes"));
            Object price = record.containsKey("askingPrice") ? record.get("askingPrice") : record.get("budgetMax");
            source.put("price", amount(price));
            source.put("budgetMin", amount(record.get("budgetMin")));
            source.put("available", record.get("availableForConsulting"));
            source.put("amountMin", products.stream().map(p -> amount(p.get("amountMin"))).filter(Objects::nonNull).min(Double::compare).orElse(null));
            source.put("amountMax", products.stream().map(p -> amount(p.get("amountMax"))).filter(Objects::nonNull).max(Double::compare).orElse(null));
            source.put("publishedAt", record.get("publishedAt"));
        }
        return new SearchDocument(kind, id, seq, source);
    }

    /** Every industry the record is about: its own, an expert's fields, or what a financier's products target. */
    @SuppressWarnings("unchecked")
    private static List<Object> industries(Map<String, Object> record, List<Map<String, Object>> products) {
        java.util.Set<Object> industries = new java.util.LinkedHashSet<>();
        if (record.get("industry") != null) {
            industries.add(record.get("industry"));
        }
        industries.addAll((List<Object>) record.getOrDefault("fields", List.of()));
        products.forEach(product -> industries.addAll((List<Object>) product.getOrDefault("targetIndustries", List.of())));
        return List.copyOf(industries);
    }

    private static Double amount(Object decimal) {
        return decimal == null ? null : Double.valueOf(decimal.toString());
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
