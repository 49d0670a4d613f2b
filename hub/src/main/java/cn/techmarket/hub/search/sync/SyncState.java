package cn.techmarket.hub.search.sync;

import java.time.Duration;
import java.time.Instant;

/**
 * Where the hub stands in one tenant's change feed, persisted in the hub's database. The cursor
 * only moves after Elasticsearch acknowledged every change it covers.
 *
 * @param caughtUpAt when the sync last reached the end of the tenant's feed: the index holds
 *                   everything the tenant had written by then
 */
public record SyncState(String id, String cursor, long indexed, Instant lastSyncedAt, String lastError, Instant lastErrorAt,
                        Instant caughtUpAt) {

    public static SyncState start(String tenantId) {
        return new SyncState(tenantId, null, 0, null, null, null, null);
    }

    /** @param feedEndAt when the feed's end that the new cursor stands at was read */
    SyncState advanced(String newCursor, int changes, Instant feedEndAt, Instant now) {
        return new SyncState(id, newCursor, indexed + changes, now, null, null, feedEndAt);
    }

    /** Nothing new at the tenant as of {@code at}: the index holds all it had, and nothing holds the sync back. */
    SyncState upToDate(Instant at) {
        return new SyncState(id, cursor, indexed, lastSyncedAt, null, null, at);
    }

    SyncState failed(String error, Instant now) {
        return new SyncState(id, cursor, indexed, lastSyncedAt, error, now, caughtUpAt);
    }

    /** How far the index may be behind the tenant: seconds since the sync last reached the feed's end; null before it first did. */
    public Double lagSeconds(Instant now) {
        return caughtUpAt == null ? null : Duration.between(caughtUpAt, now).toMillis() / 1000.0;
    }
}
