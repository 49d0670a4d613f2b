package cn.techmarket.hub.matching;

import cn.techmarket.graphql.errors.BadInputException;
import cn.techmarket.graphql.errors.GlobalIdArguments;
import cn.techmarket.graphql.errors.PageSizes;
import cn.techmarket.hub.search.SearchUnavailableException;

import cn.techmarket.hub.federation.Deadline;
import cn.techmarket.model.text.English;
import cn.techmarket.hub.federation.Callers;
import cn.techmarket.hub.federation.FederatedResults;
import cn.techmarket.hub.federation.RecordLoader;
import cn.techmarket.model.id.GlobalId;
import cn.techmarket.model.record.RecordKind;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingEnvironment;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import java.io.IOException;
import java.util.List;
import java.util.Set;

/** {@code matchSuggestions}: the record read from its sub-market, its matches found in province search. */
@Controller
class MatchSuggestionController {

    static final int MAX_PER_KIND = 50;

    private final RecordLoader records;
    private final MatchSuggestions suggestions;

    MatchSuggestionController(RecordLoader records, MatchSuggestions suggestions) {
        this.records = records;
        this.suggestions = suggestions;
    }

    @QueryMapping
    DataFetcherResult<List<MatchSuggestions.Suggestion>> matchSuggestions(@Argument String id, @Argument List<RecordKind> kinds,
                                                                          @Argument Integer first, DataFetchingEnvironment env) {
        int size = PageSizes.require("first", first, 10, MAX_PER_KIND);
        if (isFinancingRequest(id)) {
            if (kinds != null && kinds.stream().anyMatch(kind -> kind != RecordKind.FINANCING_INSTITUTION)) {
                throw new BadInputException("kinds", "a financing request is matched with [FINANCING_INSTITUTION] only");
            }
            return suggested(env, id, MatchProfile::financingNeed, List.of(RecordKind.FINANCING_INSTITUTION), size);
        }
        GlobalId recordId = GlobalIdArguments.decode("id", id);
        List<RecordKind> targets = MatchProfile.TARGETS.get(recordId.kind());
        if (targets == null) {
            throw new BadInputException("id", "must be a demand or an achievement, not " + English.withArticle(recordId.kind().typeName()));
        }
        List<RecordKind> asked = kinds == null || kinds.isEmpty() ? targets : kinds;
        for (RecordKind kind : asked) {
            if (!targets.contains(kind)) {
                throw new BadInputException("kinds", English.withArticle(recordId.kind().typeName()) + " is matched with "
                        + targets.stream().map(RecordKind::name).toList() + ", not " + kind.name());
            }
        }
        return suggested(env, id, record -> MatchProfile.of(recordId.kind(), record), asked.stream().distinct().toList(), size);
    }

    private static boolean isFinancingRequest(String id) {
        try {
            return "FinancingRequest".equals(GlobalId.parts(id)[1]);
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    /** The record read from its sub-market with the caller's token, and its matches of the kinds. */
    private DataFetcherResult<List<MatchSuggestions.Suggestion>> suggested(DataFetchingEnvironment env, String id,
                                                                         java.util.function.Function<java.util.Map<String, Object>, MatchProfile> profileOf,
                                                                         List<RecordKind> asked, int size) {
        RecordLoader.Loaded loaded = records.load(Set.of(id), Callers.of(env), Deadline.of(env)).get(id);
        if (loaded.failure() != null) {
            return DataFetcherResult.<List<MatchSuggestions.Suggestion>>newResult().error(FederatedResults.error(env, loaded.failure())).build();
        }
        if (loaded.record() == null) {
            throw new BadInputException("id", "no such record visible to you");
        }
        MatchProfile profile = profileOf.apply(loaded.record());
        try {
            return DataFetcherResult.<List<MatchSuggestions.Suggestion>>newResult().data(suggestions.suggest(profile, asked, size)).build();
        } catch (IOException | ElasticsearchException e) {
            throw new SearchUnavailableException(e);
        }
    }
}
