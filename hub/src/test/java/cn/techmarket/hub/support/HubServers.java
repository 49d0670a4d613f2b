package cn.techmarket.hub.support;

import cn.techmarket.infra.SharedTestServers;
import org.springframework.test.context.DynamicPropertyRegistry;

/** What every hub under test is pointed at: the shared MongoDB and Elasticsearch, and the authorization server. */
public final class HubServers {

    private HubServers() {
    }

    /** @param database the hub's own database, one per test class so that registries do not mix */
    public static void configure(DynamicPropertyRegistry registry, String database) {
        HubSecurity.configure(registry);
        registry.add("spring.mongodb.uri", () -> SharedTestServers.mongodb().uri());
        registry.add("spring.mongodb.database", () -> database);
        registry.add("spring.elasticsearch.uris", () -> SharedTestServers.elasticsearch().uri());
    }
}
