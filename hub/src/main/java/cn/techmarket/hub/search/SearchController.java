package cn.techmarket.hub.search;

import cn.techmarket.hub.federation.BadInput;
import cn.techmarket.model.record.RecordKind;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingEnvironment;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/** Province-wide search over the index the sync keeps. */
@Controller
class SearchController {

    private static final int MAX_SIZE = 100;

    record SearchHit(String id, String kind, String tenantId, String title, Double score) {
    }

    record SearchResults(long total, List<SearchHit> hits) {
    }

    private final ElasticsearchClient client;

    SearchController(ElasticsearchClient client) {
        this.client = client;
    }

    @QueryMapping
    @SuppressWarnings("rawtypes")
    DataFetcherResult<SearchResults> search(@Argument String text, @Argument RecordKind kind, @Argument Integer first,
                                            DataFetchingEnvironment env) throws IOException {
        int size = first == null ? 20 : first;
        if (size < 1 || size > MAX_SIZE) {
            return DataFetcherResult.<SearchResults>newResult().error(BadInput.error(env, "first", "must be between 1 and " + MAX_SIZE)).build();
        }
        if (text.isBlank() || text.length() > 200) {
            return DataFetcherResult.<SearchResults>newResult().error(BadInput.error(env, "text", "must be 1 to 200 characters")).build();
        }
        String index = kind == null ? SearchIndex.allAliases() : SearchIndex.alias(kind);
        SearchResponse<Map> response = client.search(search -> search
                .index(index)
                .ignoreUnavailable(true)
                .allowNoIndices(true)
                .size(size)
                .trackTotalHits(t -> t.enabled(true))
                .query(q -> q.bool(b -> b
                        // phrases: with the standard analyzer Chinese is split into characters, and a phrase keeps them together
                        .must(m -> m.multiMatch(mm -> mm.query(text).fields("title^3", "text").type(TextQueryType.Phrase)))
                        .filter(f -> f.term(t -> t.field("visible").value(true))))), Map.class);
        List<SearchHit> hits = response.hits().hits().stream().map(hit -> {
            Map source = hit.source();
            return new SearchHit((String) source.get("id"), (String) source.get("kind"), (String) source.get("tenantId"),
                    (String) source.get("title"), hit.score());
        }).toList();
        long total = response.hits().total() == null ? hits.size() : response.hits().total().value();
        return DataFetcherResult.<SearchResults>newResult().data(new SearchResults(total, hits)).build();
    }
}
