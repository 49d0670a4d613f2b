package cn.techmarket.hub.federation;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.TreeMap;

/**
 * Each tenant's circuit state in Actuator health. An open circuit degrades province answers but
 * the hub itself stays UP: that is the point of the circuit.
 */
@Component("tenantCircuits")
class TenantCircuitsHealthIndicator implements HealthIndicator {

    private final CircuitBreakerRegistry circuitBreakers;

    TenantCircuitsHealthIndicator(CircuitBreakerRegistry circuitBreakers) {
        this.circuitBreakers = circuitBreakers;
    }

    @Override
    public Health health() {
        Map<String, Object> details = new TreeMap<>();
        for (CircuitBreaker circuitBreaker : circuitBreakers.getAllCircuitBreakers()) {
            CircuitBreaker.Metrics metrics = circuitBreaker.getMetrics();
            details.put(circuitBreaker.getName(), Map.of(
                    "state", circuitBreaker.getState().name(),
                    "failureRate", metrics.getFailureRate(),
                    "bufferedCalls", metrics.getNumberOfBufferedCalls()));
        }
        return Health.up().withDetails(details).build();
    }
}
