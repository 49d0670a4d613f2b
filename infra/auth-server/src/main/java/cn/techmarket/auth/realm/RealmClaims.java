package cn.techmarket.auth.realm;

import cn.techmarket.model.access.MarketRole;
import org.springframework.security.core.GrantedAuthority;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * How a realm member's role and tenant are kept: in a client's settings, and in a user's
 * authorities ({@code ROLE_CITY_OPERATOR}, {@code TENANT_changchun}).
 */
public final class RealmClaims {

    public static final String TENANT_SETTING = "market.tenant";

    private static final String ROLE_PREFIX = "ROLE_";
    private static final String TENANT_PREFIX = "TENANT_";

    private RealmClaims() {
    }

    public static String[] authorities(MarketRole role, String tenant) {
        List<String> authorities = new ArrayList<>(List.of(ROLE_PREFIX + role.name()));
        if (tenant != null) {
            authorities.add(TENANT_PREFIX + tenant);
        }
        return authorities.toArray(String[]::new);
    }

    public static Optional<MarketRole> role(Collection<? extends GrantedAuthority> authorities) {
        return authorities.stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith(ROLE_PREFIX))
                .map(a -> a.substring(ROLE_PREFIX.length()))
                .flatMap(name -> java.util.Arrays.stream(MarketRole.values()).filter(r -> r.name().equals(name)))
                .findFirst();
    }

    public static Optional<String> tenant(Collection<? extends GrantedAuthority> authorities) {
        return authorities.stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith(TENANT_PREFIX))
                .map(a -> a.substring(TENANT_PREFIX.length()))
                .findFirst();
    }
}
