package cn.techmarket.hub.security;

import cn.techmarket.graphql.security.Caller;
import cn.techmarket.model.access.MarketRole;
import org.springframework.security.oauth2.client.AuthorizedClientServiceOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Component;

import java.util.Set;

/**
 * The hub acting for itself rather than for a caller: the search sync reads change feeds with
 * its own client-credentials token ({@code hub-sync}), fetched from the authorization server and
 * reused until it expires.
 */
@Component
public class ServiceCredentials {

    static final String SYNC_REGISTRATION = "hub-sync";

    private final AuthorizedClientServiceOAuth2AuthorizedClientManager clients;

    ServiceCredentials(ClientRegistrationRepository registrations, OAuth2AuthorizedClientService authorizedClients) {
        this.clients = new AuthorizedClientServiceOAuth2AuthorizedClientManager(registrations, authorizedClients);
        this.clients.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder().clientCredentials().build());
    }

    /** The sync service as a caller; throws when the authorization server cannot be reached. */
    public Caller syncService() {
        OAuth2AuthorizedClient client = clients.authorize(
                OAuth2AuthorizeRequest.withClientRegistrationId(SYNC_REGISTRATION).principal("province-hub").build());
        if (client == null) {
            throw new IllegalStateException("no token for " + SYNC_REGISTRATION);
        }
        return new Caller(SYNC_REGISTRATION, Set.of(MarketRole.SYNC_SERVICE), null, client.getAccessToken().getTokenValue());
    }
}
