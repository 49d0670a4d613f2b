package cn.techmarket.hub.health;

import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import cn.techmarket.hub.registry.RegisteredTenant;
import cn.techmarket.hub.registry.RegistryProperties;
import cn.techmarket.hub.registry.TenantRegistry;
import cn.techmarket.hub.federation.FailureCauses;
import cn.techmarket.hub.federation.TenantClients;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * Probes every registered tenant with a cheap query, all at once, and remembers the answers.
 * A tenant that is slow or down only ever costs its own probe's timeout.
 */
@Component
public class TenantHealthProbe implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(TenantHealthProbe.class);

    private final TenantRegistry registry;
    private final TenantClients clients;
    private final RegistryProperties properties;
    private final Executor executor;
    private final Map<String, TenantHealth> latest = new ConcurrentHashMap<>();

    public TenantHealthProbe(TenantRegistry registry, TenantClients clients, RegistryProperties properties,
                             @Qualifier("applicationTaskExecutor") Executor executor) {
        this.registry = registry;
        this.clients = clients;
        this.properties = properties;
        this.executor = executor;
    }

    public Optional<TenantHealth> latest(String tenantId) {
        return Optional.ofNullable(latest.get(tenantId));
    }

    public Map<String, TenantHealth> all() {
        return Map.copyOf(latest);
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(1)
    void probeOnStartup() {
        probeAll();
    }

    public void probeAll() {
        List<RegisteredTenant> tenants = registry.all();
        CompletableFuture.allOf(tenants.stream()
                        .map(tenant -> CompletableFuture.runAsync(() -> record(tenant, probe(tenant)), executor))
                        .toArray(CompletableFuture[]::new))
                .join();
        latest.keySet().retainAll(tenants.stream().map(RegisteredTenant::id).toList());
    }

    private void record(RegisteredTenant tenant, TenantHealth health) {
        TenantHealth previous = latest.put(tenant.id(), health);
        if (previous == null || previous.state() != health.state()) {
            log.info("tenant {} is {}{}", tenant.id(), health.state(), health.reason() == null ? "" : ": " + health.reason());
        }
    }

    private TenantHealth probe(RegisteredTenant tenant) {
        Instant start = Instant.now();
        try {
            ClientGraphQlResponse response = clients.forEndpoint(tenant.endpoint(), properties.probeTimeout())
                    .documentName("tenantProbe").executeSync();
            if (!response.isValid() || !response.getErrors().isEmpty()) {
                return TenantHealth.down(start, "answered with errors: " + response.getErrors());
            }
            String answeredId = response.field("tenant.id").toEntity(String.class);
            if (!tenant.id().equals(answeredId)) {
                return TenantHealth.down(start, "endpoint serves tenant '" + answeredId + "', not '" + tenant.id() + "'");
            }
            return TenantHealth.up(start, Duration.between(start, Instant.now()).toMillis());
        } catch (RuntimeException e) {
            return TenantHealth.down(start, describe(e));
        }
    }

    private static String describe(Throwable failure) {
        String kind = FailureCauses.connectionRefused(failure) ? "unreachable (connection refused)"
                : FailureCauses.timedOut(failure) ? "timed out"
                : "unavailable";
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return kind + " (" + root.getClass().getSimpleName() + ")";
    }

    /** Every {@code probeInterval}, first after one interval: the interval's default lives once, in the properties. */
    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        tasks.addFixedDelayTask(new FixedDelayTask(this::probeAll, properties.probeInterval(), properties.probeInterval()));
    }
}
