package cn.techmarket.hub.support;

import org.springframework.test.context.DynamicPropertyRegistry;

/** Registers tenants for a hub under test the way a deployment does: market.hub.registry.bootstrap. */
public final class RegistryBootstrap {

    private RegistryBootstrap() {
    }

    public static void register(DynamicPropertyRegistry registry, int index, String id, String name, String regionCode, String endpoint) {
        String prefix = "market.hub.registry.bootstrap[" + index + "].";
        registry.add(prefix + "id", () -> id);
        registry.add(prefix + "name", () -> name);
        registry.add(prefix + "region-code", () -> regionCode);
        registry.add(prefix + "endpoint", () -> endpoint);
    }
}
