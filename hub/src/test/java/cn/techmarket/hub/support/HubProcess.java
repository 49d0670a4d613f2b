package cn.techmarket.hub.support;

import cn.techmarket.infra.SharedTestServers;
import cn.techmarket.model.region.City;
import cn.techmarket.model.region.Provinces;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The hub run from its jar as a process of its own, as the start command runs it: its arguments for a set of cities. */
public final class HubProcess {

    private HubProcess() {
    }

    /** The jar the build made: tests that start hubs as processes run in the integration-test phase, after packaging. */
    public static Path jar() {
        return Path.of(System.getProperty("hub.jar", "target/hub.jar"));
    }

    /**
     * @param database         the hub's own database
     * @param elasticsearchUrl the Elasticsearch it indexes into
     * @param endpoints        each city's GraphQL endpoint by tenant id, registered at start
     */
    public static List<String> arguments(String database, String elasticsearchUrl, Map<String, String> endpoints) {
        String issuer = HubSecurity.auth().issuer();
        List<String> args = new ArrayList<>(List.of(
                "--spring.mongodb.uri=" + SharedTestServers.mongodb().uri(),
                "--spring.mongodb.database=" + database,
                "--spring.elasticsearch.uris=" + elasticsearchUrl,
                "--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + issuer,
                "--spring.security.oauth2.resourceserver.jwt.jwk-set-uri=" + issuer + "/oauth2/jwks",
                "--spring.security.oauth2.client.provider.market.token-uri=" + issuer + "/oauth2/token",
                // one replica of its database's hub: started again, it resumes its own sync leases at once
                "--market.hub.replica.id=hub-" + database));
        int i = 0;
        for (Map.Entry<String, String> endpoint : endpoints.entrySet()) {
            City city = Provinces.find(endpoint.getKey()).orElseThrow();
            String prefix = "--market.hub.registry.bootstrap[" + i++ + "].";
            args.addAll(List.of(prefix + "id=" + city.tenantId(), prefix + "name=" + city.name(), prefix + "name-en=" + city.nameEn(),
                    prefix + "region-code=" + city.regionCode(), prefix + "endpoint=" + endpoint.getValue()));
        }
        return args;
    }
}
