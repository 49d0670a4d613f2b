package cn.techmarket.hub.search.sync;

import cn.techmarket.model.id.GlobalId;
import cn.techmarket.model.record.RecordKind;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What the hub indexes of a change in a city's feed. */
class SearchDocumentTest {

    private static final String ID = GlobalId.encode("jilin", "Achievement", "a1");

    @Test
    void aPublicRecordIsIndexedAsItsKindDeclaredItsSearchEntryWithItsCityAndSequence() {
        FeedChange change = new FeedChange(RecordKind.ACHIEVEMENT, ID, 42, "PUBLISHED", Instant.parse("2026-05-01T00:00:00Z"),
                Map.of("title", "Graphene thermal films", "text", "导热膜", "price", "1200000.50", "industry", "NEW_MATERIALS"));

        SearchDocument document = SearchDocument.of(change);

        assertThat(document.kind()).isEqualTo(RecordKind.ACHIEVEMENT);
        assertThat(document.seq()).isEqualTo(42);
        assertThat(document.source())
                .containsEntry("id", ID).containsEntry("tenantId", "jilin").containsEntry("visible", true)
                .containsEntry("lifecycle", "PUBLISHED").containsEntry("industry", "NEW_MATERIALS")
                // exact decimals in the feed, numbers in the index, for range filters
                .containsEntry("price", 1200000.5);
        assertThat((String) document.source().get("latin")).contains("graphen").contains("thermal");
    }

    @Test
    void aRecordNoLongerPublicStaysAsAnInvisibleTombstoneWithoutItsContent() {
        FeedChange withdrawn = new FeedChange(RecordKind.ACHIEVEMENT, ID, 43, "WITHDRAWN", Instant.now(), null);

        SearchDocument document = SearchDocument.of(withdrawn);

        assertThat(document.source()).containsEntry("visible", false).containsEntry("seq", 43L)
                .doesNotContainKeys("title", "text", "latin", "price");
    }
}
