package cn.techmarket.hub.registry;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/** Down until the registry has been loaded: part of readiness, so no load balancer sends requests before. */
@Component("registry")
class RegistryHealthIndicator implements HealthIndicator {

    private final TenantRegistry registry;

    RegistryHealthIndicator(TenantRegistry registry) {
        this.registry = registry;
    }

    @Override
    public Health health() {
        return registry.loaded() ? Health.up().withDetail("subMarkets", registry.all().size()).build()
                : Health.outOfService().withDetail("reason", "registry not loaded: its database is not answering").build();
    }
}
