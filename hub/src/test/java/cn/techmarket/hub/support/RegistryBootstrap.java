package cn.techmarket.hub.support;

import cn.techmarket.hub.support.TenantNodeProcesses.TenantNode;
import cn.techmarket.model.region.City;
import cn.techmarket.model.region.Provinces;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Registers tenants for a hub under test the way a deployment does (market.hub.registry.bootstrap),
 * each city under the name and region code the province gives it:
 * {@code RegistryBootstrap.of(registry).cities(node, "changchun", "jilin").city("siping", deadEndpoint)}.
 */
public final class RegistryBootstrap {

    private final DynamicPropertyRegistry registry;
    private int next;

    private RegistryBootstrap(DynamicPropertyRegistry registry) {
        this.registry = registry;
    }

    public static RegistryBootstrap of(DynamicPropertyRegistry registry) {
        return new RegistryBootstrap(registry);
    }

    /** Each of these cities, as served by the node. */
    public RegistryBootstrap cities(TenantNode node, String... tenantIds) {
        for (String tenantId : tenantIds) {
            city(tenantId, node.endpoint(tenantId));
        }
        return this;
    }

    public RegistryBootstrap city(String tenantId, String endpoint) {
        City city = Provinces.find(tenantId).orElseThrow(() -> new IllegalArgumentException("no such city: " + tenantId));
        String prefix = "market.hub.registry.bootstrap[" + next++ + "].";
        registry.add(prefix + "id", city::tenantId);
        registry.add(prefix + "name", city::name);
        registry.add(prefix + "region-code", city::regionCode);
        registry.add(prefix + "endpoint", () -> endpoint);
        return this;
    }
}
