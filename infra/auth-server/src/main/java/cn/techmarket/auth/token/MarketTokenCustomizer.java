package cn.techmarket.auth.token;

import cn.techmarket.auth.realm.RealmClaims;
import cn.techmarket.model.access.MarketClaims;
import cn.techmarket.model.access.MarketRole;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * Shapes every access token for the platform's resource servers: audience
 * {@code province-market}, the client's role scope even when it did not name it, and the tenant of
 * a city operator. A person's token carries the scope
 * of their role, whatever the browser asked for, so no one can ask for more than they are.
 */
@Component
class MarketTokenCustomizer implements OAuth2TokenCustomizer<JwtEncodingContext> {

    @Override
    public void customize(JwtEncodingContext context) {
        if (!OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
            return;
        }
        context.getClaims().audience(List.of(MarketClaims.AUDIENCE));
        if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
            if (context.getAuthorizedScopes().isEmpty()) {
                // a machine client has one role; asking for it by name is optional
                context.getClaims().claim("scope", List.copyOf(context.getRegisteredClient().getScopes()));
            }
            Optional.ofNullable(context.getRegisteredClient().getClientSettings().<String>getSetting(RealmClaims.TENANT_SETTING))
                    .ifPresent(tenant -> context.getClaims().claim(MarketClaims.TENANT, tenant));
            return;
        }
        Authentication user = context.getPrincipal();
        Optional<MarketRole> role = RealmClaims.role(user.getAuthorities());
        context.getClaims().claim("scope", role.map(r -> List.of(r.scope())).orElse(List.of()));
        RealmClaims.tenant(user.getAuthorities()).ifPresent(tenant -> context.getClaims().claim(MarketClaims.TENANT, tenant));
    }
}
