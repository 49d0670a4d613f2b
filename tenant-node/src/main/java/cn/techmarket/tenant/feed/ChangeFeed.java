package cn.techmarket.tenant.feed;

import cn.techmarket.tenant.library.LibraryRecord;
import cn.techmarket.tenant.library.CommitSignal;
import cn.techmarket.tenant.library.Library;
import cn.techmarket.tenant.library.SequenceHints;
import cn.techmarket.tenant.tenancy.HostedTenant;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Reads "changes after a cursor" in bounded pages. Each kind is read only up to its committed
 * bound (the sequence hints, all read in one query before any record): every sequence at or
 * below it was committed before the read began, so nothing below the bound can still appear
 * later, and the cursor can safely move up to it. Why sequences commit in order is explained in
 * {@code LibraryWriter}.
 */
@Component
class ChangeFeed {

    static final int MAX_PAGE = 500;
    private static final int EXPORT_BATCH = 1_000;

    record Page(List<LibraryRecord> changes, FeedCursor cursor, boolean hasMore) {
    }

    /** How often a held request looks at the bounds again (for writes by other nodes) and tells its reader it is still up to date. */
    static final Duration HEARTBEAT = Duration.ofSeconds(1);

    interface StillNothing {
        /** @param checkedAt when ({@link System#nanoTime()}) the bounds were read and nothing past the cursor found */
        void upToDate(long checkedAt) throws IOException;
    }

    private final SequenceHints hints;
    private final CommitSignal signal;

    ChangeFeed(SequenceHints hints, CommitSignal signal) {
        this.hints = hints;
        this.signal = signal;
    }

    /**
     * Holds a reader that is caught up until something past its cursor is committed, the
     * deadline passes or the node stops: a long poll, so a quiet feed costs its followers nothing
     * and a write is read the moment it commits. Each time it finds nothing new, at once and then
     * every {@link #HEARTBEAT}, it tells the reader so.
     */
    void awaitChanges(HostedTenant tenant, FeedCursor cursor, long deadlineNanos, StillNothing stillNothing)
            throws IOException, InterruptedException {
        while (true) {
            long seen = signal.raises(tenant);
            long checkedAt = System.nanoTime();
            if (hasChanges(tenant, cursor)) {
                return;
            }
            stillNothing.upToDate(checkedAt);
            long left = deadlineNanos - System.nanoTime();
            if (left <= 0 || !signal.await(tenant, seen, Duration.ofNanos(Math.min(left, HEARTBEAT.toNanos())))) {
                return;
            }
        }
    }

    private boolean hasChanges(HostedTenant tenant, FeedCursor cursor) {
        return hints.committed(tenant).entrySet().stream().anyMatch(bound -> bound.getValue() > cursor.position(bound.getKey()));
    }

    Page after(HostedTenant tenant, FeedCursor cursor, int limit) {
        List<LibraryRecord> changes = new ArrayList<>();
        boolean hasMore = false;
        Map<Library<?>, Long> bounds = hints.committed(tenant);
        cursor = cursor.covering(bounds.keySet());
        for (Library<?> library : bounds.keySet()) {
            long from = cursor.position(library);
            long bound = bounds.get(library);
            if (bound <= from) {
                continue;
            }
            int room = limit - changes.size();
            if (room == 0) {
                hasMore = true;
                break;
            }
            List<? extends LibraryRecord> read = tenant.mongo().find(
                    new Query(where("meta.seq").gt(from).lte(bound)).with(Sort.by("meta.seq")).limit(room),
                    library.type(), library.collection());
            changes.addAll(read);
            if (read.size() == room) {
                // the page is full: continue after the last record read, which may be below the bound
                cursor = cursor.advance(library, read.get(read.size() - 1).meta().seq());
                hasMore = true;
                break;
            }
            // everything up to the bound was read (records updated meanwhile moved above it)
            cursor = cursor.advance(library, bound);
        }
        return new Page(changes, cursor, hasMore);
    }

    /**
     * Every change after the cursor up to the committed bounds, one query per kind streamed
     * rather than paged: a rebuild reads whole feeds, and each page would be a query of its own.
     *
     * @return the cursor after the last change handed over
     */
    FeedCursor export(HostedTenant tenant, FeedCursor cursor, Consumer<LibraryRecord> changes) {
        Map<Library<?>, Long> bounds = hints.committed(tenant);
        cursor = cursor.covering(bounds.keySet());
        for (Library<?> library : bounds.keySet()) {
            long from = cursor.position(library);
            long bound = bounds.get(library);
            if (bound <= from) {
                continue;
            }
            // in no particular order: whoever reads a whole feed keeps the newest of each record by its sequence anyway;
            // batches of a bounded size: the stand-in otherwise answers a big kind in one reply the driver refuses (> 48 MB)
            try (Stream<? extends LibraryRecord> read = tenant.mongo().stream(
                    new Query(where("meta.seq").gt(from).lte(bound)).cursorBatchSize(EXPORT_BATCH), library.type(), library.collection())) {
                read.forEach(changes);
            }
            cursor = cursor.advance(library, bound);
        }
        return cursor;
    }
}
