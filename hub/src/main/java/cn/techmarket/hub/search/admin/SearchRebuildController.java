package cn.techmarket.hub.search.admin;

import cn.techmarket.hub.search.SearchUnavailableException;

import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import java.io.IOException;

/** Starting a full rebuild (administrators) and watching it (staff too). */
@Controller
class SearchRebuildController {

    private final SearchRebuild rebuild;

    SearchRebuildController(SearchRebuild rebuild) {
        this.rebuild = rebuild;
    }

    @QueryMapping
    SearchRebuild.Progress searchRebuild() {
        return rebuild.progress();
    }

    @MutationMapping
    SearchRebuild.Progress rebuildSearchIndex() {
        try {
            return rebuild.start();
        } catch (IOException | co.elastic.clients.elasticsearch._types.ElasticsearchException e) {
            throw new SearchUnavailableException(e);
        }
    }
}
