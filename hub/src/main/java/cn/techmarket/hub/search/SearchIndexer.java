package cn.techmarket.hub.search;

import cn.techmarket.model.record.RecordKind;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes documents with external versions taken from the tenant's change sequence, so a
 * replayed, duplicated or late change can never replace newer data: Elasticsearch refuses it
 * with a version conflict, which here means "already up to date".
 */
@Component
public class SearchIndexer {

    private final ElasticsearchClient client;
    private final SearchIndex index;

    public SearchIndexer(ElasticsearchClient client, SearchIndex index) {
        this.client = client;
        this.index = index;
    }

    /**
     * @return the items that failed for another reason than being stale; empty when everything
     * is in the index at this version or newer
     */
    List<String> write(List<SearchDocument> documents) throws IOException {
        documents.forEach(document -> index.ensure(document.kind()));
        return write(documents, VersionType.External, index::alias);
    }

    /** As {@link #write}, into the given index of each kind rather than its alias: a rebuild's backfill. */
    List<String> writeTo(java.util.Map<RecordKind, String> indexes, List<SearchDocument> documents) throws IOException {
        return write(documents, VersionType.External, indexes::get);
    }

    /**
     * As {@link #write}, also replacing a document at the same change sequence. For repairs: a
     * document deleted by hand leaves its version behind for a while ({@code index.gc_deletes}),
     * and the same change could not be written again otherwise. Same sequence, same content, so
     * nothing older can win this way either.
     */
    List<String> rewrite(List<SearchDocument> documents) throws IOException {
        documents.forEach(document -> index.ensure(document.kind()));
        return write(documents, VersionType.ExternalGte, index::alias);
    }

    private List<String> write(List<SearchDocument> documents, VersionType versioning,
                               java.util.function.Function<RecordKind, String> target) throws IOException {
        if (documents.isEmpty()) {
            return List.of();
        }
        BulkResponse response = client.bulk(bulk -> {
            for (SearchDocument document : documents) {
                bulk.operations(op -> op.index(i -> i.index(target.apply(document.kind())).id(document.id())
                        .version(document.seq()).versionType(versioning).document(document.source())));
            }
            return bulk;
        });
        List<String> failures = new ArrayList<>();
        for (BulkResponseItem item : response.items()) {
            if (item.error() != null && item.status() != 409) {
                failures.add(item.id() + ": " + item.error().reason());
            }
        }
        return failures;
    }
}
