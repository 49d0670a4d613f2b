package cn.techmarket.tenant;

import cn.techmarket.model.record.RecordKind;
import cn.techmarket.tenant.library.SequenceHints;
import cn.techmarket.tenant.support.SampleInputs;
import cn.techmarket.tenant.support.TenantApi;
import cn.techmarket.tenant.support.TenantNodeTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;

/** The change feed the hub follows, over HTTP: ordered, resumable, with tombstones. */
class ChangeFeedTest extends TenantNodeTest {

    @Autowired
    SequenceHints hints;

    /** Reads the feed from a cursor until it is drained; returns the latest change seen per record id. */
    private static String drain(TenantApi api, String cursor, int pageSize, Map<String, Map<String, Object>> latest) {
        while (true) {
            Map<String, Object> page = api.changes(cursor, pageSize);
            List<Map<String, Object>> changes = (List<Map<String, Object>>) page.get("changes");
            for (Map<String, Object> change : changes) {
                latest.merge((String) change.get("id"), change,
                        (old, now) -> ((Number) now.get("seq")).longValue() >= ((Number) old.get("seq")).longValue() ? now : old);
            }
            cursor = (String) page.get("cursor");
            if (!(Boolean) page.get("hasMore")) {
                return cursor;
            }
        }
    }

    @Test
    void aRecordAppearsWithItsLatestStateAndDeletionLeavesATombstone() {
        TenantApi api = changchun();
        String start = drain(api, null, 50, new ConcurrentHashMap<>());
        String id = (String) api.create(RecordKind.EXPERT, SampleInputs.valid(RecordKind.EXPERT)).get("id");
        api.moveOk("publish", id, 1);

        Map<String, Map<String, Object>> seen = new ConcurrentHashMap<>();
        String afterPublish = drain(api, start, 50, seen);
        assertThat(seen.get(id)).containsEntry("lifecycle", "PUBLISHED").containsEntry("version", 2);
        assertThat((Map<String, Object>) seen.get(id).get("record")).containsEntry("id", id);

        api.moveOk("delete", id, 2);
        Map<String, Map<String, Object>> later = new ConcurrentHashMap<>();
        drain(api, afterPublish, 50, later);
        assertThat(later).containsOnlyKeys(id);
        assertThat(later.get(id)).containsEntry("lifecycle", "DELETED").containsEntry("record", null);
        assertThat(((Number) later.get(id).get("seq")).longValue()).isGreaterThan(((Number) seen.get(id).get("seq")).longValue());
    }

    @Test
    void readingResumesFromAnyCursorWithTheSameChanges() {
        TenantApi api = changchun();
        for (int i = 0; i < 7; i++) {
            api.create(RecordKind.DEMAND, SampleInputs.with(RecordKind.DEMAND, "title", "需求" + i));
        }
        List<String> cursors = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        String cursor = null;
        boolean more = true;
        while (more) {
            cursors.add(cursor);
            Map<String, Object> page = api.changes(cursor, 3);
            ((List<Map<String, Object>>) page.get("changes")).forEach(change -> ids.add((String) change.get("id")));
            cursor = (String) page.get("cursor");
            more = (Boolean) page.get("hasMore");
        }

        String middle = cursors.get(cursors.size() / 2);
        Map<String, Object> resumed = api.changes(middle, 3);
        List<String> resumedIds = ((List<Map<String, Object>>) resumed.get("changes")).stream().map(c -> (String) c.get("id")).toList();
        int offset = (cursors.size() / 2) * 3;
        assertThat(resumedIds).isEqualTo(ids.subList(offset, Math.min(ids.size(), offset + resumedIds.size())));
        assertThat(ids).doesNotHaveDuplicates();
    }

    @Test
    void manyWritesOfOneKindAtOnceAreEachInTheFeedOnceAndTheStoredHintCatchesUpWithThem() throws Exception {
        TenantApi api = changchun();
        String start = drain(api, null, 100, new ConcurrentHashMap<>());
        java.util.concurrent.ExecutorService writers = java.util.concurrent.Executors.newFixedThreadPool(8);
        List<String> ids;
        try {
            List<java.util.concurrent.Future<String>> created = new java.util.ArrayList<>();
            for (int i = 0; i < 40; i++) {
                created.add(writers.submit(() -> api.create(RecordKind.DEMAND, SampleInputs.valid(RecordKind.DEMAND)).get("id").toString()));
            }
            ids = new java.util.ArrayList<>();
            for (var id : created) {
                ids.add(id.get());
            }
        } finally {
            writers.shutdown();
        }

        Map<String, Map<String, Object>> seen = new ConcurrentHashMap<>();
        drain(api, start, 100, seen);
        assertThat(seen).containsKeys(ids.toArray(String[]::new));
        List<Long> sequences = ids.stream().map(id -> ((Number) seen.get(id).get("seq")).longValue()).toList();
        assertThat(sequences).doesNotHaveDuplicates();
        long highest = sequences.stream().mapToLong(Long::longValue).max().orElseThrow();
        // raised in the store just after the writes, for other nodes hosting 长春 and for the next start
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(5)).until(() -> ((Number) tenant("changchun").mongo()
                .findById("demands", org.bson.Document.class, "sequences").get("seq")).longValue() >= highest);
    }

    @Test
    void aWriteWhoseHintWasNotRaisedBeforeACrashIsInTheFeedAfterRestart() {
        TenantApi api = changchun();
        String start = drain(api, null, 100, new ConcurrentHashMap<>());
        var tenant = tenant("changchun");
        long committed = hints.committed(tenant, cn.techmarket.tenant.demand.DemandKind.LIBRARY);
        // as if a writer stored its record and died before raising the hint
        String id = api.create(RecordKind.DEMAND, SampleInputs.valid(RecordKind.DEMAND)).get("id").toString();
        tenant.mongo().upsert(new org.springframework.data.mongodb.core.query.Query(
                        org.springframework.data.mongodb.core.query.Criteria.where("_id").is("demands")),
                new org.springframework.data.mongodb.core.query.Update().set("seq", committed), "sequences");

        hints.repair(tenant);

        Map<String, Map<String, Object>> seen = new ConcurrentHashMap<>();
        drain(api, start, 100, seen);
        assertThat(seen).containsKey(id);
    }
}
