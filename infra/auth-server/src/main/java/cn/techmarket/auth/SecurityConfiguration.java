package cn.techmarket.auth;

import cn.techmarket.auth.realm.RealmProperties;
import cn.techmarket.auth.realm.RedirectAddresses;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.oauth2.server.authorization.oidc.authentication.OidcLogoutAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

import java.net.URI;
import java.util.List;

/**
 * The OAuth2 and OpenID Connect endpoints, a login form and a sign-up page for people, and open
 * liveness probes. The browser front end, served by the hub on another origin, reads the
 * discovery document and exchanges its code for a token from its own origin: those endpoints
 * answer the origins the browser client may be sent back to, and no other.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain security(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health/**", "/error", "/signup").permitAll()
                        .anyRequest().authenticated())
                .oauth2AuthorizationServer(server -> server.oidc(oidc -> oidc.logoutEndpoint(logout -> logout.authenticationProviders(providers -> providers.stream()
                        .filter(OidcLogoutAuthenticationProvider.class::isInstance).map(OidcLogoutAuthenticationProvider.class::cast)
                        .forEach(provider -> provider.setAuthenticationValidator(new LoopbackPostLogoutRedirects()))))))
                .cors(Customizer.withDefaults())
                .formLogin(Customizer.withDefaults());
        return http.build();
    }

    @Bean
    CorsConfigurationSource corsConfigurationSource(RealmProperties realm) {
        CorsConfiguration cors = new CorsConfiguration();
        cors.setAllowedOriginPatterns(realm.webRedirectUris().stream().map(URI::create).map(SecurityConfiguration::origin).distinct().toList());
        cors.setAllowedMethods(List.of("GET", "POST"));
        cors.setAllowedHeaders(List.of("*"));
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        for (String path : List.of("/.well-known/**", "/oauth2/token", "/oauth2/jwks", "/oauth2/revoke", "/userinfo")) {
            source.registerCorsConfiguration(path, cors);
        }
        return source;
    }

    /** A redirect URI's origin; on a loopback address any port, as the redirect itself may use any (RFC 8252). */
    private static String origin(URI redirect) {
        return RedirectAddresses.loopback(redirect) ? redirect.getScheme() + "://" + redirect.getHost() + ":[*]" : RedirectAddresses.origin(redirect);
    }
}
