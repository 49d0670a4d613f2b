package cn.techmarket.hub.search.query;

import cn.techmarket.hub.search.query.SearchHit;

import cn.techmarket.hub.search.SearchIndex;
import cn.techmarket.hub.search.SearchUnavailableException;

import cn.techmarket.graphql.errors.BadInputException;
import cn.techmarket.graphql.errors.GlobalIdArguments;
import cn.techmarket.graphql.errors.PageSizes;

import cn.techmarket.model.id.GlobalId;
import cn.techmarket.model.record.RecordKind;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What helps people search: titles as they type, records like the one they are reading, and the policies that apply to it. */
@Controller
class SearchAssistController {

    private static final int MAX_SUGGESTIONS = 20;
    private static final int MAX_SIMILAR = 50;

    private final ElasticsearchClient client;
    private final SearchIndex index;

    SearchAssistController(ElasticsearchClient client, SearchIndex index) {
        this.client = client;
        this.index = index;
    }

    /**
     * Titles containing what was typed, as a phrase prefix: with the standard analyzer each Chinese
     * character is a term, so 碳纤 finds 碳纤维… and not titles that merely hold 碳 somewhere.
     */
    @QueryMapping
    @SuppressWarnings("rawtypes")
    List<String> suggest(@Argument String prefix, @Argument RecordKind kind, @Argument Integer first) {
        int size = PageSizes.require("first", first, 8, MAX_SUGGESTIONS);
        if (prefix.isBlank() || prefix.length() > 50) {
            throw new BadInputException("prefix", "must be 1 to 50 characters");
        }
        try {
            SearchResponse<Map> response = client.search(s -> s
                    .index(kind == null ? index.allAliases() : index.alias(kind)).ignoreUnavailable(true).allowNoIndices(true)
                    .size(size * 3)
                    .source(src -> src.filter(f -> f.includes("title")))
                    .query(q -> q.bool(b -> b
                            .must(m -> m.matchPhrasePrefix(p -> p.field("title").query(prefix.strip()).maxExpansions(50)))
                            .filter(f -> f.term(t -> t.field("visible").value(true))))), Map.class);
            Set<String> titles = new LinkedHashSet<>();
            response.hits().hits().forEach(hit -> titles.add((String) hit.source().get("title")));
            return titles.stream().limit(size).toList();
        } catch (IOException | ElasticsearchException e) {
            throw new SearchUnavailableException(e);
        }
    }

    @QueryMapping
    @SuppressWarnings("rawtypes")
    List<SearchHit> moreLikeThis(@Argument String id, @Argument Integer first) {
        int size = PageSizes.require("first", first, 10, MAX_SIMILAR);
        GlobalId record = GlobalIdArguments.decode("id", id);
        try {
            SearchResponse<Map> response = client.search(s -> s
                    .index(index.allAliases()).ignoreUnavailable(true).allowNoIndices(true).size(size)
                    .source(src -> src.filter(f -> f.includes(SearchHit.FIELDS)))
                    .query(q -> q.bool(b -> b
                            .must(m -> m.moreLikeThis(mlt -> mlt.fields("title", "text")
                                    .like(l -> l.document(d -> d.index(index.alias(record.kind())).id(id)))
                                    .minTermFreq(1).minDocFreq(1).maxQueryTerms(40).minimumShouldMatch("20%")))
                            .filter(f -> f.term(t -> t.field("visible").value(true)))
                            .mustNot(n -> n.ids(i -> i.values(id))))), Map.class);
            return response.hits().hits().stream().map(hit -> SearchHit.of(hit, null)).toList();
        } catch (IOException | ElasticsearchException e) {
            throw new SearchUnavailableException(e);
        }
    }

    /**
     * The published policies of the record's market that apply to it: those naming one of its
     * industries first (they score), then those for every industry, the newest first.
     */
    @QueryMapping
    @SuppressWarnings({"rawtypes", "unchecked"})
    List<SearchHit> applicablePolicies(@Argument String id, @Argument Integer first) {
        int size = PageSizes.require("first", first, 5, MAX_SIMILAR);
        GlobalId record = GlobalIdArguments.decode("id", id);
        try {
            var indexed = client.get(g -> g.index(index.alias(record.kind())).id(id).sourceIncludes("industries", "visible"), Map.class);
            if (!indexed.found() || !Boolean.TRUE.equals(indexed.source().get("visible"))) {
                return List.of();
            }
            List<String> industries = (List<String>) indexed.source().getOrDefault("industries", List.of());
            SearchResponse<Map> response = client.search(s -> s
                    .index(index.alias(RecordKind.POLICY)).ignoreUnavailable(true).allowNoIndices(true).size(size)
                    .source(src -> src.filter(f -> f.includes(SearchHit.FIELDS)))
                    .query(q -> q.bool(b -> b
                            .filter(f -> f.term(t -> t.field("visible").value(true)))
                            .filter(f -> f.term(t -> t.field("tenantId").value(record.tenantId())))
                            .must(m -> m.bool(applies -> applies.minimumShouldMatch("1")
                                    .should(sh -> sh.terms(t -> t.field("industries").terms(v -> v.value(industries.stream()
                                            .map(FieldValue::of).toList()))))
                                    .should(sh -> sh.bool(none -> none.mustNot(n -> n.exists(e -> e.field("industries")))))))))
                    .sort(o -> o.score(sc -> sc.order(SortOrder.Desc)))
                    .sort(o -> o.field(f -> f.field("publishedAt").order(SortOrder.Desc))), Map.class);
            return response.hits().hits().stream().map(hit -> SearchHit.of(hit, null)).toList();
        } catch (IOException | ElasticsearchException e) {
            throw new SearchUnavailableException(e);
        }
    }
}
