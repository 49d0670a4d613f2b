package cn.techmarket.hub.graphql;

import cn.techmarket.hub.support.HubSecurity;
import cn.techmarket.hub.support.HubServers;
import org.junit.jupiter.api.Test;
import cn.techmarket.hub.support.HubIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hub, the public entry point, applies the same limits as the tenant nodes (shared from the
 * graphql module): body size, requests per client, and no introspection in production.
 */
@HubIntegrationTest(properties = {
        "market.graphql.max-request-size=8KB", "market.graphql.rate-limit.requests-per-second=15",
        "market.hub.registry.probe-interval=1h", "market.hub.search.sync-interval=1h"})
@ActiveProfiles("prod")
class HubRequestLimitsTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        HubServers.configure(registry, "limits_hub");
    }

    @LocalServerPort
    int port;

    @Test
    void anOversizedBodyIsRefusedBeforeAnythingParsesIt() throws Exception {
        HttpResponse<String> response = post("{\"query\": \"{ tenants { id } }\", \"padding\": \"" + "x".repeat(10_000) + "\"}", null);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("REQUEST_TOO_LARGE").doesNotContain("Exception");
    }

    @Test
    void aClientOverItsRateWaitsWhileAnotherIsServed() throws Exception {
        String staff = HubSecurity.token("province-staff");
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            statuses.add(post("{\"query\": \"{ tenants { id } }\"}", staff).statusCode());
        }

        assertThat(statuses).contains(200, 429);
        assertThat(post("{\"query\": \"{ tenants { id } }\"}", HubSecurity.token("platform-admin")).statusCode()).isEqualTo(200);
    }

    @Test
    void anAnonymousCallerCannotEscapeItsBudgetByNamingAnotherClientInAForwardedHeader() throws Exception {
        List<Integer> statuses = new ArrayList<>();
        // each request names a client of its own; until refused (on a busy machine a second may pass before the budget is spent)
        for (int i = 0; i < 500 && !statuses.contains(429); i++) {
            statuses.add(AnonymousRequests.forwardedFor(port, "203.0.113." + i % 250).statusCode());
        }

        assertThat(statuses).as("this address is no trusted proxy: the 'clients' it names share its budget").contains(429);
        // the other tests here ask anonymously too, from this address: its budget back first
        org.awaitility.Awaitility.await().pollInterval(java.time.Duration.ofMillis(500)).atMost(java.time.Duration.ofSeconds(5))
                .until(() -> AnonymousRequests.forwardedFor(port, "203.0.113.1").statusCode() == 200);
    }

    @Test
    void chainedFragmentsAreRefusedByCountBeforeValidationCanBeMadeSlow() throws Exception {
        StringBuilder chain = new StringBuilder("{ tenants { ...F0 } }");
        // 150 chained spreads fit this test's 8 KB body limit; the corpus sends chains up to 1,400 long
        for (int i = 0; i < 150; i++) {
            chain.append(" fragment F").append(i).append(" on Tenant { id").append(i + 1 < 150 ? " ...F" + (i + 1) : "").append(" }");
        }
        String body = post("{\"query\": \"" + chain + "\"}", null).body();

        assertThat(body).contains("QUERY_TOO_LARGE", "fragment spreads", "BAD_REQUEST").doesNotContain("\"data\":{");
    }

    @Test
    void aLiteralOfTheWrongShapeIsNamedByItsPathLikeAVariableIs() throws Exception {
        String body = post("{\"query\": \"{ search(text: \\\"x\\\", filter: {publishedFrom: \\\"yesterday\\\"}) { total } }\"}", null).body();

        assertThat(body).contains("\"field\":\"filter.publishedFrom\"", "\"code\":\"INVALID_INPUT\"");
    }

    @Test
    void aMutationSentWithGetIsRefusedWithAnExplanation() throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/graphql?query=" + java.net.URLEncoder.encode("mutation { setTenantStatus(id: \"x\", status: ACTIVE) { id } }",
                java.nio.charset.StandardCharsets.UTF_8))).header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.body()).contains("errors", "POST");
    }

    @Test
    void introspectionIsOffInProduction() throws Exception {
        assertThat(post("{\"query\": \"{ __schema { types { name } } }\"}", null).body()).doesNotContain("SearchResults").contains("errors");
    }


    private HttpResponse<String> post(String body, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
