package cn.techmarket.hub.matching;

import cn.techmarket.hub.search.query.SearchHit;

import cn.techmarket.hub.registry.RegisteredTenant;
import cn.techmarket.hub.registry.TenantRegistry;
import cn.techmarket.hub.search.SearchIndex;
import cn.techmarket.model.record.RecordKind;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.ErrorResponse;
import co.elastic.clients.elasticsearch.core.MsearchResponse;
import co.elastic.clients.elasticsearch.core.msearch.MultiSearchResponseItem;
import co.elastic.clients.elasticsearch.core.search.SearchRequestBody;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
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

    /** What a candidate's score is multiplied by when it shares no telling word with the record. */
    static final double WITHOUT_SHARED_WORDS = 0.5;

    record Suggestion(SearchHit candidate, double score, Explanation explanation) {
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

    /** What ranking needs of a candidate; its text stays in the index. */
    private static final List<String> RANKING_FIELDS = List.of("id", "kind", "tenantId", "title", "publishedAt", "price", "industries",
            "maturity", "minMaturity", "transferModes", "budgetMin", "available", "amountMin", "amountMax");

    /** A candidate weighed but not yet explained. */
    @SuppressWarnings("rawtypes")
    private record Ranked(Hit<Map> hit, double score, List<MatchFit.Constraint> constraints) {
    }

    /**
     * Up to {@code first} suggestions of each kind, kinds in the order given. Two round trips to
     * Elasticsearch for all kinds: the candidates, then highlights for the chosen ones only, since
     * highlighting every candidate costs more than finding them.
     */
    @SuppressWarnings("rawtypes")
    List<Suggestion> suggest(MatchProfile source, List<RecordKind> kinds, int first) throws IOException {
        MsearchResponse<Map> found = client.msearch(m -> {
            for (RecordKind kind : kinds) {
                m.searches(s -> s.header(h -> h.index(index.alias(kind)).ignoreUnavailable(true).allowNoIndices(true))
                        .body(b -> candidates(b, source, Math.max(CANDIDATES, first))));
            }
            return m;
        }, Map.class);
        List<Ranked> chosen = new ArrayList<>();
        for (int k = 0; k < kinds.size(); k++) {
            List<Hit<Map>> hits = hits(found.responses().get(k));
            double best = hits.stream().mapToDouble(hit -> hit.score() == null ? 0 : hit.score()).max().orElse(1);
            RecordKind kind = kinds.get(k);
            List<Ranked> ofKind = new ArrayList<>();
            for (Hit<Map> hit : hits) {
                List<MatchFit.Constraint> constraints = MatchFit.evaluate(source, kind, hit.source(), this::cityName);
                double text = best <= 0 || hit.score() == null ? 0 : hit.score() / best;
                ofKind.add(new Ranked(hit, round(text * MatchFit.fit(constraints)), constraints));
            }
            ofKind.sort(Comparator.comparingDouble(Ranked::score).reversed());
            chosen.addAll(ofKind.subList(0, Math.min(first, ofKind.size())));
        }
        Map<String, Map<String, List<String>>> highlights = highlights(source, chosen);
        List<Suggestion> suggestions = new ArrayList<>(chosen.stream()
                .map(ranked -> suggestion(source, ranked, highlights.getOrDefault(ranked.hit().id(), Map.of()))).toList());
        // best first within each kind, kinds in the order asked: a candidate that shares no word dropped its score on the way
        suggestions.sort(Comparator.<Suggestion>comparingInt(s -> kinds.indexOf(RecordKind.valueOf(s.candidate().kind())))
                .thenComparing(Comparator.comparingDouble(Suggestion::score).reversed()));
        return suggestions;
    }

    private SearchRequestBody.Builder candidates(SearchRequestBody.Builder body, MatchProfile source, int size) {
        return body.size(size).source(src -> src.filter(f -> f.includes(RANKING_FIELDS)))
                .query(q -> q.bool(b -> {
                    b.must(m -> m.moreLikeThis(mlt -> mlt.fields("title", "text").like(l -> l.text(source.text()))
                                    .minTermFreq(1).minDocFreq(1).maxQueryTerms(30).minimumShouldMatch("20%")))
                            .filter(f -> f.term(t -> t.field("visible").value(true)))
                            .mustNot(n -> n.ids(i -> i.values(source.id())));
                    if (source.industry() != null) {
                        b.should(sh -> sh.term(t -> t.field("industries").value(source.industry().name()).boost(2f)));
                    }
                    return b;
                }));
    }

    /** The chosen candidates' passages that share the record's terms, by document id and field. */
    @SuppressWarnings("rawtypes")
    private Map<String, Map<String, List<String>>> highlights(MatchProfile source, List<Ranked> chosen) throws IOException {
        Map<String, Map<String, List<String>>> byId = new java.util.HashMap<>();
        if (chosen.isEmpty()) {
            return byId;
        }
        List<String> ids = chosen.stream().map(ranked -> ranked.hit().id()).toList();
        var response = client.search(s -> s.index(index.allAliases()).ignoreUnavailable(true).allowNoIndices(true).size(ids.size())
                .source(src -> src.fetch(false))
                .query(q -> q.ids(i -> i.values(ids)))
                .highlight(h -> h.preTags("<em>").postTags("</em>").encoder(HighlighterEncoder.Html)
                        .highlightQuery(hq -> hq.multiMatch(mm -> mm.query(truncated(source.text())).fields("title", "text")))
                        .fields(NamedValue.of("title", HighlightField.of(f -> f.numberOfFragments(0))))
                        .fields(NamedValue.of("text", HighlightField.of(f -> f.fragmentSize(80).numberOfFragments(3))))), Map.class);
        response.hits().hits().forEach(hit -> byId.put(hit.id(), hit.highlight()));
        return byId;
    }

    @SuppressWarnings("rawtypes")
    private static List<Hit<Map>> hits(MultiSearchResponseItem<Map> item) {
        if (item.isFailure()) {
            throw new ElasticsearchException("msearch", ErrorResponse.of(e -> e.error(item.failure().error()).status(item.failure().status())));
        }
        return item.result().hits().hits();
    }

    private Suggestion suggestion(MatchProfile source, Ranked ranked, Map<String, List<String>> highlights) {
        List<String> fragments = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        for (String field : List.of("title", "text")) {
            List<String> marked = highlights.getOrDefault(field, List.of());
            if (!marked.isEmpty()) {
                fields.add(field);
                fragments.addAll(marked);
            }
        }
        List<String> terms = MatchedTerms.of(source.title() + "\n" + source.text(), fragments);
        // text that is alike only in characters and generic words (企业, 技术) is a weak reason: half the score
        double score = terms.isEmpty() ? round(ranked.score() * WITHOUT_SHARED_WORDS) : ranked.score();
        SearchHit hit = SearchHit.of(ranked.hit(), null);
        SearchHit explained = new SearchHit(hit.id(), hit.kind(), hit.tenantId(), hit.title(), score,
                hit.publishedAt(), hit.price(), hit.available(), hit.category(), hit.valueBand(), hit.tradeStatus(), hit.noticeEndsAt(), hit.bestBid(),
                fragments, "");
        return new Suggestion(explained, score, new Explanation(summary(terms, ranked.constraints()), terms, fields, ranked.constraints()));
    }

    /** One sentence: the shared terms, then each constraint, fitting ones first. */
    private static String summary(List<String> terms, List<MatchFit.Constraint> constraints) {
        List<String> parts = new ArrayList<>();
        parts.add(terms.isEmpty() ? "文本仅字面相近，无共同关键词" : "文本匹配：" + String.join("、", terms));
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
