package cn.techmarket.tenant.tenancy;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.springframework.validation.annotation.Validated;

import cn.techmarket.model.region.City;
import cn.techmarket.model.region.Provinces;
import cn.techmarket.model.region.TenantIds;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;

/**
 * The tenants this node hosts. For the cities the platform knows (Jilin, Liaoning, Guangxi) an
 * id is enough; any other city gives its name and administrative code.
 *
 * @param tenants the hosted tenants; at least one
 */
@Validated
@ConfigurationProperties("market.node")
public record TenancyProperties(@NotEmpty(message = "must name at least one tenant") List<@Valid TenantConfig> tenants) {

    /**
     * @param database the tenant's MongoDB database; defaults to {@code market_<id>}
     */
    public record TenantConfig(@NotNull @Pattern(regexp = TenantIds.PATTERN, message = TenantIds.RULE) String id,
                               String name, String nameEn, String regionCode, String database) {

        City city() {
            if (name != null && regionCode != null) {
                return new City(regionCode, name, nameEn == null ? id : nameEn, id);
            }
            return Provinces.find(id).orElseThrow(() -> new IllegalArgumentException(
                    "market.node.tenants: '" + id + "' is not a known city; give its name and region-code"));
        }

        String databaseName() {
            return database != null ? database : "market_" + id.replace('-', '_');
        }
    }
}
