package cn.techmarket.hub.registry;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.List;

/**
 * @param bootstrap     tenants registered (or updated) when the hub starts; how a deployment
 *                      declares its cities without an administrator clicking
 * @param probeInterval how often each tenant's health is probed
 * @param probeTimeout  how long a probe may take before the tenant counts as down
 */
@ConfigurationProperties("market.hub.registry")
public record RegistryProperties(
        @DefaultValue List<Bootstrap> bootstrap,
        @DefaultValue("10s") Duration probeInterval,
        @DefaultValue("2s") Duration probeTimeout) {

    public record Bootstrap(String id, String name, String nameEn, String regionCode, String endpoint) {
        RegisteredTenant toTenant() {
            return new RegisteredTenant(id, name, nameEn == null ? id : nameEn, regionCode, endpoint, RegisteredTenant.TenantStatus.ACTIVE);
        }
    }
}
