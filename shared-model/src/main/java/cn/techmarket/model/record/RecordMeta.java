package cn.techmarket.model.record;

import java.time.Instant;

/**
 * What every library record carries besides its content: owner, lifecycle, audit times and the
 * version used for optimistic concurrency.
 */
public record RecordMeta(
        String tenantId,
        Lifecycle lifecycle,
        long version,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy,
        Instant publishedAt) {

    public static RecordMeta created(String tenantId, String author, Instant now) {
        return new RecordMeta(tenantId, Lifecycle.DRAFT, 1, now, author, now, author, null);
    }

    public RecordMeta published(String author, Instant now) {
        return new RecordMeta(tenantId, Lifecycle.PUBLISHED, version + 1, createdAt, createdBy, now, author,
                publishedAt == null ? now : publishedAt);
    }
}
