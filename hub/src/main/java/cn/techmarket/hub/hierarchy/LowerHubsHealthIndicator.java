package cn.techmarket.hub.hierarchy;

import cn.techmarket.hub.registry.RegistryProperties.LowerHub;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Each lower hub as this hub last heard from it. Always up: a lower hub that does not answer is
 * named here, with why, but this hub is none the worse for it, since the sub-markets learned from
 * it before are called directly and answer for themselves.
 */
@Component("lowerHubs")
class LowerHubsHealthIndicator implements HealthIndicator {

    private final LowerHubDiscovery discovery;

    LowerHubsHealthIndicator(LowerHubDiscovery discovery) {
        this.discovery = discovery;
    }

    @Override
    public Health health() {
        Health.Builder health = Health.up();
        for (LowerHub hub : discovery.lowerHubs()) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("name", hub.name());
            discovery.last(hub.id()).ifPresentOrElse(last -> {
                details.put("reachable", last.reachable());
                details.put("askedAt", last.askedAt().toString());
                details.put("subMarkets", last.subMarkets());
                if (last.reason() != null) {
                    details.put("reason", last.reason());
                }
                if (!last.conflicts().isEmpty()) {
                    details.put("conflicts", last.conflicts());
                }
            }, () -> details.put("reachable", "not asked yet"));
            health.withDetail(hub.id(), details);
        }
        return health.build();
    }
}
