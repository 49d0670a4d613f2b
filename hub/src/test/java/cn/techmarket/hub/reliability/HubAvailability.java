package cn.techmarket.hub.reliability;

import cn.techmarket.hub.support.HubSecurity;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.client.HttpSyncGraphQlClient;
import org.springframework.web.client.RestClient;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static cn.techmarket.hub.reliability.Pause.pause;
import static org.awaitility.Awaitility.await;

/**
 * Asks the hub about every city four times a second while faults run, and counts each answer
 * that failed for a city the harness holds to be up while the hub itself is up. The harness says
 * what is down; a city counts as up again once the hub has answered for it after the fault healed
 * and closed its circuit.
 */
final class HubAvailability implements AutoCloseable {

    private final HttpSyncGraphQlClient hub;
    private final RestClient actuator;
    private final Set<String> down = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean hubDown = new AtomicBoolean();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicInteger probes = new AtomicInteger();
    private final List<String> unavailable = new CopyOnWriteArrayList<>();
    private final Thread thread;

    HubAvailability(FaultProvince province) {
        this.hub = HubSecurity.client(province.hubUrl(), "province-staff");
        this.actuator = RestClient.create(province.hubUrl().replace("/graphql", ""));
        thread = new Thread(this::probe, "hub-availability");
        thread.setDaemon(true);
        thread.start();
    }

    void down(String city) {
        down.add(city);
    }

    void hubDown(boolean isDown) {
        hubDown.set(isDown);
    }

    /**
     * Marks the city up once the hub answers for it and its circuit is closed again; returns how
     * long that took. Until the circuit closes, the hub is still trying the city with a few calls
     * (half-open) and turns away the rest, as it should after a failure.
     */
    long up(String city, long withinMillis) {
        long start = System.currentTimeMillis();
        await("the hub answering for " + city + " with its circuit closed, after it healed")
                .atMost(Duration.ofMillis(withinMillis)).pollInterval(Duration.ofMillis(200))
                .until(() -> answers(city) && "CLOSED".equals(circuitState(city)));
        down.remove(city);
        return System.currentTimeMillis() - start;
    }

    @SuppressWarnings("unchecked")
    private String circuitState(String city) {
        try {
            Map<String, Object> health = actuator.get().uri("/actuator/health/tenantCircuits").retrieve().body(Map.class);
            Map<String, Object> circuit = (Map<String, Object>) ((Map<String, Object>) health.get("details")).get(city);
            // no circuit yet: the hub has not called the city since it started
            return circuit == null ? "CLOSED" : (String) circuit.get("state");
        } catch (RuntimeException e) {
            return e.toString();
        }
    }

    private void probe() {
        while (running.get()) {
            for (String city : FaultProvince.CITIES) {
                if (hubDown.get() || down.contains(city)) {
                    continue;
                }
                probes.incrementAndGet();
                String failure = failure(city);
                if (failure != null && !hubDown.get() && !down.contains(city)) {
                    unavailable.add(Instant.now() + " " + city + ": " + failure);
                }
            }
            pause(250);
        }
    }

    private boolean answers(String city) {
        return failure(city) == null;
    }

    /** Why the hub did not answer for the city; null when it did. */
    private String failure(String city) {
        try {
            ClientGraphQlResponse response = hub.document("query($id: ID!) { tenant(id: $id) { libraryCounts { kind count } } }")
                    .variables(Map.of("id", city)).executeSync();
            if (!response.getErrors().isEmpty()) {
                return response.getErrors().get(0).getMessage() + " " + response.getErrors().get(0).getExtensions();
            }
            return response.field("tenant.libraryCounts").getValue() == null ? "no counts" : null;
        } catch (RuntimeException e) {
            return e.toString();
        }
    }

    int probes() {
        return probes.get();
    }

    List<String> unavailable() {
        return List.copyOf(unavailable);
    }

    @Override
    public void close() {
        running.set(false);
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
