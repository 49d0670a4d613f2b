package cn.techmarket.tenant.tenancy;

import com.mongodb.client.MongoClient;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.SimpleMongoClientDatabaseFactory;
import org.springframework.data.mongodb.core.convert.MongoConverter;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Routes each tenant to its own MongoDB database. One client (one connection pool) serves them
 * all; isolation is by database, so one tenant's queries can never read another's collections.
 */
@Component
public class HostedTenants {

    private final Map<String, HostedTenant> byId = new LinkedHashMap<>();

    public HostedTenants(TenancyProperties properties, MongoClient client, MongoConverter converter) {
        for (TenancyProperties.TenantConfig config : properties.tenants()) {
            MongoTemplate template = new MongoTemplate(new SimpleMongoClientDatabaseFactory(client, config.databaseName()), converter);
            HostedTenant tenant = new HostedTenant(config.city(), template);
            if (byId.putIfAbsent(tenant.id(), tenant) != null) {
                throw new IllegalArgumentException("market.node.tenants lists '" + tenant.id() + "' twice");
            }
        }
    }

    public Optional<HostedTenant> find(String tenantId) {
        return Optional.ofNullable(byId.get(tenantId));
    }

    public Collection<HostedTenant> all() {
        return byId.values();
    }
}
