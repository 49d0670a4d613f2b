package cn.techmarket.hub.support;

import cn.techmarket.infra.SharedTestServers;
import cn.techmarket.infra.process.ChildProcess;
import cn.techmarket.infra.process.FreePort;
import cn.techmarket.infra.process.JavaApp;
import cn.techmarket.model.region.City;
import cn.techmarket.model.region.Provinces;

import java.nio.file.Path;
import java.time.Duration;
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
        Map<City, String> cities = new java.util.LinkedHashMap<>();
        endpoints.forEach((id, endpoint) -> cities.put(Provinces.find(id).orElseThrow(), endpoint));
        return citiesArguments(database, elasticsearchUrl, cities);
    }

    /** As {@link #arguments}, for cities the platform need not know, e.g. a simulated province's counties. */
    public static List<String> citiesArguments(String database, String elasticsearchUrl, Map<City, String> endpoints) {
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
        for (Map.Entry<City, String> endpoint : endpoints.entrySet()) {
            City city = endpoint.getKey();
            String prefix = "--market.hub.registry.bootstrap[" + i++ + "].";
            args.addAll(List.of(prefix + "id=" + city.tenantId(), prefix + "name=" + city.name(), prefix + "name-en=" + city.nameEn(),
                    prefix + "region-code=" + city.regionCode(), prefix + "endpoint=" + endpoint.getValue()));
        }
        return args;
    }

    /** A hub started from its jar. */
    public record RunningHub(ChildProcess process, int port) implements StoppedAfterAll {

        public String url() {
            return "http://127.0.0.1:" + port + "/graphql";
        }

        @Override
        public void close() {
            process.stop(Duration.ofSeconds(20));
        }
    }

    /**
     * A hub of its own database and search index over the given cities, started quickly ({@link JavaApp#QUICK_START}).
     *
     * @param moreArguments more Spring Boot arguments; one for a key given here already replaces it
     */
    public static RunningHub start(String database, Map<String, String> endpoints, List<String> moreArguments) {
        List<String> args = new ArrayList<>(arguments(database, SharedTestServers.elasticsearch().uri(), endpoints));
        args.add("--market.hub.search.index-prefix=" + database.replace('_', '-'));
        args = SpringArguments.overriding(args, moreArguments);
        int port = FreePort.find();
        JavaApp app = new JavaApp(database, jar(), "384m", port, args, Map.of(), JavaApp.QUICK_START);
        return new RunningHub(app.start(Path.of("target", "hub-logs")), port);
    }
}
