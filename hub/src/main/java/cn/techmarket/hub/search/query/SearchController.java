package cn.techmarket.hub.search.query;

import cn.techmarket.hub.search.SearchIndex;
import cn.techmarket.hub.search.SearchText;
import cn.techmarket.hub.search.SearchUnavailableException;

import cn.techmarket.graphql.errors.BadInputException;

import cn.techmarket.model.record.RecordKind;
import cn.techmarket.model.region.MarketTime;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.json.JsonData;
import co.elastic.clients.util.NamedValue;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import co.elastic.clients.elasticsearch._types.SortOrder;

import java.io.IOException;
import java.time.LocalDate;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Province-wide search over the index the sync keeps: phrase matching, filters, facets,
 * highlights, four sort orders and cursors that page through one point in time of the index.
 */
@Controller
public class SearchController {

    private static final int MAX_SIZE = 100;
    private static final Map<String, String> FACETS = Map.of("city", "tenantId", "kind", "kind", "industry", "industries",
            "category", "category", "valueBand", "valueBand", "available", "available");

    record SearchFilter(List<String> tenantIds, List<String> industries, List<String> maturities, List<String> transferModes,
                        BigDecimal priceMin, BigDecimal priceMax, LocalDate publishedFrom, LocalDate publishedTo,
                        List<String> categories, List<String> subcategories, List<String> valueBands, Boolean available,
                        Boolean listed, List<String> tradeStatuses) {
    }

    enum SearchSort { RELEVANCE, NEWEST, PRICE_ASC, PRICE_DESC, NOTICE_ENDING }

    /** Listed for sale now: in its notice, or in its auction. */
    private static final List<String> LISTED = List.of("LISTED", "AUCTION");

