package cn.techmarket.auth;

import cn.techmarket.auth.realm.RedirectAddresses;
import org.springframework.security.oauth2.server.authorization.oidc.authentication.OidcLogoutAuthenticationContext;
import org.springframework.security.oauth2.server.authorization.oidc.authentication.OidcLogoutAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.oidc.authentication.OidcLogoutAuthenticationValidator;

import java.net.URI;
import java.util.function.Consumer;

/**
 * Where RP-initiated logout may send the browser back (post_logout_redirect_uri): a registered
 * address, as Spring Authorization Server checks it, except that a loopback address matches a
 * registered loopback address on any port. A portal started on this machine (the demo, the browser
 * tests) listens where it can, as the sign-in's own loopback redirect already allows (RFC 8252 §7.3).
 */
final class LoopbackPostLogoutRedirects implements Consumer<OidcLogoutAuthenticationContext> {

    private final Consumer<OidcLogoutAuthenticationContext> registered = new OidcLogoutAuthenticationValidator();

    @Override
    public void accept(OidcLogoutAuthenticationContext context) {
        OidcLogoutAuthenticationToken logout = context.getAuthentication();
        String asked = logout.getPostLogoutRedirectUri();
        if (asked != null && loopback(asked) && context.getRegisteredClient().getPostLogoutRedirectUris().stream()
                .anyMatch(known -> loopback(known) && withoutPort(known).equals(withoutPort(asked)))) {
            return;
        }
        registered.accept(context);
    }

    private static boolean loopback(String uri) {
        URI parsed = URI.create(uri);
        return "http".equals(parsed.getScheme()) && RedirectAddresses.loopback(parsed);
    }

    private static String withoutPort(String uri) {
        URI parsed = URI.create(uri);
        return parsed.getScheme() + "://" + parsed.getHost() + (parsed.getRawPath() == null ? "" : parsed.getRawPath());
    }
}
