package cn.techmarket.tenant.deadline;

import cn.techmarket.tenant.support.TenantNodeTest;
import cn.techmarket.tenant.tenancy.HostedTenant;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Deadlines kept in a tenant's store fire once when several nodes watch the store: three runners,
 * as on three nodes, poll the same deadlines at once; one whose handler stops mid-way leaves its
 * claim, and another node fires the deadline once the claim lapses; a deadline that moved fires
 * at its new time.
 */
class DeadlinesOnSeveralNodesTest extends TenantNodeTest {

    private static final String TOPIC = "spec-several-nodes";

    @Autowired
    private Deadlines deadlines;

    private final Map<String, AtomicInteger> fired = new ConcurrentHashMap<>();

    @Test
    void threeNodesPollingTheSameStoreFireEachDeadlineOnce() throws Exception {
        HostedTenant tenant = tenant("jilin");
        Instant due = Instant.now().minusSeconds(1);
        for (int i = 0; i < 200; i++) {
            deadlines.schedule(tenant, TOPIC, "subject-" + i, due);
        }
        List<DeadlineRunner> nodes = List.of(runner(Duration.ofSeconds(30)), runner(Duration.ofSeconds(30)), runner(Duration.ofSeconds(30)));
        ExecutorService pool = Executors.newFixedThreadPool(nodes.size());
        try {
            // a poll fires at most a batch per node: poll until every deadline has had its chance, and a few times more
            for (int poll = 0; poll < 40; poll++) {
                List<Future<?>> polls = new ArrayList<>();
                nodes.forEach(node -> polls.add(pool.submit(node::fireDue)));
                for (Future<?> f : polls) {
                    f.get();
                }
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(fired).hasSize(200);
        assertThat(fired.values()).allSatisfy(count -> assertThat(count.get()).isEqualTo(1));
        assertThat(deadlines.pending(tenant, TOPIC, "subject-7")).isEmpty();
    }

    @Test
    void aDeadlineWhoseNodeStoppedWhileFiringItIsFiredByAnotherOnceTheClaimLapses() {
        HostedTenant tenant = tenant("jilin");
        deadlines.schedule(tenant, TOPIC, "stopped", Instant.now().minusSeconds(1));
        DeadlineRunner stopping = new DeadlineRunner(tenants, List.of(handler(subject -> {
            throw new IllegalStateException("the node stopped");
        })), new DeadlineProperties(Duration.ofMillis(250), Duration.ofMillis(300)), Clock.systemUTC(), new SimpleMeterRegistry());
        stopping.fireDue();
        DeadlineRunner other = runner(Duration.ofMillis(300));
        other.fireDue();
        assertThat(fired).as("while the first node's claim holds").doesNotContainKey("stopped");
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
            other.fireDue();
            assertThat(fired).containsKey("stopped");
        });
        other.fireDue();
        assertThat(fired.get("stopped").get()).isEqualTo(1);
    }

    @Test
    void aDeadlineMovedLaterByItsHandlerFiresAgainAtTheNewTime() {
        HostedTenant tenant = tenant("jilin");
        Instant later = Instant.now().plusSeconds(3600).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        deadlines.schedule(tenant, TOPIC, "extended", Instant.now().minusSeconds(1));
        new DeadlineRunner(tenants, List.of(new DeadlineHandler() {
            @Override
            public String topic() {
                return TOPIC;
            }

            @Override
            public Outcome fire(HostedTenant t, String subjectId, Instant now) {
                return Outcome.later(later);
            }
        }), new DeadlineProperties(Duration.ofMillis(250), Duration.ofSeconds(30)), Clock.systemUTC(), new SimpleMeterRegistry()).fireDue();
        assertThat(deadlines.pending(tenant, TOPIC, "extended")).contains(later);
        runner(Duration.ofSeconds(30)).fireDue();
        assertThat(fired).as("not before its new time").doesNotContainKey("extended");
    }

    private DeadlineRunner runner(Duration lease) {
        return new DeadlineRunner(tenants, List.of(handler(subject -> fired.computeIfAbsent(subject, s -> new AtomicInteger()).incrementAndGet())),
                new DeadlineProperties(Duration.ofMillis(250), lease), Clock.systemUTC(), new SimpleMeterRegistry());
    }

    private static DeadlineHandler handler(java.util.function.Consumer<String> effect) {
        return new DeadlineHandler() {
            @Override
            public String topic() {
                return TOPIC;
            }

            @Override
            public Outcome fire(HostedTenant tenant, String subjectId, Instant now) {
                effect.accept(subjectId);
                return Outcome.done();
            }
        };
    }
}
