package cn.techmarket.tenant.security;

import cn.techmarket.infra.SharedTestServers;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The production profile's limits on what one request may ask: depth, complexity, body size,
 * requests per second per client, and no introspection. Depth and body size are set low here so
 * that a real query can cross them. Each refusal is a GraphQL error body
 * without internals, and the server stays up for the next caller.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "market.node.tenants[0].id=changchun",
        "market.node.tenants[0].database=limits_changchun",
        "market.graphql.max-request-size=16KB",
        "market.graphql.max-depth=4",
        "market.graphql.rate-limit.requests-per-second=20"})
@ActiveProfiles("prod")
class RequestLimitsTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> SharedTestServers.mongodb().uri());
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> SharedTestServers.authorizationServer().issuer());
        registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri",
                () -> SharedTestServers.authorizationServer().issuer() + "/oauth2/jwks");
    }

    @LocalServerPort
    int port;

    @Test
    void aQueryDeeperThanTheLimitIsRefused() throws Exception {
        String deep = "{ achievements { edges { node { patents { number } } } } }";
        String shallow = "{ achievements { edges { node { id } } } }";

        assertThat(post(json(deep), null).body()).contains("maximum query depth exceeded").doesNotContain("Exception", "\"data\":{");
        assertThat(post(json(shallow), null).body()).doesNotContain("errors");
    }

    @Test
    void aQueryAskingForTooMuchIsRefusedBeforeAnythingRuns() throws Exception {
        StringBuilder pages = new StringBuilder("{ ");
        for (int i = 0; i < 40; i++) {
            pages.append("p").append(i).append(": achievements(first: 100) { edges { node { id title summary keywords } } } ");
        }
        HttpResponse<String> response = post(json(pages.append("}").toString()), null);

        assertThat(response.body()).contains("maximum query complexity exceeded").doesNotContain("\"data\":{");
        assertThat(post(json("{ achievements(first: 100) { edges { node { id title } } } }"), null).body())
                .doesNotContain("complexity");
    }

    @Test
    void chainedFragmentsAreRefusedByCountBeforeValidationCanBeMadeSlow() throws Exception {
        StringBuilder chain = new StringBuilder("{ tenant { ...F0 } }");
        // 300 chained spreads (11 KB, under this test's body limit): graphql-java alone validates such a chain in seconds
        for (int i = 0; i < 300; i++) {
            chain.append(" fragment F").append(i).append(" on Tenant { id").append(i + 1 < 300 ? " ...F" + (i + 1) : "").append(" }");
        }
        HttpResponse<String> response = post(json(chain.toString()), null);

        assertThat(response.statusCode()).isLessThan(500);
        assertThat(response.body()).contains("QUERY_TOO_LARGE", "fragment spreads").doesNotContain("\"data\":{", "INTERNAL_ERROR");
        assertThat(post(json("{ tenant { ...A } } fragment A on Tenant { id ...B } fragment B on Tenant { name }"), null).body())
                .as("a few fragments are fine").doesNotContain("errors");
    }

    @Test
    void aPageLargerThanAnyFieldServesIsRefusedNamingFirstNotAsTooComplex() throws Exception {
        String body = post(json("{ achievements(first: 100000) { edges { node { id } } } }"), null).body();

        assertThat(body).contains("\"field\":\"first\"").doesNotContain("complexity");
    }

    @Test
    void anOversizedBodyIsRefusedWith413WhetherItsLengthIsDeclaredOrNot() throws Exception {
        String huge = json("{ tenant { id } }").replace("}\"}", "}\", \"padding\": \"" + "长".repeat(20_000) + "\"}");

        HttpResponse<String> declared = post(huge, null);
        HttpResponse<String> chunked = HTTP.send(request(null)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge.getBytes(StandardCharsets.UTF_8))))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(declared.statusCode()).isEqualTo(413);
        assertThat(declared.body()).contains("REQUEST_TOO_LARGE");
        assertThat(chunked.statusCode()).isEqualTo(413);
        assertThat(post(json("{ tenant { id } }"), null).statusCode()).isEqualTo(200);
    }

    @Test
    void aClientOverItsRateIsToldToWaitWhileOthersAreServed() throws Exception {
        String token = SharedTestServers.authorizationServer().token("province-staff");
        List<Integer> statuses = new ArrayList<>();
        HttpResponse<String> limited = null;
        // until refused: on a busy machine a second may pass before the budget is spent
        for (int i = 0; i < 500 && limited == null; i++) {
            HttpResponse<String> answer = post(json("{ tenant { id } }"), token);
            statuses.add(answer.statusCode());
            limited = answer.statusCode() == 429 ? answer : null;
        }

        assertThat(statuses).contains(200, 429);
        assertThat(limited.headers().firstValue("Retry-After")).isPresent();
        assertThat(post(json("{ tenant { id } }"), SharedTestServers.authorizationServer().token("changchun-operator")).statusCode())
                .as("another client has its own budget").isEqualTo(200);
    }

    @Test
    void aCallerThatWillNotWaitIsNotWorkedFor() throws Exception {
        String query = json("{ achievements(first: 5) { edges { cursor } } libraryCounts { count } }");
        HttpResponse<String> spent = HTTP.send(request(null).header("X-Time-Budget-Ms", "0")
                .POST(HttpRequest.BodyPublishers.ofString(query)).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> ample = HTTP.send(request(null).header("X-Time-Budget-Ms", "5000")
                .POST(HttpRequest.BodyPublishers.ofString(query)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(spent.body()).contains("REQUEST_BUDGET_EXCEEDED", "0 ms").doesNotContain("\"cursor\"");
        assertThat(ample.body()).doesNotContain("errors").contains("\"libraryCounts\":[{");
    }

    @Test
    void introspectionIsOffInProduction() throws Exception {
        String body = post(json("{ __schema { types { name } } }"), null).body();

        assertThat(body).doesNotContain("AchievementInput").contains("errors");
    }

    private static String json(String query) {
        return "{\"query\": \"" + query.replace("\"", "\\\"") + "\"}";
    }

    private HttpRequest.Builder request(String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/tenants/changchun/graphql"))
                .header("Content-Type", "application/json");
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private HttpResponse<String> post(String body, String token) throws Exception {
        return HTTP.send(request(token).POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
