package cn.techmarket.hub.registry;

import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import cn.techmarket.model.region.TenantIds;
import com.mongodb.MongoException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.dao.DataAccessException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The registry of sub-markets, kept in the hub's own MongoDB database. Every request needs it,
 * so reads come from a snapshot in memory, replaced after each registration here and re-read
 * every probe interval (another hub instance may have registered a tenant). It is loaded before
 * the web server opens its port; until it has been loaded once (MongoDB down at start), the hub
 * answers nothing but a retryable refusal ({@link RegistryNotLoadedFilter}), never an empty list.
 */
@Component
public class TenantRegistry implements SmartInitializingSingleton, SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(TenantRegistry.class);

    static final String COLLECTION = "tenants";
    private static final Pattern REGION_CODE = Pattern.compile("\\d{6}");

    private final MongoTemplate mongo;
    private final RegistryProperties properties;
    private volatile List<RegisteredTenant> snapshot = List.of();
    private volatile boolean loaded;

    public TenantRegistry(MongoTemplate mongo, RegistryProperties properties) {
        this.mongo = mongo;
        this.properties = properties;
    }

    /** Before the web server starts: a hub whose port is open knows its tenants. */
    @Override
    public void afterSingletonsInstantiated() {
        load();
    }

    /** Whether the registry has been read at least once: before that, no answer about tenants can be trusted. */
    public boolean loaded() {
        return loaded;
    }

    /** Registers the configured tenants and reads the registry; false when MongoDB could not be reached. */
    private synchronized boolean load() {
        if (loaded) {
            return true;
        }
        try {
            mongo.indexOps(COLLECTION).createIndex(new Index().on("regionCode", Sort.Direction.ASC).unique().named("region_code"));
            properties.bootstrap().forEach(bootstrap -> register(bootstrap.toTenant()));
            read();
            loaded = true;
            log.info("tenant registry loaded: {} sub-markets", snapshot.size());
            return true;
        } catch (DataAccessException | MongoException e) {
            log.warn("tenant registry not loaded yet, requests are refused as UNAVAILABLE until it is: {}", e.getMessage());
            return false;
        }
    }

    /** Re-reads the registry from MongoDB (or, until it has been loaded once, tries to load it). */
    public void reload() {
        if (load()) {
            try {
                read();
            } catch (DataAccessException | MongoException e) {
                // the last snapshot stays: tenants do not vanish because the hub's database blinked
                log.warn("tenant registry not re-read, the last one read stays in use: {}", e.getMessage());
            }
        }
    }

    private void read() {
        snapshot = List.copyOf(mongo.find(new Query().with(Sort.by("regionCode")), RegisteredTenant.class, COLLECTION));
    }

    /** Adds the tenant, or replaces the entry with the same id; not one discovered through a lower hub, which that hub answers for. */
    public RegisteredTenant register(RegisteredTenant tenant) {
        find(tenant.id()).filter(existing -> existing.via() != null).ifPresent(existing -> {
            throw new InvalidRegistrationException("id", "this id is a sub-market of the lower hub '" + existing.via() + "'");
        });
        validate(tenant);
        mongo.save(tenant, COLLECTION);
        read();
        return tenant;
    }

    /**
     * Brings the sub-markets discovered through lower hub {@code via} up to what it listed: each
     * added or updated, those it no longer lists removed. One whose id or region code this
     * registry already has from elsewhere (registered here, or through another lower hub) is left
     * out, and named among the conflicts: ids must stay unique across every hub below this one.
     *
     * @return the conflicts, one sentence each; empty when every listed sub-market was taken
     */
    public synchronized List<String> discovered(String via, List<RegisteredTenant> listed) {
        List<String> conflicts = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (RegisteredTenant tenant : listed) {
            RegisteredTenant discovered = tenant.through(via);
            Optional<RegisteredTenant> existing = find(tenant.id());
            if (existing.isPresent() && !via.equals(existing.get().via())) {
                conflicts.add("'" + tenant.id() + "' is already a sub-market " + (existing.get().via() == null ? "registered here"
                        : "of the lower hub '" + existing.get().via() + "'") + ": left out");
                continue;
            }
            try {
                validate(discovered);
            } catch (InvalidRegistrationException e) {
                conflicts.add("'" + tenant.id() + "': " + e.field() + " " + e.problem() + ": left out");
                continue;
            }
            taken.add(tenant.id());
            if (!existing.equals(Optional.of(discovered))) {
                mongo.save(discovered, COLLECTION);
            }
        }
        mongo.remove(Query.query(Criteria.where("via").is(via).and("_id").nin(taken)), COLLECTION);
        read();
        return conflicts;
    }

    /** In administrative-code order. */
    public List<RegisteredTenant> all() {
        return snapshot;
    }

    public Optional<RegisteredTenant> find(String id) {
        return snapshot.stream().filter(tenant -> tenant.id().equals(id)).findFirst();
    }

    /** Takes a tenant out of service or back; empty when no such tenant is registered. */
    public Optional<RegisteredTenant> setStatus(String id, RegisteredTenant.TenantStatus status) {
        return find(id).map(tenant -> {
            RegisteredTenant changed = tenant.withStatus(status);
            mongo.save(changed, COLLECTION);
            read();
            return changed;
        });
    }

    private void validate(RegisteredTenant tenant) {
        if (!TenantIds.isValid(tenant.id())) {
            throw new InvalidRegistrationException("id", "must be 2-32 characters of a-z, 0-9 and '-', starting with a letter");
        }
        if (tenant.name() == null || tenant.name().isBlank() || tenant.name().length() > 50) {
            throw new InvalidRegistrationException("name", "required, at most 50 characters");
        }
        if (tenant.regionCode() == null || !REGION_CODE.matcher(tenant.regionCode()).matches()) {
            throw new InvalidRegistrationException("regionCode", "must be a six-digit administrative division code");
        }
        boolean codeTaken = snapshot.stream().anyMatch(other -> !other.id().equals(tenant.id()) && other.regionCode().equals(tenant.regionCode()));
        if (codeTaken) {
            throw new InvalidRegistrationException("regionCode", "another sub-market is registered with this code");
        }
        try {
            URI endpoint = URI.create(tenant.endpoint());
            if (!"http".equals(endpoint.getScheme()) && !"https".equals(endpoint.getScheme()) || endpoint.getHost() == null) {
                throw new InvalidRegistrationException("endpoint", "must be an http(s) URL");
            }
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidRegistrationException("endpoint", "must be an http(s) URL");
        }
    }

    /** Every {@code probeInterval}, first after one interval: the interval's default lives once, in the properties. */
    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        tasks.addFixedDelayTask(new FixedDelayTask(this::reload, properties.probeInterval(), properties.probeInterval()));
    }
}
