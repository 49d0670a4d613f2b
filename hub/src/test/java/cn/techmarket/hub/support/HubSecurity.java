package cn.techmarket.hub.support;

import cn.techmarket.infra.SharedTestServers;
import cn.techmarket.infra.auth.AuthorizationServer;
import org.springframework.graphql.client.HttpSyncGraphQlClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.web.client.RestClient;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The real authorization server for hub tests: the hub and its tenant nodes trust it, the hub's
 * sync gets its token from it, and tests call as its demo clients.
 */
public final class HubSecurity {

    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    private HubSecurity() {
    }

    public static AuthorizationServer auth() {
        return SharedTestServers.authorizationServer();
    }

    /** The hub's resource-server and sync-client settings, for {@code @DynamicPropertySource}. */
    public static void configure(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> auth().issuer());
        registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", () -> auth().issuer() + "/oauth2/jwks");
        registry.add("spring.security.oauth2.client.provider.market.token-uri", () -> auth().issuer() + "/oauth2/token");
    }

    /** The same for a tenant node started as a process. */
    public static List<String> tenantNodeArguments() {
        return List.of("--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + auth().issuer(),
                "--spring.security.oauth2.resourceserver.jwt.jwk-set-uri=" + auth().issuer() + "/oauth2/jwks");
    }

    /** A token of a demo client, fetched once per test JVM. */
    public static String token(String client) {
        return TOKENS.computeIfAbsent(client, id -> auth().token(id));
    }

    /** A GraphQL client for the endpoint, calling as the demo client, or anonymously when it is null. */
    public static HttpSyncGraphQlClient client(String endpoint, String demoClient) {
        RestClient.Builder rest = RestClient.builder().baseUrl(endpoint);
        if (demoClient != null) {
            rest.defaultHeader("Authorization", "Bearer " + token(demoClient));
        }
        return HttpSyncGraphQlClient.create(rest.build());
    }
}
