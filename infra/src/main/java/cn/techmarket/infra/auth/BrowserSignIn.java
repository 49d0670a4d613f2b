package cn.techmarket.infra.auth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a person's browser does at the authorization server, over plain HTTP: sign up on its
 * sign-up page, and sign in with the authorization code flow and PKCE as the web client
 * ({@code market-web}) does, ending with the person's access token. For tests and demos of the
 * member roles, which have no client credentials of their own in a real realm.
 */
public final class BrowserSignIn {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*name=\"_csrf\"");
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final String issuer;
    private final HttpClient browser;
    private String lastPage = "";

    private BrowserSignIn(String issuer) {
        this.issuer = issuer;
        this.browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(TIMEOUT).build();
    }

    /** A fresh browser (no cookies) at the authorization server. */
    public static BrowserSignIn at(String issuer) {
        return new BrowserSignIn(issuer);
    }

    /**
     * Makes the account on the sign-up page.
     *
     * @return the page's status: 303 when made, 400 with the problems on the page, 429 when the address has signed up too often
     */
    public int signUp(String username, String password) {
        String csrf = csrf(get(issuer + "/signup").body());
        HttpResponse<String> page = post(issuer + "/signup", Map.of("username", username, "password", password, "confirm", password, "_csrf", csrf));
        lastPage = page.body();
        return page.statusCode();
    }

    /** The body of the last sign-up answer: the form again, with what was wrong. */
    public String lastPage() {
        return lastPage;
    }

    /** Signs in and returns the access token the web client gets for the person. */
    public String accessToken(String username, String password, String redirectUri, List<String> scopes) {
        String verifier = verifier();
        String authorize = issuer + "/oauth2/authorize?" + form(Map.of("response_type", "code", "client_id", "market-web",
                "redirect_uri", redirectUri, "scope", String.join(" ", scopes), "state", "s", "code_challenge", challenge(verifier),
                "code_challenge_method", "S256"));
        HttpResponse<String> toLogin = get(authorize);
        expectRedirect(toLogin, "/login");
        String csrf = csrf(get(issuer + "/login").body());
        HttpResponse<String> signedIn = post(issuer + "/login", Map.of("username", username, "password", password, "_csrf", csrf));
        String back = expectRedirect(signedIn, "/oauth2/authorize");
        String withCode = expectRedirect(get(back.startsWith("http") ? back : issuer + back), redirectUri);
        String code = query(URI.create(withCode)).get("code");
        if (code == null) {
            throw new IllegalStateException("no code in " + withCode);
        }
        HttpResponse<String> token = post(issuer + "/oauth2/token", Map.of("grant_type", "authorization_code", "code", code,
                "redirect_uri", redirectUri, "client_id", "market-web", "code_verifier", verifier));
        Matcher access = ACCESS_TOKEN.matcher(token.body());
        if (token.statusCode() != 200 || !access.find()) {
            throw new IllegalStateException("no token for " + username + ": HTTP " + token.statusCode() + " " + token.body());
        }
        return access.group(1);
    }

    private static String expectRedirect(HttpResponse<String> response, String to) {
        String location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() / 100 != 3 || !location.contains(to)) {
            throw new IllegalStateException("expected a redirect to " + to + ", got HTTP " + response.statusCode() + " to '" + location + "'");
        }
        return location;
    }

    private HttpResponse<String> get(String uri) {
        // as a browser: asked for a page, the server sends a sign-in page rather than a 401
        return send(HttpRequest.newBuilder(URI.create(uri)).timeout(TIMEOUT).header("Accept", "text/html").GET().build());
    }

    private HttpResponse<String> post(String uri, Map<String, String> fields) {
        return send(HttpRequest.newBuilder(URI.create(uri)).timeout(TIMEOUT).header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(fields))).build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return browser.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String csrf(String page) {
        Matcher matcher = CSRF.matcher(page);
        if (!matcher.find()) {
            throw new IllegalStateException("no CSRF token on the page");
        }
        return matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : String.valueOf(uri.getRawQuery()).split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                values.put(pair.substring(0, eq), java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return values;
    }

    private static String verifier() {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    private static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
