package cn.techmarket.hub.search.query;

import co.elastic.clients.elasticsearch.core.search.Hit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A search hit as clients see it, for search, similar listings and match suggestions alike.
 *
 * @param highlights HTML: the publisher's text escaped, only the matched words in {@code <em>}
 * @param cursor     where paging goes on after this hit; empty where paging does not apply
 */
public record SearchHit(String id, String kind, String tenantId, String title, Double score, String publishedAt, BigDecimal price,
                        Boolean available, String category, String valueBand, String tradeStatus, String noticeEndsAt, BigDecimal bestBid,
                        List<String> highlights, String cursor) {

    /** What a hit shows of its document: the long text stays in the index, which highlights from it itself. */
    public static final List<String> FIELDS = List.of("id", "kind", "tenantId", "title", "publishedAt", "price", "available", "category", "valueBand",
            "tradeStatus", "noticeEndsAt", "bestBid");

    /** From a document fetched with at least {@link #FIELDS}; {@code cursor} is null where paging does not apply. */
    @SuppressWarnings("rawtypes")
    public static SearchHit of(Hit<Map> hit, String cursor) {
        Map source = hit.source();
        List<String> highlights = new ArrayList<>();
        hit.highlight().getOrDefault("title", List.of()).forEach(highlights::add);
        hit.highlight().getOrDefault("text", List.of()).forEach(highlights::add);
        Object price = source.get("price");
        Object bestBid = source.get("bestBid");
        return new SearchHit((String) source.get("id"), (String) source.get("kind"), (String) source.get("tenantId"),
                (String) source.get("title"), hit.score(), (String) source.get("publishedAt"),
                price == null ? null : BigDecimal.valueOf(((Number) price).doubleValue()).setScale(2, RoundingMode.HALF_UP),
                (Boolean) source.get("available"), (String) source.get("category"), (String) source.get("valueBand"),
                (String) source.get("tradeStatus"), (String) source.get("noticeEndsAt"),
                bestBid == null ? null : BigDecimal.valueOf(((Number) bestBid).doubleValue()).setScale(2, RoundingMode.HALF_UP),
                highlights, cursor == null ? "" : cursor);
    }
}
