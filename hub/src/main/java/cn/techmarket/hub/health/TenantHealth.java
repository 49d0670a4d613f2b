package cn.techmarket.hub.health;

import java.time.Instant;

/** A tenant's health as the hub last probed it. */
public record TenantHealth(State state, Instant checkedAt, Long latencyMillis, String reason) {

    public enum State { UP, DOWN }

    static TenantHealth up(Instant checkedAt, long latencyMillis) {
        return new TenantHealth(State.UP, checkedAt, latencyMillis, null);
    }

    static TenantHealth down(Instant checkedAt, String reason) {
        return new TenantHealth(State.DOWN, checkedAt, null, reason);
    }
}
