package cn.techmarket.hub.search;

import cn.techmarket.hub.federation.BadInput;
import cn.techmarket.model.record.RecordKind;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.json.JsonData;
import co.elastic.clients.util.NamedValue;
import graphql.ErrorClassification;
import graphql.GraphqlErrorBuilder;
import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingEnvironment;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Province-wide search over the index the sync keeps: phrase matching, filters, facets, highlights. */
@Controller
class SearchController {

    private static final int MAX_SIZE = 100;
    private static final Map<String, String> FACETS = Map.of("city", "tenantId", "kind", "kind", "industry", "industry");

    record SearchFilter(List<String> tenantIds, List<String> industries, List<String> maturities, List<String> transferModes,
                        BigDecimal priceMin, BigDecimal priceMax) {
    }

    record SearchHit(String id, String kind, String tenantId, String title, Double score, List<String> highlights) {
    }

    record FacetCount(String value, long count) {
    }

    record SearchFacets(List<FacetCount> city, List<FacetCount> kind, List<FacetCount> industry) {
    }

    record SearchResults(long total, List<SearchHit> hits, SearchFacets facets) {
    }

    private final ElasticsearchClient client;

    SearchController(ElasticsearchClient client) {
        this.client = client;
    }

    @QueryMapping
    @SuppressWarnings("rawtypes")
    DataFetcherResult<SearchResults> search(@Argument String text, @Argument RecordKind kind, @Argument SearchFilter filter,
                                            @Argument Integer first, DataFetchingEnvironment env) {
        int size = first == null ? 20 : first;
        if (size < 1 || size > MAX_SIZE) {
            return refused(env, "first", "must be between 1 and " + MAX_SIZE);
        }
        if (text.isBlank() || text.length() > 200) {
            return refused(env, "text", "must be 1 to 200 characters");
        }
        if (filter != null && filter.priceMin() != null && filter.priceMax() != null && filter.priceMin().compareTo(filter.priceMax()) > 0) {
            return refused(env, "filter.priceMax", "must not be less than filter.priceMin");
        }
        String index = kind == null ? SearchIndex.allAliases() : SearchIndex.alias(kind);
        SearchResponse<Map> response;
        try {
            response = query(index, text, filter, size);
        } catch (IOException | ElasticsearchException e) {
            return DataFetcherResult.<SearchResults>newResult().error(GraphqlErrorBuilder.newError(env)
                    .errorType(ErrorClassification.errorClassification("SEARCH_UNAVAILABLE"))
                    .message("province search is unavailable right now; listings per city still work").build()).build();
        }
        return DataFetcherResult.<SearchResults>newResult().data(results(response)).build();
    }

    @SuppressWarnings("rawtypes")
    private SearchResponse<Map> query(String index, String text, SearchFilter filter, int size) throws IOException {
        return client.search(search -> {
            search.index(index).ignoreUnavailable(true).allowNoIndices(true).size(size)
                    .trackTotalHits(t -> t.enabled(true))
                    .query(q -> q.bool(b -> {
                        // phrases: with the standard analyzer Chinese is split into characters, and a phrase keeps them together
                        b.must(m -> m.multiMatch(mm -> mm.query(text).fields("title^3", "text").type(TextQueryType.Phrase)));
                        b.filter(f -> f.term(t -> t.field("visible").value(true)));
                        filters(filter).forEach(b::filter);
                        return b;
                    }))
                    .highlight(h -> h.preTags("<em>").postTags("</em>")
                            .fields(NamedValue.of("title", HighlightField.of(f -> f.numberOfFragments(0))))
                            .fields(NamedValue.of("text", HighlightField.of(f -> f.fragmentSize(80).numberOfFragments(2)))));
            FACETS.forEach((name, field) -> search.aggregations(name, a -> a.terms(t -> t.field(field).size(50))));
            return search;
        }, Map.class);
    }

    @SuppressWarnings("rawtypes")
    private static SearchResults results(SearchResponse<Map> response) {
        List<SearchHit> hits = response.hits().hits().stream().map(hit -> {
            Map source = hit.source();
            List<String> highlights = new ArrayList<>();
            hit.highlight().getOrDefault("title", List.of()).forEach(highlights::add);
            hit.highlight().getOrDefault("text", List.of()).forEach(highlights::add);
            return new SearchHit((String) source.get("id"), (String) source.get("kind"), (String) source.get("tenantId"),
                    (String) source.get("title"), hit.score(), highlights);
        }).toList();
        long total = response.hits().total() == null ? hits.size() : response.hits().total().value();
        SearchFacets facets = new SearchFacets(facet(response, "city"), facet(response, "kind"), facet(response, "industry"));
        return new SearchResults(total, hits, facets);
    }

    private static List<Query> filters(SearchFilter filter) {
        List<Query> filters = new ArrayList<>();
        if (filter == null) {
            return filters;
        }
        terms(filters, "tenantId", filter.tenantIds());
        terms(filters, "industry", filter.industries());
        terms(filters, "maturity", filter.maturities());
        terms(filters, "transferModes", filter.transferModes());
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
        if (aggregate == null || !aggregate.isSterms()) {
            return List.of();
        }
        return aggregate.sterms().buckets().array().stream()
                .map(bucket -> new FacetCount(bucket.key().stringValue(), bucket.docCount())).toList();
    }

    private static DataFetcherResult<SearchResults> refused(DataFetchingEnvironment env, String field, String problem) {
        return DataFetcherResult.<SearchResults>newResult().error(BadInput.error(env, field, problem)).build();
    }
}
