package cn.techmarket.hub.health;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.TreeMap;

/**
 * Tenants' health in Actuator. A tenant being down degrades the province's answers but does not
 * make the hub itself unhealthy, so this reports UP with each tenant's state in the details.
 */
@Component("tenants")
class TenantsHealthIndicator implements HealthIndicator {

    private final TenantHealthProbe probe;

    TenantsHealthIndicator(TenantHealthProbe probe) {
        this.probe = probe;
    }

    @Override
    public Health health() {
        Map<String, Object> details = new TreeMap<>();
        probe.all().forEach((tenant, health) -> details.put(tenant,
                health.reason() == null ? health.state().name() : health.state() + ": " + health.reason()));
        return Health.up().withDetails(details).build();
    }
}
