package cn.techmarket.hub.search;

import java.time.Instant;

/**
 * Where the hub stands in one tenant's change feed, persisted in the hub's database. The cursor
 * only moves after Elasticsearch acknowledged every change it covers.
 */
public record SyncState(String id, String cursor, long indexed, Instant lastSyncedAt, String lastError, Instant lastErrorAt) {

    static SyncState start(String tenantId) {
        return new SyncState(tenantId, null, 0, null, null, null);
    }

    SyncState advanced(String newCursor, int changes, Instant now) {
        return new SyncState(id, newCursor, indexed + changes, now, null, null);
    }

    SyncState failed(String error, Instant now) {
        return new SyncState(id, cursor, indexed, lastSyncedAt, error, now);
    }
}