    record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
    }

    record FacetCount(String value, long count) {
    }

    record SearchFacets(List<FacetCount> city, List<FacetCount> kind, List<FacetCount> industry, List<FacetCount> category,
                        List<FacetCount> valueBand, List<FacetCount> available) {
    }

    record SearchResults(long total, List<SearchHit> hits, PageInfo pageInfo, SearchFacets facets) {
    }


    /** How long an idle cursor's point in time is kept. */
    private static final String KEEP_ALIVE = "5m";

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(SearchController.class);

    private final ElasticsearchClient client;
    private final SearchIndex index;

    SearchController(ElasticsearchClient client, SearchIndex index) {
        this.client = client;
        this.index = index;
    }

    @QueryMapping
    @SuppressWarnings("rawtypes")
    SearchResults search(@Argument String text, @Argument RecordKind kind, @Argument SearchFilter filter,
                         @Argument SearchSort sort, @Argument Integer first, @Argument String after) {
        int size = first == null ? 20 : first;
        if (size < 1 || size > MAX_SIZE) {
            throw new BadInputException("first", "must be between 1 and " + MAX_SIZE);
        }
        if (text != null && text.length() > 200) {
            throw new BadInputException("text", "must be at most 200 characters");
        }
        if (filter != null && filter.priceMin() != null && filter.priceMax() != null && filter.priceMin().compareTo(filter.priceMax()) > 0) {
            throw new BadInputException("filter.priceMax", "must not be less than filter.priceMin");
        }
        if (filter != null && filter.tenantIds() != null) {
            for (int i = 0; i < filter.tenantIds().size(); i++) {
                if (!cn.techmarket.model.region.TenantIds.isValid(filter.tenantIds().get(i))) {
                    throw new BadInputException("filter.tenantIds[" + i + "]", "is not a sub-market id such as changchun");
                }
            }
        }
        if (filter != null && filter.publishedFrom() != null && filter.publishedTo() != null
                && filter.publishedFrom().isAfter(filter.publishedTo())) {
            throw new BadInputException("filter.publishedTo", "must not be before filter.publishedFrom");
        }
        SearchSort order = sort == null ? SearchSort.RELEVANCE : sort;
        String fingerprint = SearchCursor.fingerprint(text == null ? "" : text.strip(), kind, filter, order);
        SearchCursor cursor;
        try {
            cursor = after == null ? null : SearchCursor.decode(after);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("after", e.getMessage());
        }
        if (cursor != null && !cursor.search().equals(fingerprint)) {
            throw new BadInputException("after", "is not a cursor of this search: page on with the same text, kind, filter and sort, or start again without after");
        }
        String aliases = kind == null ? index.allAliases() : index.alias(kind);
        try {
            // the first page is one plain search; a point in time is opened only when a client pages on, so pages from
            // the second on see one unchanging index (what it held when the second page was asked)
            String pit = cursor == null ? null : cursor.pit() != null ? cursor.pit()
                    : client.openPointInTime(o -> o.index(aliases).keepAlive(t -> t.time(KEEP_ALIVE)).ignoreUnavailable(true)
                            .allowPartialSearchResults(false)).id();
            SearchResponse<Map> response = query(aliases, pit, cursor == null ? null : cursor.after(), text, filter, order, size + 1);
            SearchResults results = results(response, size, fingerprint);
            if (pit != null && !results.pageInfo().hasNextPage()) {
                closeLater(response.pitId() == null ? pit : response.pitId());
            }
            return results;
        } catch (ElasticsearchException e) {
            if (cursor != null && e.status() == 404) {
                throw new BadInputException("after", "this cursor has expired; search again from the first page");
            }
            throw new SearchUnavailableException(e);
        } catch (IOException e) {
            throw new SearchUnavailableException(e);
        }
    }

    /** A point in time a client has paged to the end of: closed off the request's path, as nothing waits on it. */
    private void closeLater(String pit) {
        CompletableFuture.runAsync(() -> {
            try {
                client.closePointInTime(c -> c.id(pit));
            } catch (IOException | ElasticsearchException e) {
                // it lapses by its keep-alive anyway
                log.debug("closing a point in time failed", e);
            }
        });
    }

    @SuppressWarnings("rawtypes")
    private SearchResponse<Map> query(String aliases, String pit, List<FieldValue> after, String text, SearchFilter filter, SearchSort sort,
                                      int size) throws IOException {
        return client.search(search -> {
            if (pit == null) {
                search.index(aliases).ignoreUnavailable(true).allowPartialSearchResults(false);
            } else {
                search.pit(p -> p.id(pit).keepAlive(t -> t.time(KEEP_ALIVE)));
            }
            search.size(size)
                    .source(src -> src.filter(f -> f.includes(SearchHit.FIELDS)))
                    .trackTotalHits(t -> t.enabled(true))
                    .query(q -> q.bool(b -> {
                        if (text != null && !text.isBlank()) {
                            textQueries(text).forEach(b::must);
                        }
                        b.filter(f -> f.term(t -> t.field("visible").value(true)));
                        filters(filter).forEach(b::filter);
                        return b;
                    }))
                    .highlight(h -> h.preTags("<em>").postTags("</em>").encoder(HighlighterEncoder.Html)
                            .fields(NamedValue.of("title", HighlightField.of(f -> f.numberOfFragments(0))))
                            .fields(NamedValue.of("text", HighlightField.of(f -> f.fragmentSize(80).numberOfFragments(2)))));
            switch (sort) {
                case RELEVANCE -> search.sort(o -> o.score(sc -> sc.order(SortOrder.Desc)));
                case NEWEST -> search.sort(o -> o.field(f -> f.field("publishedAt").order(SortOrder.Desc)));
                case PRICE_ASC -> search.sort(o -> o.field(f -> f.field("price").order(SortOrder.Asc)));
                case PRICE_DESC -> search.sort(o -> o.field(f -> f.field("price").order(SortOrder.Desc)));
                // the notice closing soonest first; what has no open notice after
                case NOTICE_ENDING -> search.sort(o -> o.field(f -> f.field("noticeEndsAt").order(SortOrder.Asc).missing("_last")));
            }
            // the record's id breaks ties, so every sort is a total order with or without a point in time, and a
            // first page's cursor (no point in time yet) carries the same sort values as the pages after it
            search.sort(o -> o.field(f -> f.field("id").order(SortOrder.Asc)));
            if (pit != null) {
                // a point in time would otherwise add its own tiebreaker, and with it a third sort value
                search.sort(o -> o.field(f -> f.field("_shard_doc").order(SortOrder.Asc)));
            }
            if (after != null) {
                search.searchAfter(pit == null || after.size() > 2 ? after : withShardDoc(after));
            }
            FACETS.forEach((name, field) -> search.aggregations(name, a -> a.terms(t -> t.field(field).size(50))));
            return search;
        }, Map.class);
    }

    /** A first page's sort values, resumed in a point in time: after every document of the last hit's sort values and id. */
    private static List<FieldValue> withShardDoc(List<FieldValue> after) {
        List<FieldValue> values = new ArrayList<>(after);
        values.add(FieldValue.of(Long.MAX_VALUE));
        return values;
    }

    @SuppressWarnings("rawtypes")
    private static SearchResults results(SearchResponse<Map> response, int size, String fingerprint) {
        List<co.elastic.clients.elasticsearch.core.search.Hit<Map>> found = response.hits().hits();
        boolean more = found.size() > size;
        String pit = response.pitId();
        List<SearchHit> hits = found.stream().limit(size).map(hit -> SearchHit.of(hit, new SearchCursor(pit, hit.sort(), fingerprint).encode())).toList();
        long total = response.hits().total() == null ? hits.size() : response.hits().total().value();
        SearchFacets facets = new SearchFacets(facet(response, "city"), facet(response, "kind"), facet(response, "industry"),
                facet(response, "category"), facet(response, "valueBand"), facet(response, "available"));
        PageInfo page = new PageInfo(more, false, hits.isEmpty() ? null : hits.get(0).cursor(),
                hits.isEmpty() ? null : hits.get(hits.size() - 1).cursor());
        return new SearchResults(total, hits, page, facets);
    }

    /** Every piece of the text must match: Chinese runs as phrases, Latin words by stem or as written. */
    static List<Query> textQueries(String text) {
        List<Query> queries = new ArrayList<>();
        for (SearchText.Segment segment : SearchText.segments(text)) {
            if (segment.phrase()) {
                queries.add(phrase(segment.text()));
                continue;
            }
            String stems = String.join(" ", SearchText.stems(segment.text()));
            if (!stems.isEmpty()) {
                queries.add(Query.of(q -> q.bool(either -> either
                        .should(s -> s.match(m -> m.field("latin").query(stems).operator(Operator.And)))
                        .should(phrase(segment.text()))
                        .minimumShouldMatch("1"))));
            }
        }
        return queries.isEmpty() ? List.of(phrase(text)) : queries;
    }

    private static Query phrase(String text) {
        return Query.of(q -> q.multiMatch(mm -> mm.query(text).fields("title^3", "text").type(TextQueryType.Phrase)));
    }

    private static List<Query> filters(SearchFilter filter) {
        List<Query> filters = new ArrayList<>();
        if (filter == null) {
            return filters;
        }
        terms(filters, "tenantId", filter.tenantIds());
        // every kind's industry-like field: a record's industry, an expert's fields, a financier's target industries
        terms(filters, "industries", filter.industries());
        terms(filters, "maturity", filter.maturities());
        terms(filters, "transferModes", filter.transferModes());
        terms(filters, "category", filter.categories());
        terms(filters, "subcategory", filter.subcategories());
        terms(filters, "valueBand", filter.valueBands());
        terms(filters, "tradeStatus", filter.tradeStatuses());
        if (Boolean.TRUE.equals(filter.listed())) {
            terms(filters, "tradeStatus", LISTED);
        } else if (Boolean.FALSE.equals(filter.listed())) {
            filters.add(Query.of(q -> q.bool(b -> b.mustNot(m -> m.terms(t -> t.field("tradeStatus")
                    .terms(v -> v.value(LISTED.stream().map(FieldValue::of).toList())))))));
        }
        if (filter.available() != null) {
            filters.add(Query.of(q -> q.term(t -> t.field("available").value(filter.available()))));
        }
        if (filter.publishedFrom() != null || filter.publishedTo() != null) {
            filters.add(Query.of(q -> q.range(r -> r.untyped(u -> {
                u.field("publishedAt");
                if (filter.publishedFrom() != null) {
                    u.gte(JsonData.of(filter.publishedFrom().atStartOfDay(MarketTime.ZONE).toInstant().toString()));
                }
                if (filter.publishedTo() != null) {
                    u.lt(JsonData.of(filter.publishedTo().plusDays(1).atStartOfDay(MarketTime.ZONE).toInstant().toString()));
                }
                return u;
            }))));
        }
        if (filter.priceMin() != null || filter.priceMax() != null) {
            filters.add(Query.of(q -> q.range(r -> r.untyped(u -> {
                u.field("price");
                if (filter.priceMin() != null) {
                    u.gte(JsonData.of(filter.priceMin().doubleValue()));
                }
                if (filter.priceMax() != null) {
                    u.lte(JsonData.of(filter.priceMax().doubleValue()));
                }
                return u;
            }))));
        }
        return filters;
    }

    private static void terms(List<Query> filters, String field, List<String> values) {
        if (values != null && !values.isEmpty()) {
            filters.add(Query.of(q -> q.terms(t -> t.field(field).terms(v -> v.value(values.stream().map(FieldValue::of).toList())))));
        }
    }

    @SuppressWarnings("rawtypes")
    private static List<FacetCount> facet(SearchResponse<Map> response, String name) {
        Aggregate aggregate = response.aggregations().get(name);
        if (aggregate != null && aggregate.isSterms()) {
            return aggregate.sterms().buckets().array().stream()
                    .map(bucket -> new FacetCount(bucket.key().stringValue(), bucket.docCount())).toList();
        }
        if (aggregate != null && aggregate.isLterms()) { // a boolean field's terms come back as 0 and 1
            return aggregate.lterms().buckets().array().stream()
                    .map(bucket -> new FacetCount(bucket.keyAsString() != null ? bucket.keyAsString() : String.valueOf(bucket.key() == 1),
                            bucket.docCount())).toList();
        }
        return List.of();
    }

}
