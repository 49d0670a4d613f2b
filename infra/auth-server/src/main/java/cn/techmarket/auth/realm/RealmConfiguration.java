package cn.techmarket.auth.realm;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import cn.techmarket.model.access.MarketRole;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/** The realm as Spring Authorization Server sees it: registered clients and users. */
@Configuration(proxyBeanMethods = false)
class RealmConfiguration {

    /** The browser client frontends and GraphiQL use: public, authorization code with PKCE. */
    static final String WEB_CLIENT = "market-web";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    RegisteredClientRepository registeredClients(Realm realm, RealmProperties properties, PasswordEncoder encoder) {
        TokenSettings tokens = TokenSettings.builder().accessTokenTimeToLive(properties.accessTokenTtl()).build();
        List<RegisteredClient> clients = new ArrayList<>();
        for (RealmProperties.Client client : realm.clients()) {
            ClientSettings.Builder settings = ClientSettings.builder();
            if (client.tenant() != null) {
                settings.setting(RealmClaims.TENANT_SETTING, client.tenant());
            }
            clients.add(RegisteredClient.withId(client.id())
                    .clientId(client.id())
                    // each its own hash: the repository refuses two clients with the same stored secret
                    .clientSecret(encoder.encode(client.secret()))
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                    .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                    .scope(client.role().scope())
                    .clientSettings(settings.build())
                    .tokenSettings(tokens)
                    .build());
        }
        RegisteredClient.Builder web = RegisteredClient.withId(WEB_CLIENT)
                .clientId(WEB_CLIENT)
                .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUris(uris -> uris.addAll(properties.webRedirectUris()))
                // signing out at the portal ends the session here too, then returns to the portal it came from
                .postLogoutRedirectUris(uris -> uris.addAll(properties.webRedirectUris().stream().map(URI::create).map(RedirectAddresses::origin)
                        .distinct().toList()))
                .scope(OidcScopes.OPENID)
                .clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build())
                .tokenSettings(tokens);
        for (MarketRole role : MarketRole.values()) {
            if (role != MarketRole.SYNC_SERVICE) {
                web.scope(role.scope());
            }
        }
        clients.add(web.build());
        return new InMemoryRegisteredClientRepository(clients);
    }

    @Bean
    InMemoryUserDetailsManager users(Realm realm, PasswordEncoder encoder) {
        Function<String, String> hashed = hashedOnce(encoder);
        InMemoryUserDetailsManager users = new InMemoryUserDetailsManager();
        for (RealmProperties.User user : realm.users()) {
            users.createUser(User.withUsername(user.username())
                    .password(hashed.apply(user.password()))
                    .authorities(RealmClaims.authorities(user.role(), user.tenant()))
                    .build());
        }
        return users;
    }

    /** The demo people share one password: hashing it once per person would take a tenth of a second each at startup. */
    private static Function<String, String> hashedOnce(PasswordEncoder encoder) {
        Map<String, String> hashes = new HashMap<>();
        return raw -> hashes.computeIfAbsent(raw, encoder::encode);
    }
}
