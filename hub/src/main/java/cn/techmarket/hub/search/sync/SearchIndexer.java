package cn.techmarket.hub.search.sync;

import cn.techmarket.hub.search.SearchIndex;

import cn.techmarket.model.record.RecordKind;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkIngester;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkListener;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;

/**
 * Writes documents with external versions taken from the tenant's change sequence, so a
 * replayed, duplicated or late change can never replace newer data: Elasticsearch refuses it
 * with a version conflict, which here means "already up to date".
 */
@Component
public class SearchIndexer {

    /** As many documents per request as the benchmark's raw bulk load sends. */
    static final int BACKFILL_BULK = 200;

    private final ElasticsearchClient client;
    private final SearchIndex index;

    public SearchIndexer(ElasticsearchClient client, SearchIndex index) {
        this.client = client;
        this.index = index;
    }

    /**
     * @throws IOException when an item is refused for another reason than being stale; a stale
     *                     item is already in the index at this version or newer
     */
    public void write(List<SearchDocument> documents) throws IOException {
        documents.forEach(document -> index.ensure(document.kind()));
        write(documents, VersionType.External, index::alias);
    }

    /**
     * A rebuild's backfill into the given index of each kind rather than its alias: documents go
     * out in bulk requests, two at a time, while the callers read on; adding waits when both are
     * in flight. {@link Backfill#close()} waits for the last and reports what was refused.
     */
    public Backfill backfill(Map<RecordKind, String> indexes) {
        return new Backfill(indexes);
    }

    public final class Backfill implements AutoCloseable {

        private final Map<RecordKind, String> indexes;
        private final Queue<Refusal> failures = new ConcurrentLinkedQueue<>();
        private final BulkIngester<Void> ingester;

        private Backfill(Map<RecordKind, String> indexes) {
            this.indexes = indexes;
            this.ingester = BulkIngester.of(b -> b.client(client).maxOperations(BACKFILL_BULK).maxConcurrentRequests(2)
                    .listener(new BulkListener<>() {
                        @Override
                        public void beforeBulk(long id, BulkRequest request, List<Void> contexts) {
                        }

                        @Override
                        public void afterBulk(long id, BulkRequest request, List<Void> contexts, BulkResponse response) {
                            failures.addAll(refused(response));
                        }

                        @Override
                        public void afterBulk(long id, BulkRequest request, List<Void> contexts, Throwable failure) {
                            failures.add(new Refusal(request.operations().size(), "a bulk request failed: " + failure));
                        }
                    }));
        }

        public void add(List<SearchDocument> documents) throws IOException {
            failIfRefused();
            documents.forEach(document -> ingester.add(operation(document, VersionType.External, indexes::get)));
        }

        @Override
        public void close() throws IOException {
            ingester.close();
            failIfRefused();
        }

        private void failIfRefused() throws IOException {
            failIfAny(failures);
        }
    }

    /**
     * As {@link #write}, also replacing a document at the same change sequence. For repairs: a
     * document deleted by hand leaves its version behind for a while ({@code index.gc_deletes}),
     * and the same change could not be written again otherwise. Same sequence, same content, so
     * nothing older can win this way either.
     */
    public void rewrite(List<SearchDocument> documents) throws IOException {
        documents.forEach(document -> index.ensure(document.kind()));
        write(documents, VersionType.ExternalGte, index::alias);
    }

    private void write(List<SearchDocument> documents, VersionType versioning, Function<RecordKind, String> target) throws IOException {
        if (documents.isEmpty()) {
            return;
        }
        BulkResponse response = client.bulk(bulk -> {
            documents.forEach(document -> bulk.operations(operation(document, versioning, target)));
            return bulk;
        });
        failIfAny(refused(response));
    }

    /** Documents the index did not take, and why: one document refused, or a whole bulk request that failed. */
    record Refusal(int documents, String reason) {
    }

    private static void failIfAny(java.util.Collection<Refusal> refused) throws IOException {
        if (!refused.isEmpty()) {
            int documents = refused.stream().mapToInt(Refusal::documents).sum();
            throw new IOException("the index did not take " + documents + (documents == 1 ? " document" : " documents")
                    + "; first: " + refused.iterator().next().reason());
        }
    }

    private static BulkOperation operation(SearchDocument document, VersionType versioning, Function<RecordKind, String> target) {
        return BulkOperation.of(op -> op.index(i -> i.index(target.apply(document.kind())).id(document.id())
                .version(document.seq()).versionType(versioning).document(document.source())));
    }

    /** Items refused for another reason than a newer version already being there. */
    private static List<Refusal> refused(BulkResponse response) {
        List<Refusal> failures = new ArrayList<>();
        for (BulkResponseItem item : response.items()) {
            if (item.error() != null && item.status() != 409) {
                failures.add(new Refusal(1, item.id() + " refused: " + item.error().reason()));
            }
        }
        return failures;
    }
}
