package cn.techmarket.auth;

import cn.techmarket.model.access.MarketClaims;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "market.auth.demo.enabled=true",
        "spring.security.oauth2.authorizationserver.issuer=http://127.0.0.1:9000",
        "market.auth.web-redirect-uris=http://127.0.0.1:8080/graphiql"})
class AuthorizationServerTest {

    private static final String WEB_REDIRECT = "http://127.0.0.1:8080/graphiql";

    @LocalServerPort
    int port;

    private String base() {
        return "http://127.0.0.1:" + port;
    }

    @Test
    void theBrowserClientsOriginsMayExchangeCodesFromTheBrowserAndNoOtherMay() throws Exception {
        // a loopback redirect may use any port (RFC 8252), so its origin may too
        assertThat(allowedOrigin("http://127.0.0.1:54321")).isEqualTo("http://127.0.0.1:54321");
        assertThat(allowedOrigin("http://127.0.0.1:8080")).isEqualTo("http://127.0.0.1:8080");
        assertThat(allowedOrigin("https://evil.example")).as("another site").isNull();
        assertThat(allowedOrigin("http://localhost.evil.example:8080")).isNull();
    }

    /** The origin a CORS preflight for the token endpoint is allowed, or null when refused. */
    private String allowedOrigin(String origin) throws Exception {
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(java.net.URI.create(base() + "/oauth2/token"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", origin)
                .header("Access-Control-Request-Method", "POST").build(), java.net.http.HttpResponse.BodyHandlers.discarding());
        return response.headers().firstValue("Access-Control-Allow-Origin").orElse(null);
    }

    @Test
    void aCityOperatorClientGetsATokenBoundToItsCityForThePlatformAudience() throws Exception {
        SignedJWT token = SignedJWT.parse(clientToken("changchun-operator", "demo-secret"));

        assertThat(token.verify(new RSASSAVerifier(signingKey()))).isTrue();
        assertThat(token.getJWTClaimsSet().getIssuer()).isEqualTo("http://127.0.0.1:9000");
        assertThat(token.getJWTClaimsSet().getAudience()).containsExactly(MarketClaims.AUDIENCE);
        assertThat(token.getJWTClaimsSet().getStringClaim(MarketClaims.TENANT)).isEqualTo("changchun");
        assertThat(token.getJWTClaimsSet().getStringListClaim("scope")).containsExactly("market.operate");
        assertThat(token.getJWTClaimsSet().getSubject()).isEqualTo("changchun-operator");
    }

    @Test
    void theSyncServiceAndProvinceStaffCarryTheirRoleAndNoTenant() throws Exception {
        SignedJWT sync = SignedJWT.parse(clientToken("hub-sync", "demo-secret"));
        SignedJWT staff = SignedJWT.parse(clientToken("province-staff", "demo-secret"));

        assertThat(sync.getJWTClaimsSet().getStringListClaim("scope")).containsExactly("market.sync");
        assertThat(sync.getJWTClaimsSet().getClaim(MarketClaims.TENANT)).isNull();
        assertThat(staff.getJWTClaimsSet().getStringListClaim("scope")).containsExactly("market.province");
    }

    @Test
    void aWrongSecretGetsNoToken() {
        assertThatThrownBy(() -> clientToken("changchun-operator", "guess"))
                .isInstanceOf(HttpClientErrorException.Unauthorized.class);
    }

    @Test
    void aClientCannotAskForAnotherRolesScope() {
        assertThatThrownBy(() -> RestClient.create(base()).post().uri("/oauth2/token")
                .headers(h -> h.setBasicAuth("changchun-operator", "demo-secret"))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body("grant_type=client_credentials&scope=market.admin")
                .retrieve().body(Map.class))
                .isInstanceOf(HttpClientErrorException.BadRequest.class)
                .hasMessageContaining("invalid_scope");
    }

    @Test
    void aPersonLogsInThroughTheBrowserClientAndGetsTheScopeOfTheirRoleOnly() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        Map<?, ?> tokens = browserSignIn(browser, "jilin-operator");
        SignedJWT token = SignedJWT.parse((String) tokens.get("access_token"));

        assertThat(token.getJWTClaimsSet().getSubject()).isEqualTo("jilin-operator");
        assertThat(token.getJWTClaimsSet().getStringListClaim("scope")).containsExactly("market.operate");
        assertThat(token.getJWTClaimsSet().getStringClaim(MarketClaims.TENANT)).isEqualTo("jilin");
        assertThat(token.getJWTClaimsSet().getAudience()).containsExactly(MarketClaims.AUDIENCE);
    }

