package cn.techmarket.hub.search.sync;

import cn.techmarket.hub.registry.TenantRegistry;
import cn.techmarket.hub.replica.Leases;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Each tenant's search sync in Actuator: which hub replica follows it, changes indexed, last
 * success, and why it is held back. A held-back sync loses nothing (the cursor waits), so the hub
 * stays UP.
 */
@Component("searchSync")
class SearchSyncHealthIndicator implements HealthIndicator {

    private final TenantRegistry registry;
    private final ChangeFeedSync sync;
    private final Leases leases;

    SearchSyncHealthIndicator(TenantRegistry registry, ChangeFeedSync sync, Leases leases) {
        this.registry = registry;
        this.sync = sync;
        this.leases = leases;
    }

    @Override
    public Health health() {
        Map<String, Object> details = new TreeMap<>();
        Map<String, String> followers = new HashMap<>();
        leases.current(ChangeFeedSync.LEASE).forEach(lease -> followers.put(lease.id().substring(ChangeFeedSync.LEASE.length()), lease.holder()));
        registry.all().forEach(tenant -> sync.state(tenant.id()).ifPresent(state -> {
            Map<String, Object> detail = new TreeMap<>();
            // the replica holding its lease; none while a dead replica's lease runs out
            detail.put("followedBy", followers.getOrDefault(tenant.id(), "none"));
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
        return Health.up().withDetail("thisReplica", leases.self().value()).withDetails(details).build();
    }
}
