package cn.techmarket.hub.registry;

import cn.techmarket.model.region.TenantId;

/**
 * A sub-market in the hub's registry.
 *
 * @param id         tenant id, e.g. {@code changchun}
 * @param name       Chinese name, e.g. 长春
 * @param regionCode administrative division code, e.g. 220100
 * @param endpoint   the tenant's GraphQL endpoint
 * @param via        the lower hub it was discovered through (a province hub, for a national hub
 *                   over provinces), as configured in {@code market.hub.registry.lower-hubs};
 *                   null for a sub-market registered with this hub itself
 */
public record RegisteredTenant(String id, String name, String nameEn, String regionCode, String endpoint, TenantStatus status, String via) {

    /** A sub-market registered with this hub itself. */
    public RegisteredTenant(String id, String name, String nameEn, String regionCode, String endpoint, TenantStatus status) {
        this(id, name, nameEn, regionCode, endpoint, status, null);
    }

    /** The same sub-market, learned from the lower hub {@code via}. */
    public RegisteredTenant through(String via) {
        return new RegisteredTenant(id, name, nameEn, regionCode, endpoint, status, via);
    }

    /** The same sub-market in another status. */
    public RegisteredTenant withStatus(TenantStatus status) {
        return new RegisteredTenant(id, name, nameEn, regionCode, endpoint, status, via);
    }

    public enum TenantStatus { ACTIVE, SUSPENDED }

    public TenantId tenantId() {
        return TenantId.of(id);
    }
}
