package cn.techmarket.hub.registry;

import cn.techmarket.model.region.TenantId;

/**
 * A sub-market in the hub's registry.
 *
 * @param id         tenant id, e.g. {@code changchun}
 * @param name       Chinese name, e.g. 长春
 * @param regionCode administrative division code, e.g. 220100
 * @param endpoint   the tenant's GraphQL endpoint
 */
public record RegisteredTenant(String id, String name, String nameEn, String regionCode, String endpoint, TenantStatus status) {

    public enum TenantStatus { ACTIVE, SUSPENDED }

    public TenantId tenantId() {
        return TenantId.of(id);
    }
}
