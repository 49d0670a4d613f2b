package cn.techmarket.hub.support;

import cn.techmarket.infra.SharedTestServers;
import cn.techmarket.infra.auth.AuthorizationServer;
import cn.techmarket.infra.auth.BrowserSignIn;
import cn.techmarket.model.access.MarketRole;
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
        registry.add("market.hub.web.issuer", () -> auth().issuer());
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
        return withToken(endpoint, demoClient == null ? null : token(demoClient));
    }

    /** A GraphQL client calling with the access token, e.g. a person's from {@link #signUpAndSignIn}. */
    public static HttpSyncGraphQlClient withToken(String endpoint, String accessToken) {
        // HTTP/1.1, as the servers speak it: a client that first tries an upgrade to HTTP/2 holds requests sent at once behind the first
        RestClient.Builder rest = RestClient.builder().baseUrl(endpoint).requestFactory(new org.springframework.http.client.JdkClientHttpRequestFactory(
                java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build()));
        if (accessToken != null) {
            rest.defaultHeader("Authorization", "Bearer " + accessToken);
        }
        return HttpSyncGraphQlClient.create(rest.build());
    }

    /** A new person's account, made on the sign-up page, and their token from signing in as the web client does. */
    public static String signUpAndSignIn(String username, String password) {
        int status = BrowserSignIn.at(auth().issuer()).signUp(username, password);
        if (status != 303) {
            throw new IllegalStateException("sign-up of " + username + " answered " + status);
        }
        return BrowserSignIn.at(auth().issuer()).accessToken(username, password, SharedTestServers.WEB_REDIRECT,
                List.of("openid", MarketRole.MEMBER.scope()));
    }
}
