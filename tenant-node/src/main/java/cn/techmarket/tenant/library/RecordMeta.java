package cn.techmarket.tenant.library;

import java.time.Instant;
import java.util.Objects;

/**
 * What every library record carries besides its content: owner, lifecycle, audit fields, the
 * version used for optimistic concurrency, and the change sequence the hub follows.
 *
 * @param version starts at 1 and grows by one with every accepted change
 * @param seq     the record's position in its tenant's change feed for its kind: every change
 *                gives it a new, higher number (see the tenant node's change feed)
 */
public record RecordMeta(
        String tenantId,
        Lifecycle lifecycle,
        long version,
        long seq,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy,
        Instant publishedAt) {

    public RecordMeta {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(lifecycle, "lifecycle");
    }

    /** A new draft; its sequence is assigned when it is stored. */
    public static RecordMeta draft(String tenantId, String author, Instant now) {
        return new RecordMeta(tenantId, Lifecycle.DRAFT, 1, 0, now, author, now, author, null);
    }

    /** The metadata after a change by {@code author}, moving to {@code lifecycle}. */
    public RecordMeta changed(Lifecycle lifecycle, String author, Instant now) {
        Instant published = lifecycle == Lifecycle.PUBLISHED && publishedAt == null ? now : publishedAt;
        return new RecordMeta(tenantId, lifecycle, version + 1, seq, createdAt, createdBy, now, author, published);
    }

    public RecordMeta withSeq(long seq) {
        return new RecordMeta(tenantId, lifecycle, version, seq, createdAt, createdBy, updatedAt, updatedBy, publishedAt);
    }
}
