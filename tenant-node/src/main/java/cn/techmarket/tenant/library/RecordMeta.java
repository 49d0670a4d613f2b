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
 * @param owner   the global id of the member that publishes it, null for the sub-market's own records
 * @param reviewNote why the operators returned it for revision, while it is returned
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
        Instant publishedAt,
        String owner,
        String reviewNote) {

    public RecordMeta {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(lifecycle, "lifecycle");
    }

    /** A new draft of the sub-market's own; its sequence is assigned when it is stored. */
    public static RecordMeta draft(String tenantId, String author, Instant now) {
        return draft(tenantId, author, null, now);
    }

    /** A new draft, published for the member {@code owner} (a global id) when it is not null. */
    public static RecordMeta draft(String tenantId, String author, String owner, Instant now) {
        return new RecordMeta(tenantId, Lifecycle.DRAFT, 1, 0, now, author, now, author, null, owner, null);
    }

    /** The metadata after a change by {@code author}, moving to {@code lifecycle}. */
    public RecordMeta changed(Lifecycle lifecycle, String author, Instant now) {
        return changed(lifecycle, author, now, null);
    }

    /** As {@link #changed(Lifecycle, String, Instant)}, with the operators' note when they return it for revision. */
    public RecordMeta changed(Lifecycle lifecycle, String author, Instant now, String note) {
        Instant published = lifecycle == Lifecycle.PUBLISHED && publishedAt == null ? now : publishedAt;
        String keptNote = lifecycle == Lifecycle.RETURNED ? (note != null ? note : reviewNote) : null;
        return new RecordMeta(tenantId, lifecycle, version + 1, seq, createdAt, createdBy, now, author, published, owner, keptNote);
    }

    public RecordMeta withSeq(long seq) {
        return new RecordMeta(tenantId, lifecycle, version, seq, createdAt, createdBy, updatedAt, updatedBy, publishedAt, owner, reviewNote);
    }
}
