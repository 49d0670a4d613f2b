package cn.techmarket.hub.registry;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.validation.annotation.Validated;
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
@Validated
public record RegistryProperties(
        @DefaultValue List<@Valid Bootstrap> bootstrap,
        @DefaultValue("10s") @DurationMin(millis = 1) Duration probeInterval,
        @DefaultValue("2s") @DurationMin(millis = 1) Duration probeTimeout) {

    public record Bootstrap(@NotBlank String id, @NotBlank String name, String nameEn, @NotBlank String regionCode, @NotBlank String endpoint) {
        RegisteredTenant toTenant() {
            return new RegisteredTenant(id, name, nameEn == null ? id : nameEn, regionCode, endpoint, RegisteredTenant.TenantStatus.ACTIVE);
        }
    }
}
