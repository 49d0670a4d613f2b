package cn.techmarket.hub.search.sync;

import cn.techmarket.hub.registry.TenantRegistry;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * Each tenant's search sync in Actuator: changes indexed, last success, and why it is held back.
 * A held-back sync loses nothing (the cursor waits), so the hub stays UP.
 */
@Component("searchSync")
class SearchSyncHealthIndicator implements HealthIndicator {

    private final TenantRegistry registry;
    private final ChangeFeedSync sync;

    SearchSyncHealthIndicator(TenantRegistry registry, ChangeFeedSync sync) {
        this.registry = registry;
        this.sync = sync;
    }

    @Override
    public Health health() {
        Map<String, Object> details = new TreeMap<>();
        registry.all().forEach(tenant -> sync.state(tenant.id()).ifPresent(state -> {
            Map<String, Object> detail = new TreeMap<>();
            detail.put("cursor", String.valueOf(state.cursor()));
            detail.put("indexed", state.indexed());
            detail.put("lastSyncedAt", String.valueOf(state.lastSyncedAt()));
            detail.put("caughtUpAt", String.valueOf(state.caughtUpAt()));
            Double lag = state.lagSeconds(Instant.now());
            if (lag != null) {
                detail.put("lagSeconds", lag);
            }
            if (state.lastError() != null) {
                detail.put("lastError", state.lastError());
            }
            details.put(tenant.id(), detail);
        }));
        return Health.up().withDetails(details).build();
    }
}
