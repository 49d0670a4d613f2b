package cn.techmarket.graphql.security;

import cn.techmarket.model.access.MarketClaims;
import cn.techmarket.model.access.MarketRole;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who sent a GraphQL request, as its validated access token says: roles from the token's
 * scopes, and the tenant an operator is bound to: a city operator's city, or province staff's own
 * province market. No token means {@link #ANONYMOUS}.
 *
 * @param subject the token's subject, recorded as the author of changes
 * @param roles   the platform roles the token's scopes grant
 * @param tenant  the tenant a city operator or province staff operates, else {@code null}
 * @param token   the encoded token, relayed by the hub to tenants; never logged
 */
public record Caller(String subject, Set<MarketRole> roles, String tenant, String token) {

    public static final String CONTEXT_KEY = "caller";

    public static final Caller ANONYMOUS = new Caller("anonymous", Set.of(), null, null);

    public Caller {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    /** The caller of the request this thread serves. */
    public static Caller current() {
        return of(SecurityContextHolder.getContext().getAuthentication());
    }

    public static Caller of(Authentication authentication) {
        if (!(authentication instanceof JwtAuthenticationToken jwtAuthentication)) {
            return ANONYMOUS;
        }
        Jwt jwt = jwtAuthentication.getToken();
        Set<MarketRole> roles = EnumSet.noneOf(MarketRole.class);
        scopes(jwt).forEach(scope -> MarketRole.ofScope(scope).ifPresent(roles::add));
        return new Caller(jwt.getSubject(), roles, jwt.getClaimAsString(MarketClaims.TENANT), jwt.getTokenValue());
    }

    private static List<String> scopes(Jwt jwt) {
        Object scope = jwt.getClaims().get("scope");
        if (scope instanceof String text) {
            return List.of(text.split(" "));
        }
        return scope instanceof java.util.Collection<?> list ? list.stream().map(String::valueOf).toList() : List.of();
    }

    public boolean isAnonymous() {
        return token == null;
    }

    public boolean has(MarketRole role) {
        return roles.contains(role);
    }

    /**
     * An operator of this tenant: may change its data and read what it has not published. City
     * operators operate their city; province staff the province's own market, which their token names.
     */
    public boolean operates(String tenantId) {
        return (has(MarketRole.CITY_OPERATOR) || has(MarketRole.PROVINCE_STAFF)) && tenantId != null && tenantId.equals(tenant);
    }

    /** May read the tenant's non-public records and fields: its own operators and province staff. */
    public boolean readsPrivateDataOf(String tenantId) {
        return operates(tenantId) || has(MarketRole.PROVINCE_STAFF);
    }

    public Optional<String> bearerToken() {
        return Optional.ofNullable(token);
    }

    @Override
    public String toString() {
        return "Caller[" + subject + " " + roles + (tenant == null ? "" : " of " + tenant) + "]";
    }
}
