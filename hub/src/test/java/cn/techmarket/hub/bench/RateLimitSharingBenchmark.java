package cn.techmarket.hub.bench;

import cn.techmarket.infra.SharedTestServers;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import org.bson.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * What holding a client's rate across hub replicas costs each request, two ways: each replica
 * admitting its share from a limiter in memory (what the hub does), or every replica counting
 * every request in one shared MongoDB counter per client and second. Run side by side in one run,
 * against the project's MongoDB wire server. Not part of the default tests:
 * {@code mvn -pl hub test -Dtest=RateLimitSharingBenchmark -Dsurefire.excludedGroups= -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("benchmark")
class RateLimitSharingBenchmark {

    private static final int REQUESTS = Integer.getInteger("bench.requests", 20_000);

    @Test
    void aShareInMemoryAgainstACounterInMongoDb() throws Exception {
        RateLimiter local = RateLimiter.of("client", RateLimiterConfig.custom().limitForPeriod(Integer.MAX_VALUE)
                .limitRefreshPeriod(Duration.ofSeconds(1)).timeoutDuration(Duration.ZERO).build());
        long[] inMemory = time(REQUESTS, i -> local.acquirePermission());

        try (MongoClient client = MongoClients.create(SharedTestServers.mongodb().uri())) {
            MongoCollection<Document> counters = client.getDatabase("rate_bench_" + System.nanoTime()).getCollection("rate_counters");
            FindOneAndUpdateOptions upsert = new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER);
            // a client's count in the current second, as a shared limiter would keep it
            IntConsumerWithResult counted = i -> counters.findOneAndUpdate(Filters.eq("_id", "address:203.0.113.7@" + System.currentTimeMillis() / 1000),
                    Updates.inc("n", 1), upsert);
            time(1_000, counted); // warm-up
            long[] shared = time(REQUESTS, counted);
            long start = System.nanoTime();
            int threads = 4;
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            Future<?>[] running = new Future<?>[threads];
            for (int t = 0; t < threads; t++) {
                running[t] = pool.submit(() -> time(REQUESTS / threads, counted));
            }
            for (Future<?> f : running) {
                f.get();
            }
            double sharedPerSecond = REQUESTS / ((System.nanoTime() - start) / 1e9);
            pool.shutdown();
            pool.awaitTermination(10, TimeUnit.SECONDS);

            System.out.printf("RATE LIMIT SHARING (%,d requests)%n", REQUESTS);
            System.out.printf("  share in memory   p50 %,8.2f µs   p99 %,8.2f µs%n", percentile(inMemory, 50), percentile(inMemory, 99));
            System.out.printf("  MongoDB counter   p50 %,8.2f µs   p99 %,8.2f µs   (%d threads: %,.0f counts/s in all)%n",
                    percentile(shared, 50), percentile(shared, 99), threads, sharedPerSecond);
            System.out.printf("  ratio counter/in-memory p50 %,.0f%n", percentile(shared, 50) / Math.max(0.001, percentile(inMemory, 50)));
        }
    }

    @FunctionalInterface
    private interface IntConsumerWithResult {
        Object apply(int i);
    }

    private static long[] time(int requests, IntConsumerWithResult request) {
        long[] nanos = new long[requests];
        for (int i = 0; i < requests; i++) {
            long start = System.nanoTime();
            request.apply(i);
            nanos[i] = System.nanoTime() - start;
        }
        return nanos;
    }

    private static double percentile(long[] nanos, int p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, sorted.length * p / 100)] / 1000.0;
    }
}
