package cn.techmarket.hub.reliability;

import cn.techmarket.hub.support.HubSecurity;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.client.HttpSyncGraphQlClient;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

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

    private final Map<String, Acked> acked = new ConcurrentHashMap<>();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicInteger writes = new AtomicInteger();
    private final AtomicInteger failures = new AtomicInteger();
    private final List<Thread> threads = new ArrayList<>();

    AcknowledgedWrites(FaultProvince province) {
        for (String city : FaultProvince.CITIES) {
            Thread thread = new Thread(() -> write(city, HubSecurity.client(province.tenantUrl(city), city + "-operator")), "writer-" + city);
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
            Map<String, Object> created = call(operator, "mutation($t: String!) { createAchievement(input: {title: $t, summary: \"故障注入期间写入。\","
                    + " industry: CARBON_FIBER, maturity: PILOT, ownerInstitution: \"吉林大学\", transferModes: [LICENSE]}) { id version lifecycle title } }",
                    Map.of("t", title), "createAchievement");
            if (created == null) {
                pause(200);
                continue;
            }
            String id = (String) created.get("id");
            record(city, created);
            Map<String, Object> published = call(operator, "mutation($id: ID!) { publish(id: $id, expectedVersion: 1) { id version lifecycle title } }",
                    Map.of("id", id), "publish");
            if (published == null) {
                continue;
            }
            record(city, published);
            if (n % 3 == 0) {
                Map<String, Object> edited = call(operator, "mutation($id: ID!, $t: String!) { updateAchievement(id: $id, expectedVersion: 2, input: {title: $t,"
                        + " summary: \"故障注入期间修改。\", industry: CARBON_FIBER, maturity: INDUSTRIAL, ownerInstitution: \"吉林大学\", transferModes: [LICENSE]})"
                        + " { id version lifecycle title } }", Map.of("id", id, "t", title + " 修订"), "updateAchievement");
                if (edited != null) {
                    record(city, edited);
                }
            } else if (n % 5 == 0) {
                Map<String, Object> withdrawn = call(operator, "mutation($id: ID!) { withdraw(id: $id, expectedVersion: 2) { id version lifecycle title } }",
                        Map.of("id", id), "withdraw");
                if (withdrawn != null) {
                    record(city, withdrawn);
                }
            }
            pause(30);
        }
    }

    private Map<String, Object> call(HttpSyncGraphQlClient operator, String document, Map<String, Object> variables, String field) {
        writes.incrementAndGet();
        try {
            ClientGraphQlResponse response = operator.document(document).variables(variables).executeSync();
            if (response.getErrors().isEmpty()) {
                return response.field(field).getValue();
            }
        } catch (RuntimeException e) {
            // the node is down or cut: not acknowledged
        }
        failures.incrementAndGet();
        return null;
    }

    private void record(String city, Map<String, Object> record) {
        String id = (String) record.get("id");
        acked.put(id, new Acked(city, id, ((Number) record.get("version")).intValue(), (String) record.get("lifecycle"), (String) record.get("title")));
    }

    List<Acked> acknowledged() {
        return List.copyOf(acked.values());
    }

    int attempted() {
        return writes.get();
    }

    int failed() {
        return failures.get();
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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
