package cn.techmarket.hub.hierarchy;

import cn.techmarket.hub.registry.RegisteredTenant;
import cn.techmarket.hub.registry.RegistryProperties;
import cn.techmarket.hub.registry.RegistryProperties.LowerHub;
import cn.techmarket.hub.registry.TenantRegistry;
import cn.techmarket.hub.security.ServiceCredentials;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.client.HttpSyncGraphQlClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A hub over other hubs (a national or regional hub over province hubs, a city hub over county
 * sub-markets) learns their sub-markets from them: every probe interval it asks each lower hub
 * for its {@code tenants}, as its sync service, and keeps its own registry to match
 * ({@link TenantRegistry#discovered}). From then on it forwards to, fans out over and follows the
 * feeds of those sub-markets directly, as of its own: its search covers every record below it as
 * freshly as a province hub's does, and a lower hub that is down for a while changes nothing but
 * that new sub-markets are not learned meanwhile.
 */
@Component
public class LowerHubDiscovery implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(LowerHubDiscovery.class);
    private static final String TENANTS = "{ tenants { id name nameEn regionCode endpoint status } }";

    /**
     * What this hub last heard from a lower hub.
     *
     * @param reachable  whether it answered the last time it was asked
     * @param askedAt    when it was last asked
     * @param subMarkets how many sub-markets this hub holds as discovered through it
     * @param reason     why it did not answer; null when it did
     * @param conflicts  sub-markets it listed that were left out, and why
     */
    public record Discovery(boolean reachable, Instant askedAt, int subMarkets, String reason, List<String> conflicts) {
    }

    private final RegistryProperties properties;
    private final TenantRegistry registry;
    private final ServiceCredentials credentials;
    private final Clock clock;
    private final RestClient.Builder restClients;
    private final Map<String, Discovery> discoveries = new ConcurrentHashMap<>();

    LowerHubDiscovery(RegistryProperties properties, TenantRegistry registry, ServiceCredentials credentials, Clock clock,
                      RestClient.Builder restClients) {
        this.properties = properties;
        this.registry = registry;
        this.credentials = credentials;
        this.clock = clock;
        this.restClients = restClients;
    }

    public List<LowerHub> lowerHubs() {
        return properties.lowerHubs();
    }

    /** The last discovery from each lower hub, by id; absent before it was first asked. */
    public Optional<Discovery> last(String lowerHubId) {
        return Optional.ofNullable(discoveries.get(lowerHubId));
    }

    /** The lower hub a sub-market was discovered through; empty for one registered here. */
    public Optional<LowerHub> lowerHubOf(RegisteredTenant tenant) {
        return properties.lowerHubs().stream().filter(hub -> hub.id().equals(tenant.via())).findFirst();
    }

    /** Asks every lower hub once; each that answers brings its sub-markets here. */
    public void discoverAll() {
        if (!registry.loaded()) {
            return; // the registry's own load comes first; the next round asks again
        }
        for (LowerHub hub : properties.lowerHubs()) {
            discoveries.put(hub.id(), discover(hub));
        }
    }

    private Discovery discover(LowerHub hub) {
        Instant askedAt = clock.instant();
        try {
            ClientGraphQlResponse response = client(hub).document(TENANTS).executeSync();
            List<Map<String, Object>> listed = response.field("tenants").getValue();
            if (listed == null) {
                return unreachable(hub, askedAt, "answered without its sub-markets: " + response.getErrors());
            }
            List<RegisteredTenant> tenants = new ArrayList<>();
            for (Map<String, Object> tenant : listed) {
                tenants.add(new RegisteredTenant((String) tenant.get("id"), (String) tenant.get("name"), (String) tenant.get("nameEn"),
                        (String) tenant.get("regionCode"), (String) tenant.get("endpoint"),
                        RegisteredTenant.TenantStatus.valueOf((String) tenant.get("status"))));
            }
            List<String> conflicts = registry.discovered(hub.id(), tenants);
            conflicts.forEach(conflict -> log.warn("lower hub '{}': {}", hub.id(), conflict));
            return new Discovery(true, askedAt, heldThrough(hub), null, conflicts);
        } catch (RuntimeException e) {
            return unreachable(hub, askedAt, e.getMessage());
        }
    }

    private Discovery unreachable(LowerHub hub, Instant askedAt, String reason) {
        Discovery before = discoveries.get(hub.id());
        if (before == null || before.reachable()) {
            log.warn("lower hub '{}' ({}) not reached; the sub-markets last learned from it stay: {}", hub.id(), hub.name(), reason);
        }
        return new Discovery(false, askedAt, heldThrough(hub), reason, before == null ? List.of() : before.conflicts());
    }

    /** How many sub-markets this hub holds as learned from {@code hub}. */
    private int heldThrough(LowerHub hub) {
        return (int) registry.all().stream().filter(tenant -> hub.id().equals(tenant.via())).count();
    }

    private HttpSyncGraphQlClient client(LowerHub hub) {
        SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(Duration.ofSeconds(1));
        requests.setReadTimeout(properties.probeTimeout());
        String token = credentials.syncService().bearerToken().orElseThrow();
        return HttpSyncGraphQlClient.builder(restClients.clone().baseUrl(hub.endpoint()).requestFactory(requests).build())
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token).build();
    }

    /** Every probe interval, the first at once. */
    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        if (!properties.lowerHubs().isEmpty()) {
            tasks.addFixedDelayTask(new FixedDelayTask(this::discoverAll, properties.probeInterval(), Duration.ZERO));
        }
    }
}
