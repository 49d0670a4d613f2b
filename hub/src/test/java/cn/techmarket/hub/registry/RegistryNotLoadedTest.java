package cn.techmarket.hub.registry;

import cn.techmarket.hub.support.HubSecurity;
import cn.techmarket.hub.support.RegistryBootstrap;
import cn.techmarket.hub.support.TenantNodeProcesses;
import cn.techmarket.infra.SharedTestServers;
import cn.techmarket.infra.mongodb.EmbeddedMongo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import cn.techmarket.hub.support.HubIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A hub whose database does not answer when it starts: it refuses every GraphQL request with a
 * retryable 503 UNAVAILABLE and reports itself not ready, rather than answering that there are no
 * sub-markets; once the database answers it loads its registry and serves.
 */
@HubIntegrationTest(properties = {
        "market.hub.registry.probe-interval=300ms", "market.hub.search.sync-interval=1h"})
class RegistryNotLoadedTest {

    static final int MONGO_PORT = freePort();
    static EmbeddedMongo mongo;

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        HubSecurity.configure(registry);
        registry.add("spring.mongodb.uri", () -> "mongodb://127.0.0.1:" + MONGO_PORT + "/?serverSelectionTimeoutMS=300&connectTimeoutMS=300");
        registry.add("spring.mongodb.database", () -> "not_loaded_hub");
        registry.add("spring.elasticsearch.uris", () -> SharedTestServers.elasticsearch().uri());
        RegistryBootstrap.of(registry).city("changchun", TenantNodeProcesses.deadEndpoint("changchun"));
    }

    @AfterAll
    static void stopMongo() {
        if (mongo != null) {
            mongo.close();
        }
    }

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void untilItsRegistryIsLoadedTheHubRefusesRatherThanAnswersEmpty(@TempDir Path data) throws Exception {
        HttpResponse<String> early = graphql("{ tenants { id } }", null);
        HttpResponse<String> write = graphql("mutation { setTenantStatus(id: \"changchun\", status: SUSPENDED) { id } }",
                HubSecurity.token("platform-admin"));

        assertThat(early.statusCode()).isEqualTo(503);
        assertThat(early.headers().firstValue("Retry-After")).isPresent();
        assertThat(early.body()).contains("UNAVAILABLE", "registry").doesNotContain("\"tenants\"");
        assertThat(write.statusCode()).isEqualTo(503);
        assertThat(write.body()).doesNotContain("no such sub-market");
        assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(503);

        mongo = EmbeddedMongo.inFile(Files.createDirectories(data).resolve("hub.mv.db"), MONGO_PORT);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> graphql("{ tenants { id } }", null).statusCode() == 200);

        assertThat(graphql("{ tenants { id } }", null).body()).contains("\"id\":\"changchun\"");
        assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> graphql(String query, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"query\": \"" + query.replace("\"", "\\\"") + "\"}"));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
