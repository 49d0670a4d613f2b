package cn.techmarket.infra.auth;

import cn.techmarket.infra.process.ChildProcess;
import cn.techmarket.infra.process.JavaApp;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The platform's authorization server (the {@code auth-server} module) running as its own JVM,
 * with the demo realm: {@code <city>-operator}, {@code province-staff}, {@code platform-admin}
 * and {@code hub-sync}, each with the secret {@value #DEMO_SECRET}.
 *
 * @param issuer     the issuer URL, which is also where it listens
 * @param signingKey the RSA JWK file its tokens are signed with
 */
public record AuthorizationServer(ChildProcess process, String issuer, Path signingKey) implements AutoCloseable {

    public static final String DEMO_SECRET = "demo-secret";

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

    /**
     * Starts it from its executable jar on the port, keeping its signing key in the file (created
     * when missing, so that a restart keeps earlier tokens valid).
     */
    public static AuthorizationServer start(Path jar, int port, Path signingKey, List<String> webRedirectUris, Path logDir) {
        String issuer = "http://127.0.0.1:" + port;
        JavaApp app = new JavaApp("auth-server", jar, "192m", port, List.of(
                "--spring.security.oauth2.authorizationserver.issuer=" + issuer,
                "--market.auth.signing-key=" + signingKey.toAbsolutePath(),
                // the accounts people make at /signup, kept beside the key across restarts
                "--market.auth.accounts-file=" + signingKey.toAbsolutePath().resolveSibling("accounts.tsv"),
                "--market.auth.demo.enabled=true",
                "--market.auth.web-redirect-uris=" + String.join(",", webRedirectUris)), Map.of());
        return new AuthorizationServer(app.start(logDir), issuer, signingKey);
    }

    /** An access token for a demo client, by the client credentials grant. */
    public String token(String clientId) {
        return token(clientId, DEMO_SECRET);
    }

    public String token(String clientId, String secret) {
        String basic = Base64.getEncoder().encodeToString((enc(clientId) + ":" + enc(secret)).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(issuer + "/oauth2/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                .timeout(Duration.ofSeconds(10))
                .build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            Matcher token = ACCESS_TOKEN.matcher(response.body());
            if (response.statusCode() != 200 || !token.find()) {
                throw new IllegalStateException("no token for " + clientId + ": HTTP " + response.statusCode() + " " + response.body());
            }
            return token.group(1);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        process.stop(Duration.ofSeconds(10));
    }
}