    @Test
    void signingOutAtThePortalEndsTheSessionHereAndReturnsOnlyToARegisteredPortal() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String idToken = (String) browserSignIn(browser, "province-staff").get("id_token");
        String logout = base() + "/connect/logout?id_token_hint=" + enc(idToken) + "&post_logout_redirect_uri=";

        HttpResponse<Void> elsewhere = browser.send(get(logout + enc("https://phishing.example.com")), HttpResponse.BodyHandlers.discarding());
        assertThat(elsewhere.statusCode()).as("an unregistered address").isEqualTo(400);
        assertThat(browser.send(get(authorizeUrl("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM")), HttpResponse.BodyHandlers.discarding()).headers().firstValue("Location").orElseThrow())
                .as("still signed in").contains("code=");

        // the portal on this machine, on whatever port it found free: as its sign-in redirect may
        HttpResponse<Void> out = browser.send(get(logout + enc("http://127.0.0.1:5173")), HttpResponse.BodyHandlers.discarding());
        assertThat(out.statusCode()).isEqualTo(302);
        assertThat(out.headers().firstValue("Location")).hasValue("http://127.0.0.1:5173");
        assertThat(browser.send(get(authorizeUrl("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM")), HttpResponse.BodyHandlers.discarding()).headers().firstValue("Location").orElseThrow())
                .as("signed out: the next sign-in asks again").endsWith("/login");
    }

    /** Signs a person in as the portal does (authorization code with PKCE, the sign-in form); answers the token response. */
    private Map<?, ?> browserSignIn(HttpClient browser, String username) throws Exception {
        String verifier = "k9sL2xq-" + "a".repeat(50);
        String challenge = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));

        assertThat(browser.send(get(authorizeUrl(challenge)), HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(302);
        String loginPage = browser.send(get(base() + "/login"), HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(loginPage);
        assertThat(csrf.find()).as("login form carries a CSRF token").isTrue();
        HttpResponse<Void> login = browser.send(HttpRequest.newBuilder(URI.create(base() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=demo-password&_csrf=" + enc(csrf.group(1))))
                .build(), HttpResponse.BodyHandlers.discarding());
        assertThat(login.statusCode()).isEqualTo(302);
        HttpResponse<Void> back = browser.send(get(login.headers().firstValue("Location").orElseThrow()), HttpResponse.BodyHandlers.discarding());
        String location = back.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith(WEB_REDIRECT + "?code=");
        String code = location.substring(location.indexOf("code=") + 5).split("&")[0];

        return RestClient.create(base()).post().uri("/oauth2/token")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body("grant_type=authorization_code&client_id=market-web&code=" + code + "&redirect_uri=" + enc(WEB_REDIRECT)
                        + "&code_verifier=" + verifier)
                .retrieve().body(Map.class);
    }

    private String authorizeUrl(String challenge) {
        return base() + "/oauth2/authorize?response_type=code&client_id=market-web&scope="
                + enc("openid market.operate market.province market.admin") + "&redirect_uri=" + enc(WEB_REDIRECT)
                + "&code_challenge=" + challenge + "&code_challenge_method=S256";
    }

    private String clientToken(String client, String secret) {
        Map<?, ?> response = RestClient.create(base()).post().uri("/oauth2/token")
                .headers(h -> h.setBasicAuth(client, secret))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body("grant_type=client_credentials")
                .retrieve().body(Map.class);
        return (String) response.get("access_token");
    }

    private RSAKey signingKey() throws Exception {
        String jwks = RestClient.create(base()).get().uri("/oauth2/jwks").header(HttpHeaders.ACCEPT, "application/json")
                .retrieve().body(String.class);
        List<com.nimbusds.jose.jwk.JWK> keys = JWKSet.parse(jwks).getKeys();
        return keys.get(0).toRSAKey();
    }

    private static HttpRequest get(String url) {
        return HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html").GET().build();
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
