package cn.techmarket.hub.registry;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
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
 * @param lowerHubs     hubs below this one (province hubs under a national or regional hub; a
 *                      city hub's county sub-markets): their sub-markets are discovered from them
 *                      every probe interval and followed as this hub's own
 */
@ConfigurationProperties("market.hub.registry")
@Validated
public record RegistryProperties(
        @DefaultValue List<@Valid Bootstrap> bootstrap,
        @DefaultValue("10s") @DurationMin(millis = 1) Duration probeInterval,
        @DefaultValue("2s") @DurationMin(millis = 1) Duration probeTimeout,
        @DefaultValue List<@Valid LowerHub> lowerHubs) {

    /**
     * @param id       names the lower hub here, in errors and health: 2-32 characters of a-z, 0-9 and '-'
     * @param name     its name, e.g. 辽宁省
     * @param endpoint its GraphQL endpoint
     */
    public record LowerHub(@NotBlank @Pattern(regexp = "[a-z][a-z0-9-]{1,31}") String id, @NotBlank String name,
                           @NotBlank @Pattern(regexp = "https?://.+") String endpoint) {
    }

    public record Bootstrap(@NotBlank String id, @NotBlank String name, String nameEn, @NotBlank String regionCode, @NotBlank String endpoint) {
        RegisteredTenant toTenant() {
            return new RegisteredTenant(id, name, nameEn == null ? id : nameEn, regionCode, endpoint, RegisteredTenant.TenantStatus.ACTIVE);
        }
    }
}
