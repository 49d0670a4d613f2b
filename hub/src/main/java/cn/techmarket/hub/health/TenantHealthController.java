package cn.techmarket.hub.health;

import cn.techmarket.hub.federation.TenantGateway;
import cn.techmarket.hub.registry.RegisteredTenant;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** Each tenant's health as the hub last probed it, and its circuit breaker as of now. */
@Controller
class TenantHealthController {

    /** The states a client is told: a breaker forced or disabled by an operator reads as the nearest of these. */
    enum CircuitState { CLOSED, OPEN, HALF_OPEN }

    private final TenantHealthProbe probe;
    private final TenantGateway gateway;

    TenantHealthController(TenantHealthProbe probe, TenantGateway gateway) {
        this.probe = probe;
        this.gateway = gateway;
    }

    @SchemaMapping(typeName = "Tenant")
    TenantHealth health(RegisteredTenant tenant) {
        return probe.latest(tenant.id()).orElse(null);
    }

    @SchemaMapping(typeName = "Tenant")
    CircuitState circuit(RegisteredTenant tenant) {
        return switch (gateway.circuitBreaker(tenant.tenantId()).getState()) {
            case OPEN, FORCED_OPEN -> CircuitState.OPEN;
            case HALF_OPEN -> CircuitState.HALF_OPEN;
            case CLOSED, DISABLED, METRICS_ONLY -> CircuitState.CLOSED;
        };
    }
}
