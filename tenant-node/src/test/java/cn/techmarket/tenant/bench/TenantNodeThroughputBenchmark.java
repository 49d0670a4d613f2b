package cn.techmarket.tenant.bench;

import cn.techmarket.model.region.City;
import cn.techmarket.tenant.achievement.AchievementKind;
import cn.techmarket.model.record.RecordKind;
import cn.techmarket.model.region.Provinces;
import cn.techmarket.tenant.support.SampleInputs;
import cn.techmarket.tenant.support.TenantNodeTest;
import org.bson.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.graphql.client.HttpSyncGraphQlClient;
import org.springframework.web.client.RestClient;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Write and read throughput of one tenant node, side by side with a baseline doing the same
 * work straight against the same MongoDB server with the driver (no HTTP, GraphQL, validation
 * or sequencing). Run it with the command in BENCHMARKS.md; it is not part of the default tests.
 */
@Tag("benchmark")
class TenantNodeThroughputBenchmark extends TenantNodeTest {

    private static final int WRITES = Integer.getInteger("bench.writes", 2_000);
    private static final int READS = Integer.getInteger("bench.reads", 4_000);
    private static final int CLIENTS = Integer.getInteger("bench.clients", 4);

    record Result(String name, int operations, long nanos) {
        double perSecond() {
            return operations / (nanos / 1e9);
        }
    }

    @Test
    void throughputOfOneTenantNode() throws Exception {
        MongoTemplate raw = tenant("changchun").mongo();
        HttpSyncGraphQlClient client = HttpSyncGraphQlClient.create(RestClient.create("http://127.0.0.1:" + port + "/tenants/changchun/graphql"));
        City demo = Provinces.JILIN.get(0);
        Map<String, Object> input = SampleInputs.valid(RecordKind.ACHIEVEMENT);
        warmUp(client, raw, demo, input);

        List<String> ids = Collections.synchronizedList(new ArrayList<>());
        Result baselineWrites = run("baseline: driver insertOne", WRITES, i -> raw.insert(AchievementKind.demo(demo, 1_000_000 + i), "bench_raw"));
        Result nodeWrites = run("node: createAchievement over GraphQL", WRITES, i -> ids.add(client
                .document("mutation($input: AchievementInput!) { createAchievement(input: $input) { id } }")
                .variable("input", input).retrieveSync("createAchievement.id").toEntity(String.class)));
        assertThat(ids).hasSize(WRITES).doesNotHaveDuplicates();

        List<Object> rawIds = raw.findAll(Document.class, "bench_raw").stream().map(d -> d.get("_id")).toList();
        Result baselineReads = run("baseline: driver findById", READS, i -> raw.findById(rawIds.get(i % rawIds.size()), Document.class, "bench_raw"));
        List<String> published = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            String id = ids.get(i);
            client.document("mutation($id: ID!) { publish(id: $id, expectedVersion: 1) { id } }").variable("id", id).executeSync();
            published.add(id);
        }
        Result nodeReads = run("node: node(id) over GraphQL", READS, i -> client
                .document("query($id: ID!) { node(id: $id) { id ... on Achievement { title askingPrice } } }")
                .variable("id", published.get(i % published.size())).retrieveSync("node.id").toEntity(String.class));

        String report = """
                ## Tenant node throughput (%s, %d clients)

                | operation | ops | ops/s | vs baseline |
                |---|---:|---:|---:|
                | %s | %d | %.0f | 1.00 |
                | %s | %d | %.0f | %.2f |
                | %s | %d | %.0f | 1.00 |
                | %s | %d | %.0f | %.2f |
                """.formatted(java.time.LocalDate.now(), CLIENTS,
                baselineWrites.name(), WRITES, baselineWrites.perSecond(),
                nodeWrites.name(), WRITES, nodeWrites.perSecond(), nodeWrites.perSecond() / baselineWrites.perSecond(),
                baselineReads.name(), READS, baselineReads.perSecond(),
                nodeReads.name(), READS, nodeReads.perSecond(), nodeReads.perSecond() / baselineReads.perSecond());
        System.out.println(report);
        Path out = Path.of("target", "benchmarks", "tenant-node-throughput.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    private void warmUp(HttpSyncGraphQlClient client, MongoTemplate raw, City demo, Map<String, Object> input) throws Exception {
        run("warm-up", 300, i -> {
            raw.insert(AchievementKind.demo(demo, 2_000_000 + i), "bench_warmup");
            client.document("mutation($input: AchievementInput!) { createAchievement(input: $input) { id } }")
                    .variable("input", input).executeSync();
        });
    }

    private static Result run(String name, int operations, IntConsumer operation) throws Exception {
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        long start = System.nanoTime();
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                workers.add(pool.submit(() -> {
                    for (int i; (i = next.getAndIncrement()) < operations; ) {
                        operation.accept(i);
                    }
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } finally {
            pool.shutdown();
        }
        return new Result(name, operations, System.nanoTime() - start);
    }

}
