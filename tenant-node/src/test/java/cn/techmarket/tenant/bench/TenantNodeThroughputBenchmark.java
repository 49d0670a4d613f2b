package cn.techmarket.tenant.bench;

import cn.techmarket.model.region.City;
import cn.techmarket.tenant.achievement.AchievementKind;
import cn.techmarket.model.record.RecordKind;
import cn.techmarket.model.region.Provinces;
import cn.techmarket.tenant.support.SampleInputs;
import cn.techmarket.tenant.support.TenantNodeTest;
import cn.techmarket.benchpeer.MinimalWriteApplication;
import cn.techmarket.infra.SharedTestServers;
import org.bson.Document;
import org.springframework.context.ConfigurableApplicationContext;
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
 * or sequencing), and, for writes, with the peer an engineer would write: a minimal Spring GraphQL +
 * Spring Data MongoDB mutation storing the same input ({@link MinimalWriteApplication}), in the same JVM. Run it with the command in BENCHMARKS.md; it is not part of the default tests.
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

        Result and(Result more) {
            return new Result(name, operations + more.operations(), nanos + more.nanos());
        }
    }

    @Test
    void throughputOfOneTenantNode() throws Exception {
        MongoTemplate raw = tenant("changchun").mongo();
        String create = "mutation($input: AchievementInput!) { createAchievement(input: $input) { id } }";
        HttpSyncGraphQlClient client = HttpSyncGraphQlClient.create(RestClient.builder().baseUrl(endpointUrl("changchun"))
                .defaultHeader("Authorization", "Bearer " + token("changchun-operator")).build());
        City demo = Provinces.JILIN.get(0);
        Map<String, Object> input = SampleInputs.valid(RecordKind.ACHIEVEMENT);
        try (ConfigurableApplicationContext peerApp = MinimalWriteApplication.start(SharedTestServers.mongodb().uri())) {
            HttpSyncGraphQlClient peer = HttpSyncGraphQlClient.create(RestClient.create("http://127.0.0.1:"
                    + peerApp.getEnvironment().getProperty("local.server.port") + "/graphql"));
            run("warm-up", 300, i -> {
                raw.insert(AchievementKind.demo(demo, 2_000_000 + i), "bench_warmup");
                client.document(create).variable("input", input).executeSync();
                peer.document(create).variable("input", input).executeSync();
            });

            List<String> ids = Collections.synchronizedList(new ArrayList<>());
            Result baselineWrites = run("baseline: driver insertOne", WRITES, i -> raw.insert(AchievementKind.demo(demo, 1_000_000 + i), "bench_raw"));
            // peer, node, node, peer: each side runs first and last once, so drift in the machine's speed cancels
            Result peerWrites = run("peer: Spring GraphQL + Spring Data insert", WRITES / 2,
                    i -> peer.document(create).variable("input", input).retrieveSync("createAchievement.id").toEntity(String.class));
            Result nodeWrites = run("node: createAchievement over GraphQL", WRITES / 2,
                    i -> ids.add(client.document(create).variable("input", input).retrieveSync("createAchievement.id").toEntity(String.class)));
            nodeWrites = nodeWrites.and(run("", WRITES - WRITES / 2,
                    i -> ids.add(client.document(create).variable("input", input).retrieveSync("createAchievement.id").toEntity(String.class))));
            peerWrites = peerWrites.and(run("", WRITES - WRITES / 2,
                    i -> peer.document(create).variable("input", input).retrieveSync("createAchievement.id").toEntity(String.class)));
            assertThat(ids).hasSize(WRITES).doesNotHaveDuplicates();

            List<Object> rawIds = raw.findAll(Document.class, "bench_raw").stream().map(d -> d.get("_id")).toList();
            Result baselineReads = run("baseline: driver findById", READS, i -> raw.findById(rawIds.get(i % rawIds.size()), Document.class, "bench_raw"));
            List<String> published = new ArrayList<>();
            for (int i = 0; i < Math.min(500, ids.size()); i++) {
                String id = ids.get(i);
                client.document("mutation($id: ID!) { publish(id: $id, expectedVersion: 1) { id } }").variable("id", id).executeSync();
                published.add(id);
            }
            Result nodeReads = run("node: node(id) over GraphQL", READS, i -> client
                    .document("query($id: ID!) { node(id: $id) { id ... on Achievement { title askingPrice } } }")
                    .variable("id", published.get(i % published.size())).retrieveSync("node.id").toEntity(String.class));

            String report = """
                    ## Tenant node throughput (%s, %d clients)

                    | operation | ops | ops/s | vs baseline | vs peer |
                    |---|---:|---:|---:|---:|
                    | %s | %d | %.0f | 1.00 | |
                    | %s | %d | %.0f | %.2f | 1.00 |
                    | %s | %d | %.0f | %.2f | **%.2f** |
                    | %s | %d | %.0f | 1.00 | |
                    | %s | %d | %.0f | %.2f | |
                    """.formatted(java.time.LocalDateTime.now().withNano(0), CLIENTS,
                    baselineWrites.name(), WRITES, baselineWrites.perSecond(),
                    peerWrites.name(), WRITES, peerWrites.perSecond(), peerWrites.perSecond() / baselineWrites.perSecond(),
                    nodeWrites.name(), WRITES, nodeWrites.perSecond(), nodeWrites.perSecond() / baselineWrites.perSecond(),
                    nodeWrites.perSecond() / peerWrites.perSecond(),
                    baselineReads.name(), READS, baselineReads.perSecond(),
                    nodeReads.name(), READS, nodeReads.perSecond(), nodeReads.perSecond() / baselineReads.perSecond());
            System.out.println(report);
            Path out = Path.of("target", "benchmarks", "tenant-node-throughput.md");
            Files.createDirectories(out.getParent());
            Files.writeString(out, report);
        }
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
