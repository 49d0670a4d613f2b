package cn.techmarket.hub.reliability;

import cn.techmarket.hub.support.HubSecurity;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.client.HttpSyncGraphQlClient;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static cn.techmarket.hub.reliability.Pause.pause;

/**
 * A writer per city that keeps creating, publishing, editing and withdrawing achievements at
 * the city's node while faults run, and remembers every write the node acknowledged: the record's
 * version, lifecycle and title after it. A write that failed may or may not have happened, so the
 * record it touched is left alone from then on and only its last acknowledged state is owed.
 */
final class AcknowledgedWrites implements AutoCloseable {

    /** What a record must at least be at its city: this version, or a later one. */
    record Acked(String city, String id, int version, String lifecycle, String title) {
    }

    /** {@code title} is the achievement's own field: publish and withdraw answer with the LibraryRecord interface. */
    private static final String FIELDS = "id version lifecycle ... on Achievement { title }";

    private final Map<String, Acked> acked = new ConcurrentHashMap<>();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicInteger writes = new AtomicInteger();
    private final AtomicInteger unreachable = new AtomicInteger();
    private final List<String> refused = new CopyOnWriteArrayList<>();
    private final Map<String, String> latestId = new ConcurrentHashMap<>();
    private final List<Thread> threads = new ArrayList<>();

    private final Map<String, java.util.Queue<java.time.Instant>> ackedAt = new ConcurrentHashMap<>();
    private final long pauseMillis;

    AcknowledgedWrites(FaultProvince province) {
        this(FaultProvince.CITIES.stream().collect(java.util.stream.Collectors.toMap(city -> city, province::tenantUrl)), 30);
    }

    /**
     * @param tenantUrls each city's GraphQL endpoint at its node
     * @param pauseMillis between one city's writes
     */
    AcknowledgedWrites(Map<String, String> tenantUrls, long pauseMillis) {
        this.pauseMillis = pauseMillis;
        for (String city : tenantUrls.keySet()) {
            ackedAt.put(city, new java.util.concurrent.ConcurrentLinkedQueue<>());
            Thread thread = new Thread(() -> write(city, HubSecurity.client(tenantUrls.get(city), city + "-operator")), "writer-" + city);
            thread.setDaemon(true);
            thread.start();
            threads.add(thread);
        }
    }

    private void write(String city, HttpSyncGraphQlClient operator) {
        int n = 0;
        while (running.get()) {
            n++;
            String title = "故障演练成果 " + city + " " + n;
            boolean done = step(city, operator, "mutation($t: String!) { createAchievement(input: {title: $t, summary: \"故障注入期间写入。\","
                    + " industry: CARBON_FIBER, maturity: PILOT, ownerInstitution: \"吉林大学\", transferModes: [LICENSE]}) { " + FIELDS + " } }",
                    Map.of("t", title), "createAchievement");
            String id = done ? latestId.get(city) : null;
            done = done && step(city, operator, "mutation($id: ID!) { publish(id: $id, expectedVersion: 1) { " + FIELDS + " } }",
                    Map.of("id", id), "publish");
            if (done && n % 3 == 0) {
                done = step(city, operator, "mutation($id: ID!, $t: String!) { updateAchievement(id: $id, expectedVersion: 2, input: {title: $t,"
                        + " summary: \"故障注入期间修改。\", industry: CARBON_FIBER, maturity: INDUSTRIAL, ownerInstitution: \"吉林大学\","
                        + " transferModes: [LICENSE]}) { " + FIELDS + " } }", Map.of("id", id, "t", title + " 修订"), "updateAchievement");
            } else if (done && n % 5 == 0) {
                done = step(city, operator, "mutation($id: ID!) { withdraw(id: $id, expectedVersion: 2) { " + FIELDS + " } }",
                        Map.of("id", id), "withdraw");
            }
            // a failed step leaves the record where its last acknowledged write put it
            pause(done ? pauseMillis : 200);
        }
    }

    /** One write; true when the node acknowledged it, and then its result is owed. */
    private boolean step(String city, HttpSyncGraphQlClient operator, String document, Map<String, Object> variables, String field) {
        writes.incrementAndGet();
        ClientGraphQlResponse response;
        try {
            response = operator.document(document).variables(variables).executeSync();
        } catch (RuntimeException e) {
            unreachable.incrementAndGet(); // the node is down: not acknowledged
            return false;
        }
        if (!response.getErrors().isEmpty()) {
            // an answer that refuses a well-formed write is a defect, in the node or in this harness
            refused.add(field + ": " + response.getErrors().get(0).getMessage());
            return false;
        }
        Map<String, Object> record = response.field(field).getValue();
        latestId.put(city, (String) record.get("id"));
        record(city, record);
        ackedAt.get(city).add(java.time.Instant.now());
        return true;
    }

    private void record(String city, Map<String, Object> record) {
        String id = (String) record.get("id");
        acked.put(id, new Acked(city, id, ((Number) record.get("version")).intValue(), (String) record.get("lifecycle"), (String) record.get("title")));
    }

    List<Acked> acknowledged() {
        return List.copyOf(acked.values());
    }

    /** Writes to {@code city} acknowledged from {@code from} to {@code to}. */
    long acknowledged(String city, java.time.Instant from, java.time.Instant to) {
        return ackedAt.get(city).stream().filter(at -> !at.isBefore(from) && !at.isAfter(to)).count();
    }

    int attempted() {
        return writes.get();
    }

    /** Writes that got no answer: their city's node was down. */
    int unreachable() {
        return unreachable.get();
    }

    /** Writes the node answered with an error, with the error. */
    List<String> refused() {
        return List.copyOf(refused);
    }

    @Override
    public void close() {
        running.set(false);
        for (Thread thread : threads) {
            try {
                thread.join(30_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
