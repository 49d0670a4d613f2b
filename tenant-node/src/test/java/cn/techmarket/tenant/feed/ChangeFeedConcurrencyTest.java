package cn.techmarket.tenant.feed;

import cn.techmarket.tenant.expert.Expert;
import cn.techmarket.model.record.Industry;
import cn.techmarket.tenant.library.Lifecycle;
import cn.techmarket.tenant.library.LibraryRecord;
import cn.techmarket.graphql.errors.BadInputException;
import cn.techmarket.tenant.expert.ExpertKind;
import cn.techmarket.tenant.library.LibraryIds;
import cn.techmarket.tenant.library.LibraryWriter;
import cn.techmarket.tenant.support.TenantNodeTest;
import cn.techmarket.tenant.tenancy.HostedTenant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The feed never skips an acknowledged write, with many writers racing for sequences and a
 * reader following the feed as fast as it can. Most writes are creates that are never touched
 * again, so a skipped sequence cannot hide behind a later write to the same record.
 */
class ChangeFeedConcurrencyTest extends TenantNodeTest {

    private static final int WRITERS = 8;
    private static final int WRITES_EACH = 150;

    @Autowired
    LibraryWriter writer;

    @Autowired
    ChangeFeed feed;

    @Test
    void aReaderFollowingConcurrentWritersEndsWithEveryAcknowledgedWrite() throws Exception {
        HostedTenant tenant = tenant("jilin");
        FeedCursor start = drain(tenant, FeedCursor.START, new ConcurrentHashMap<>());
        Map<String, Long> acknowledged = new ConcurrentHashMap<>();
        Map<String, LibraryRecord> seen = new ConcurrentHashMap<>();
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger pagesRead = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS + 1);
        try {
            Future<FeedCursor> reader = pool.submit(() -> {
                FeedCursor cursor = start;
                while (writing.get()) {
                    // pages large enough to keep the reader at the head of the feed, where writes are in flight
                    ChangeFeed.Page page = feed.after(tenant, cursor, 200);
                    page.changes().forEach(change -> remember(seen, change));
                    cursor = page.cursor();
                    pagesRead.incrementAndGet();
                }
                return cursor;
            });
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                Random random = new Random(w);
                writers.add(pool.submit(() -> write(tenant, random, acknowledged)));
            }
            for (Future<?> done : writers) {
                done.get();
            }
            writing.set(false);
            drain(tenant, reader.get(), seen);
        } finally {
            pool.shutdownNow();
        }

        assertThat(acknowledged).hasSizeGreaterThan(WRITERS * WRITES_EACH / 2);
        assertThat(pagesRead.get()).as("the reader really read while writers wrote").isGreaterThan(50);
        acknowledged.forEach((id, version) -> {
            assertThat(seen).as("the feed carried " + id).containsKey(id);
            assertThat(seen.get(id).meta().version()).as("the latest version of " + id).isEqualTo(version);
        });
    }

    private FeedCursor drain(HostedTenant tenant, FeedCursor cursor, Map<String, LibraryRecord> seen) {
        while (true) {
            ChangeFeed.Page page = feed.after(tenant, cursor, 50);
            page.changes().forEach(change -> remember(seen, change));
            cursor = page.cursor();
            if (!page.hasMore()) {
                return cursor;
            }
        }
    }

    private static void remember(Map<String, LibraryRecord> seen, LibraryRecord change) {
        seen.merge(change.id(), change, (old, now) -> now.meta().seq() >= old.meta().seq() ? now : old);
    }

    private void write(HostedTenant tenant, Random random, Map<String, Long> acknowledged) {
        List<String> mine = new ArrayList<>();
        Lifecycle[] moves = {Lifecycle.PUBLISHED, Lifecycle.WITHDRAWN, Lifecycle.DELETED};
        for (int i = 0; i < WRITES_EACH; i++) {
            if (mine.isEmpty() || random.nextInt(10) < 7) {
                Expert created = writer.create(tenant, ExpertKind.LIBRARY, LibraryIds.next(), "writer", (id, meta) ->
                        new Expert(id, meta, "专家", "吉林大学", "教授", List.of(Industry.BIOMEDICINE), null, List.of(), true));
                mine.add(created.id());
                acknowledged.put(created.id(), created.meta().version());
                continue;
            }
            String id = mine.get(random.nextInt(mine.size()));
            try {
                Expert moved = writer.transition(tenant, ExpertKind.LIBRARY, id, acknowledged.get(id), "writer", moves[random.nextInt(moves.length)]);
                acknowledged.put(id, moved.meta().version());
            } catch (BadInputException refused) {
                // a move the lifecycle does not allow: refused and nothing changed
                assertThat(refused.code()).isEqualTo("ILLEGAL_TRANSITION");
            }
        }
    }
}
