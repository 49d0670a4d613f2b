package cn.techmarket.auth.realm;

import cn.techmarket.model.access.MarketRole;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The realm: who may obtain tokens, with which role, for which tenant.
 *
 * @param accessTokenTtl  how long an access token is valid
 * @param signingKey      an RSA JWK file; created on first start so that restarts keep issued
 *                        tokens valid; {@code null} for a key that lives as long as the process
 * @param webRedirectUris where the browser client ({@code market-web}) may be sent back with a code
 * @param demo            the demo clients and users, one operator per known city
 * @param clients         clients for machine-to-machine tokens (client credentials)
 * @param users           people who log in through the browser client
 * @param accountsFile    where the accounts people make themselves at {@code /signup} are kept;
 *                        {@code null} to keep them only as long as the process
 */
@ConfigurationProperties("market.auth")
public record RealmProperties(
        @DefaultValue("30m") Duration accessTokenTtl,
        Path signingKey,
        @DefaultValue("http://127.0.0.1:8080/graphiql") List<String> webRedirectUris,
        @DefaultValue Demo demo,
        @DefaultValue List<Client> clients,
        @DefaultValue List<User> users,
        Path accountsFile) {

    /**
     * @param enabled  whether to add the demo realm (off unless asked for)
     * @param secret   every demo client's secret
     * @param password every demo user's password
     */
    public record Demo(@DefaultValue("false") boolean enabled,
                       @DefaultValue("demo-secret") String secret,
                       @DefaultValue("demo-password") String password) {
    }

    /** @param tenant the tenant a {@link MarketRole#CITY_OPERATOR} client acts for */
    public record Client(String id, String secret, MarketRole role, String tenant) {
    }

    /** @param tenant the tenant a {@link MarketRole#CITY_OPERATOR} works for */
    public record User(String username, String password, MarketRole role, String tenant) {
    }
}
