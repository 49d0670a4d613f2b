package cn.techmarket.tenant.idempotency;

import cn.techmarket.tenant.support.TenantNodeTest;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;

/** A mutation sent with an Idempotency-Key can be retried: it is done once, and the retry gets the first answer. */
class IdempotencyTest extends TenantNodeTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String CREATE = "mutation($input: AchievementInput!) { createAchievement(input: $input) { id version title } }";

    private final HttpClient http = HttpClient.newHttpClient();

    private static Map<String, Object> input(String title) {
        return Map.of("title", title, "summary", "幂等性测试。", "industry", "CARBON_FIBER", "maturity", "PILOT",
                "ownerInstitution", "吉林大学", "transferModes", List.of("LICENSE"));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> send(String key, String document, Map<String, Object> variables) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(endpointUrl("changchun")))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token("changchun-operator"))
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("query", document, "variables", variables))));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return JSON.readValue(http.send(request.build(), HttpResponse.BodyHandlers.ofString()).body(), Map.class);
    }

    @SuppressWarnings("unchecked")
    private static String createdId(Map<String, Object> response) {
        return (String) ((Map<String, Object>) ((Map<String, Object>) response.get("data")).get("createAchievement")).get("id");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> onlyErrorExtensions(Map<String, Object> response) {
        List<Map<String, Object>> errors = (List<Map<String, Object>>) response.get("errors");
        assertThat(errors).hasSize(1);
        return (Map<String, Object>) errors.get(0).get("extensions");
    }

    private long stored(String title) {
        return tenant("changchun").mongo().count(new Query(where("title").is(title)), "achievements");
    }

    private Document keyDocument(String key) {
        return tenant("changchun").mongo().findAll(Document.class, IdempotencyKeys.COLLECTION).stream()
                .filter(doc -> doc.getString("_id").endsWith("\n" + key)).findFirst().orElseThrow();
    }

    @Test
    void theSameKeyWithTheSameRequestGetsTheFirstAnswerAndCreatesOnce() throws Exception {
        String key = UUID.randomUUID().toString();
        Map<String, Object> first = send(key, CREATE, Map.of("input", input("幂等创建的成果")));
        Map<String, Object> retry = send(key, CREATE, Map.of("input", input("幂等创建的成果")));

        assertThat(createdId(retry)).isEqualTo(createdId(first));
        assertThat(retry.get("data")).isEqualTo(first.get("data"));
        assertThat(retry).extractingByKey("extensions").asString().contains("replayed=true");
        assertThat(stored("幂等创建的成果")).isEqualTo(1);
    }

    @Test
    void theSameKeyWithAnotherRequestIsRefusedAndChangesNothing() throws Exception {
        String key = UUID.randomUUID().toString();
        send(key, CREATE, Map.of("input", input("先用此键创建的成果")));

        Map<String, Object> reused = send(key, CREATE, Map.of("input", input("换了内容却用同一个键")));

        assertThat(onlyErrorExtensions(reused)).containsEntry("field", "Idempotency-Key").containsEntry("code", "IDEMPOTENCY_KEY_REUSED");
        assertThat(stored("换了内容却用同一个键")).isZero();
    }

    @Test
    void aRefusalIsAnAnswerTooAndIsGivenAgain() throws Exception {
        String key = UUID.randomUUID().toString();
        Map<String, Object> bad = Map.of("input", input(""));
        Map<String, Object> first = send(key, CREATE, bad);
        Map<String, Object> retry = send(key, CREATE, bad);

        assertThat(onlyErrorExtensions(first)).containsEntry("field", "input.title");
        assertThat(retry.get("errors")).isEqualTo(first.get("errors"));
    }

    @Test
    void whileTheFirstAttemptRunsARetryIsToldToWaitAndAfterItsNodeDiedTheRetryFindsWhatItCreated() throws Exception {
        String key = UUID.randomUUID().toString();
        String id = createdId(send(key, CREATE, Map.of("input", input("节点中途停止时创建的成果"))));
        // as if the node had committed the record and died before it stored the answer
        Query ofKey = new Query(where("_id").is(keyDocument(key).getString("_id")));
        tenant("changchun").mongo().updateFirst(ofKey, new Update().set("state", "RUNNING").unset("response")
                .set("startedAt", Date.from(Instant.now())), IdempotencyKeys.COLLECTION);

        Map<String, Object> meanwhile = send(key, CREATE, Map.of("input", input("节点中途停止时创建的成果")));
        assertThat(onlyErrorExtensions(meanwhile)).containsEntry("code", "IDEMPOTENCY_KEY_IN_USE");

        tenant("changchun").mongo().updateFirst(ofKey, new Update().set("startedAt", Date.from(Instant.now().minusSeconds(60))),
                IdempotencyKeys.COLLECTION);
        Map<String, Object> retry = send(key, CREATE, Map.of("input", input("节点中途停止时创建的成果")));

        assertThat(createdId(retry)).as("run again, it found the record its first run created").isEqualTo(id);
        assertThat(stored("节点中途停止时创建的成果")).isEqualTo(1);
        assertThat(keyDocument(key).getString("state")).isEqualTo("DONE");
    }

    @Test
    void aKeyThatCannotBeOneIsRefusedByName() throws Exception {
        Map<String, Object> refused = send("short", CREATE, Map.of("input", input("键不合格的成果")));

        assertThat(onlyErrorExtensions(refused)).containsEntry("field", "Idempotency-Key").containsEntry("code", "INVALID_INPUT");
        assertThat(stored("键不合格的成果")).isZero();
    }

    @Test
    void withoutAKeyEachRequestIsItsOwnAndQueriesKeepNoKeys() throws Exception {
        send(null, CREATE, Map.of("input", input("无键创建两次的成果")));
        send(null, CREATE, Map.of("input", input("无键创建两次的成果")));
        String key = UUID.randomUUID().toString();
        send(key, "{ libraryCounts { count } }", Map.of());

        assertThat(stored("无键创建两次的成果")).isEqualTo(2);
        assertThat(tenant("changchun").mongo().findAll(Document.class, IdempotencyKeys.COLLECTION))
                .noneMatch(doc -> doc.getString("_id").endsWith("\n" + key));
    }
}
