package cn.techmarket.hub.reliability;

import cn.techmarket.hub.support.HubSecurity;
import cn.techmarket.infra.SharedTestServers;
import com.mongodb.client.MongoClients;
import org.bson.Document;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static cn.techmarket.hub.reliability.Pause.pause;

/**
 * Writers that create achievements through the hub the way a careful client does: each create
 * with an idempotency key of its own, and every answer that leaves the outcome unclear (no answer,
 * the hub down or restarting, the city timed out or unreachable, the first attempt still running)
 * retried with the same key until a clear answer comes. Afterwards each city's store is read: a
 * title stored twice is a duplicate, an acknowledged create not stored (or stored under another id)
 * is lost.
 */
final class RetriedWrites implements AutoCloseable {

    static final int WRITERS_PER_CITY = 3;
    private static final String PREFIX = "幂等重试成果 ";
    private static final Set<String> UNCLEAR = Set.of("TIMEOUT", "UNAVAILABLE", "CIRCUIT_OPEN", "IDEMPOTENCY_KEY_IN_USE",
            "REQUEST_BUDGET_EXCEEDED");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A create that got a clear yes: the title it was sent with and the id it was answered with. */
    record Acked(String city, String title, String id) {
    }

    record Outcome(int acknowledged, int unclearAnswers, int gaveUp, List<String> duplicates, List<String> lost) {
    }

    private final FaultProvince province;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Map<String, Acked> acked = new ConcurrentHashMap<>();
    private final AtomicInteger unclear = new AtomicInteger();
    private final AtomicInteger gaveUp = new AtomicInteger();
    private final List<String> refused = new CopyOnWriteArrayList<>();
    private final List<Thread> threads = new ArrayList<>();

    RetriedWrites(FaultProvince province) {
        this.province = province;
        for (String city : FaultProvince.CITIES) {
            for (int writer = 1; writer <= WRITERS_PER_CITY; writer++) {
                int number = writer;
                Thread thread = new Thread(() -> write(city, number), "retrying-writer-" + city + "-" + number);
                thread.setDaemon(true);
                thread.start();
                threads.add(thread);
            }
        }
    }

    private void write(String city, int writer) {
        for (int n = 1; running.get(); n++) {
            String title = PREFIX + city + " " + writer + " " + n;
            String key = UUID.randomUUID().toString();
            boolean answered = false;
            // keep asking with the same key for up to two minutes: longer than any fault is held
            for (long until = System.currentTimeMillis() + 120_000; !answered && System.currentTimeMillis() < until; ) {
                answered = attempt(city, title, key);
                if (!answered) {
                    unclear.incrementAndGet();
                    pause(250);
                }
            }
            if (!answered) {
                gaveUp.incrementAndGet();
            }
            pause(50);
        }
    }

    /** One attempt; true when the answer was clear (acknowledged, or refused for a reason of the request's own). */
    @SuppressWarnings("unchecked")
    private boolean attempt(String city, String title, String key) {
        Map<String, Object> body;
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(province.hubUrl()))
                    .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json")
                    .header("Authorization", "Bearer " + HubSecurity.token(city + "-operator")).header("Idempotency-Key", key)
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of(
                            "query", "mutation($t: String!, $c: ID!) { createAchievement(tenantId: $c, input: {title: $t, summary: \"重试写入。\","
                                    + " industry: CARBON_FIBER, maturity: PILOT, ownerInstitution: \"吉林大学\", transferModes: [LICENSE]}) { id title } }",
                            "variables", Map.of("t", title, "c", city))))).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 500) {
                return false; // the hub is starting or failed: the write may or may not have happened
            }
            body = JSON.readValue(response.body(), Map.class);
        } catch (Exception noAnswer) {
            return false;
        }
        List<Map<String, Object>> errors = (List<Map<String, Object>>) body.getOrDefault("errors", List.of());
        for (Map<String, Object> error : errors) {
            Map<String, Object> extensions = (Map<String, Object>) error.getOrDefault("extensions", Map.of());
            if (UNCLEAR.contains(String.valueOf(extensions.get("reason"))) || UNCLEAR.contains(String.valueOf(extensions.get("code")))
                    || "UNAVAILABLE".equals(extensions.get("classification"))) {
                return false;
            }
        }
        Map<String, Object> data = (Map<String, Object>) body.get("data");
        Map<String, Object> created = data == null ? null : (Map<String, Object>) data.get("createAchievement");
        if (created == null) {
            refused.add(title + ": " + errors);
            return true;
        }
        acked.put(title, new Acked(city, title, (String) created.get("id")));
        return true;
    }

    /** Writes answered with a refusal: none are expected, every request is well formed. */
    List<String> refused() {
        return List.copyOf(refused);
    }

    /** Each city's store against what was acknowledged, by title. */
    Outcome reconcile() {
        Map<String, List<String>> storedIds = new HashMap<>();
        try (var mongo = MongoClients.create(SharedTestServers.mongodb().uri())) {
            for (String city : FaultProvince.CITIES) {
                mongo.getDatabase("faults_" + city + "_" + city).getCollection("achievements")
                        .find(new Document("title", new Document("$regex", "^" + PREFIX))).forEach(doc ->
                                storedIds.computeIfAbsent(doc.getString("title"), title -> new ArrayList<>()).add(String.valueOf(doc.get("_id"))));
            }
        }
        List<String> duplicates = storedIds.entrySet().stream().filter(entry -> entry.getValue().size() > 1)
                .map(entry -> entry.getKey() + " stored " + entry.getValue().size() + " times").toList();
        List<String> lost = new ArrayList<>();
        for (Acked write : acked.values()) {
            List<String> ids = storedIds.getOrDefault(write.title(), List.of());
            if (ids.stream().noneMatch(id -> decodedLocalId(write.id()).equals(id))) {
                lost.add(write.title() + " (" + write.id() + ") stored as " + ids);
            }
        }
        return new Outcome(acked.size(), unclear.get(), gaveUp.get(), duplicates, lost);
    }

    private static String decodedLocalId(String globalId) {
        return cn.techmarket.model.id.GlobalId.decode(globalId).localId();
    }

    @Override
    public void close() {
        running.set(false);
        for (Thread thread : threads) {
            try {
                thread.join(150_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
