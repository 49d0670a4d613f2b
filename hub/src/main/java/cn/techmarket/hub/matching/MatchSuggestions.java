package cn.techmarket.hub.matching;

import cn.techmarket.hub.registry.RegisteredTenant;
import cn.techmarket.hub.registry.TenantRegistry;
import cn.techmarket.hub.search.SearchController;
import cn.techmarket.hub.search.SearchIndex;
import cn.techmarket.model.record.RecordKind;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.util.NamedValue;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Automatic matching: Elasticsearch finds the candidates of a kind whose text is most like the
 * record's (its most telling terms, as more-like-this picks them); each candidate's relevance,
 * scaled to 0-1 by the best one's, is then multiplied by how it fits the record's constraints
 * ({@link MatchFit}) and the list is ranked again.
 */
@Component
class MatchSuggestions {

    /** How many of the best text matches are weighed: enough that a fitting candidate below unfitting ones is reached. */
    static final int CANDIDATES = 60;

    record Suggestion(SearchController.SearchHit candidate, double score, Explanation explanation) {
    }

    record Explanation(String summary, List<String> matchedTerms, List<String> matchedFields, List<MatchFit.Constraint> constraints) {
    }

    private final ElasticsearchClient client;
    private final SearchIndex index;
    private final TenantRegistry registry;

    MatchSuggestions(ElasticsearchClient client, SearchIndex index, TenantRegistry registry) {
        this.client = client;
        this.index = index;
        this.registry = registry;
    }

    List<Suggestion> suggest(MatchProfile source, RecordKind kind, int first) throws IOException {
        SearchResponse<Map> response = candidates(source, kind, Math.max(CANDIDATES, first));
        double best = response.hits().hits().stream().mapToDouble(hit -> hit.score() == null ? 0 : hit.score()).max().orElse(1);
        List<Suggestion> suggestions = new ArrayList<>();
        for (Hit<Map> hit : response.hits().hits()) {
            suggestions.add(suggestion(source, kind, hit, best));
        }
        suggestions.sort(Comparator.comparingDouble(Suggestion::score).reversed());
        return suggestions.stream().limit(first).toList();
    }

    @SuppressWarnings("rawtypes")
    private SearchResponse<Map> candidates(MatchProfile source, RecordKind kind, int size) throws IOException {
        return client.search(s -> s.index(index.alias(kind)).ignoreUnavailable(true).allowNoIndices(true).size(size)
                .query(q -> q.bool(b -> {
                    b.must(m -> m.moreLikeThis(mlt -> mlt.fields("title", "text").like(l -> l.text(source.text()))
                                    .minTermFreq(1).minDocFreq(1).maxQueryTerms(30).minimumShouldMatch("20%")))
                            .filter(f -> f.term(t -> t.field("visible").value(true)))
                            .mustNot(n -> n.ids(i -> i.values(source.id())));
                    if (source.industry() != null) {
                        b.should(sh -> sh.term(t -> t.field("industries").value(source.industry().name()).boost(2f)));
                    }
                    return b;
                }))
                .highlight(h -> h.preTags("<em>").postTags("</em>")
                        .highlightQuery(hq -> hq.multiMatch(mm -> mm.query(truncated(source.text())).fields("title", "text")))
                        .fields(NamedValue.of("title", HighlightField.of(f -> f.numberOfFragments(0))))
                        .fields(NamedValue.of("text", HighlightField.of(f -> f.fragmentSize(80).numberOfFragments(3))))), Map.class);
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private Suggestion suggestion(MatchProfile source, RecordKind kind, Hit<Map> hit, double best) {
        Map<String, Object> candidate = hit.source();
        List<MatchFit.Constraint> constraints = MatchFit.evaluate(source, kind, candidate, this::cityName);
        double text = best <= 0 || hit.score() == null ? 0 : hit.score() / best;
        List<String> fragments = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        for (String field : List.of("title", "text")) {
            List<String> marked = hit.highlight().getOrDefault(field, List.of());
            if (!marked.isEmpty()) {
                fields.add(field);
                fragments.addAll(marked);
            }
        }
        List<String> terms = MatchedTerms.of(fragments);
        return new Suggestion(SearchController.hit(hit, null), round(text * MatchFit.factor(constraints)),
                new Explanation(summary(terms, constraints), terms, fields, constraints));
    }

    /** One sentence: the shared terms, then each constraint, fitting ones first. */
    private static String summary(List<String> terms, List<MatchFit.Constraint> constraints) {
        List<String> parts = new ArrayList<>();
        parts.add(terms.isEmpty() ? "文本相近" : "文本匹配：" + String.join("、", terms));
        constraints.stream().filter(MatchFit.Constraint::fits).forEach(c -> parts.add(c.detail()));
        constraints.stream().filter(c -> !c.fits()).forEach(c -> parts.add("不符：" + c.detail()));
        return String.join("；", parts);
    }

    private String cityName(String tenantId) {
        return registry.find(tenantId).map(RegisteredTenant::name).orElse(tenantId);
    }

    /** Highlighting needs only the gist; a whole record as a query would be slow to highlight. */
    private static String truncated(String text) {
        return text.length() <= 1_000 ? text : text.substring(0, 1_000);
    }

    private static double round(double score) {
        return Math.round(score * 1_000) / 1_000.0;
    }
}
