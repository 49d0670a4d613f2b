package cn.techmarket.infra.launcher;

import cn.techmarket.infra.RunningServer;
import cn.techmarket.infra.Servers;
import cn.techmarket.infra.elasticsearch.LocalElasticsearch;
import cn.techmarket.infra.process.ChildProcess;
import cn.techmarket.infra.process.FreePort;
import cn.techmarket.infra.process.JavaApp;
import cn.techmarket.infra.auth.AuthorizationServer;
import cn.techmarket.model.region.City;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

/**
 * Starts the whole province on one machine: MongoDB (or its stand-in), Elasticsearch, one
 * tenant node per city (or per group of cities) with demo data, and the hub with every city
 * registered. Ctrl-C stops everything it started; a second start reuses the data directory.
 * Every server it started as a process is {@link Supervised}: restarted when it dies, and
 * stopped or started alone by a command typed into the launcher ({@code stop hub}).
 */
public final class ProvinceLauncher {

    private final LaunchOptions options;
    private final List<AutoCloseable> started = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, Supervised> supervised = Collections.synchronizedMap(new java.util.LinkedHashMap<>());

    private ProvinceLauncher(LaunchOptions options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        LaunchOptions options;
        try {
            options = LaunchOptions.parse(args, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("start-province: " + e.getMessage());
            System.exit(2);
            return;
        }
        ProvinceLauncher launcher = new ProvinceLauncher(options);
        Runtime.getRuntime().addShutdownHook(new Thread(launcher::stopAll, "stop-province"));
        try {
            launcher.start();
        } catch (RuntimeException e) {
            System.err.println("\nstart-province: " + e.getMessage());
            System.exit(1);
        }
        launcher.takeCommands();
        new CountDownLatch(1).await();
    }

    /**
     * Reads commands from the terminal while the province runs: {@code status}, and
     * {@code stop|start|restart <server>} for one server alone (hub, auth-server, elasticsearch,
     * or a tenant node by its name or a city id).
     */
    private void takeCommands() {
        Thread reader = new Thread(() -> {
            var in = new java.io.BufferedReader(new java.io.InputStreamReader(System.in, java.nio.charset.StandardCharsets.UTF_8));
            try {
                for (String line; (line = in.readLine()) != null; ) {
                    command(line.strip());
                }
            } catch (java.io.IOException e) {
                // no terminal: the province runs without commands
            }
        }, "province-commands");
        reader.setDaemon(true);
        reader.start();
    }

    void command(String line) {
        String[] words = line.split("\\s+");
        if (line.isEmpty()) {
            return;
        }
        if (words[0].equals("status")) {
            supervised.values().forEach(server -> say("  %-28s %s", server.name(), server.status()));
            return;
        }
        if (words.length != 2 || !List.of("stop", "start", "restart").contains(words[0])) {
            say("Commands: status | stop <server> | start <server> | restart <server>; servers: %s", String.join(", ", supervised.keySet()));
            return;
        }
        Supervised server = supervised.get(words[1]);
        if (server == null) {
            server = supervised.values().stream().filter(s -> s.name().equals("tenant-" + words[1]) || s.name().contains(words[1]))
                    .findFirst().orElse(null);
        }
        if (server == null) {
            say("No server '%s'; servers: %s", words[1], String.join(", ", supervised.keySet()));
            return;
        }
        if (!words[0].equals("start")) {
            server.stop();
        }
        if (!words[0].equals("stop")) {
            server.start();
        }
    }

    private void start() {
        Instant begin = Instant.now();
        Path dataDir = options.dataDir().toAbsolutePath();
        Path logs = dataDir.resolve("logs");
        Servers servers = Servers.ofThisMachine();

        RunningServer mongo = track(servers.mongodb(dataDir.resolve("mongodb").resolve("market.mv")));
        say("MongoDB        %s (%s)", mongo.uri(), mongo.source());

        int esPort = FreePort.find();
        // a local node is closed by its supervisor, which may have restarted it; any other by the launcher
        CompletableFuture<RunningServer> elasticsearch = CompletableFuture.supplyAsync(() -> {
            RunningServer server = servers.elasticsearch(
                    new LocalElasticsearch.Options(LocalElasticsearch.Options.defaultInstallRoot(), elasticsearchDir(dataDir), "512m", esPort));
            return server instanceof LocalElasticsearch ? server : track(server);
        });

        String hubUrl = "http://localhost:" + options.hubPort();
        java.util.function.Supplier<AuthorizationServer> startAuth = () -> AuthorizationServer.start(
                Path.of("infra/auth-server/target/auth-server-exec.jar"), options.authPort(), dataDir.resolve("auth").resolve("signing-key.json"),
                List.of(hubUrl + "/graphiql", "http://127.0.0.1:" + options.hubPort() + "/graphiql",
                        hubUrl + "/signin-callback", "http://127.0.0.1:" + options.hubPort() + "/signin-callback"), logs);
        CompletableFuture<AuthorizationServer> auth = CompletableFuture.supplyAsync(() -> {
            AuthorizationServer server = startAuth.get();
            supervise("auth-server", server.process(), () -> startAuth.get().process());
            return server;
        });
        String issuer = "http://127.0.0.1:" + options.authPort();

        List<List<City>> nodes = groups(options.cities(), Math.max(1, options.tenantsPerNode()));
        List<CompletableFuture<Map<City, String>>> tenantNodes = new ArrayList<>();
        for (List<City> group : nodes) {
            tenantNodes.add(CompletableFuture.supplyAsync(() -> startTenantNode(group, mongo.uri(), issuer, hubUrl, logs)));
        }
        if (!options.markets().isEmpty()) {
            tenantNodes.add(0, CompletableFuture.supplyAsync(() -> startTenantNode(options.markets(), mongo.uri(), issuer, hubUrl, logs)));
        }

        say("Authorization  %s (Spring Authorization Server, demo realm)", auth.join().issuer());
        RunningServer es = elasticsearch.join();
        if (es instanceof LocalElasticsearch local) {
            LocalElasticsearch.Options esOptions = new LocalElasticsearch.Options(LocalElasticsearch.Options.defaultInstallRoot(),
                    elasticsearchDir(dataDir), "512m", esPort);
            supervise("elasticsearch", local.process(), () -> LocalElasticsearch.start(esOptions).process());
        }
        say("Elasticsearch  %s (%s)", es.uri(), es.source());
        Map<City, String> endpoints = new java.util.LinkedHashMap<>();
        tenantNodes.forEach(node -> endpoints.putAll(node.join()));

        startHub(endpoints, mongo.uri(), es.uri(), issuer, logs);
        String hub = hubUrl;
        say("");
        say("科技大市场 is up in %d s: %d sub-markets, data in %s", Duration.between(begin, Instant.now()).toSeconds(),
                endpoints.size(), dataDir);
        say("  Portal     %s/   (sign in as a demo user, password %s; README lists them)", hub, "demo-password");
        say("  GraphQL    %s/graphql", hub);
        say("  GraphiQL   %s/graphiql", hub);
        say("  Health     %s/actuator/health", hub);
        endpoints.forEach((city, endpoint) -> say("  %-10s %s", city.name(), endpoint));
        say("  Logs       %s", logs);
        say("");
        say("Try:  curl -s %s/graphql -H 'Content-Type: application/json' -d '{\"query\":\"{ tenants { id name } }\"}'", hub);
        say("Token (city operator of 长春; also province-staff, platform-admin, <city>-operator; secret %s):", AuthorizationServer.DEMO_SECRET);
        say("      curl -s -u changchun-operator:%s -d grant_type=client_credentials %s/oauth2/token", AuthorizationServer.DEMO_SECRET, issuer);
        say("      then send it as  -H 'Authorization: Bearer <access_token>'. Everything listens on 127.0.0.1 only.");
        say("Ctrl-C stops everything. A server that dies is restarted; type 'status', or 'stop hub' / 'start hub' (any server) to run one alone.");
    }

    /**
     * A node for these cities, or for province markets: those hold only what is the province's own
     * (challenge lists, policies), no resource library, contracts or members of their own.
     */
    private Map<City, String> startTenantNode(List<City> cities, String mongoUri, String issuer, String hubUrl, Path logs) {
        String name = "tenant-" + String.join("-", cities.stream().map(City::tenantId).toList());
        boolean provinceMarkets = cities.stream().allMatch(City::isProvinceMarket);
        List<String> args = new ArrayList<>(List.of(
                "--spring.mongodb.uri=" + mongoUri,
                "--market.node.hub.url=" + hubUrl,
                "--market.node.demo.enabled=true",
                "--market.node.demo.records.achievement=" + (provinceMarkets ? 0 : options.demoAchievements()),
                "--market.node.demo.records.demand=" + (provinceMarkets ? 0 : options.demoDemands()),
                "--market.node.demo.records.expert=" + (provinceMarkets ? 0 : options.demoExperts()),
                "--market.node.demo.contracts=" + (provinceMarkets ? 0 : options.demoContracts()),
                "--market.node.demo.records.instrument=" + (provinceMarkets ? 0 : options.demoInstrumentsPerCity())));
        if (provinceMarkets) {
            args.addAll(List.of("--market.node.demo.members=false", "--market.node.demo.records.financing-institution=0",
                    "--market.node.demo.records.service-institution=0"));
        }
        args.addAll(trusting(issuer));
        for (int i = 0; i < cities.size(); i++) {
            args.add("--market.node.tenants[" + i + "].id=" + cities.get(i).tenantId());
        }
        JavaApp app = new JavaApp(name, Path.of("tenant-node/target/tenant-node-exec.jar"), "256m", FreePort.find(), args, Map.of());
        supervise(name, app.start(logs), () -> app.start(logs));
        say("Tenant node    %s for %s", app.baseUrl(), String.join("、", cities.stream().map(City::name).toList()));
        Map<City, String> endpoints = new java.util.LinkedHashMap<>();
        cities.forEach(city -> endpoints.put(city, app.baseUrl() + "/tenants/" + city.tenantId() + "/graphql"));
        return endpoints;
    }

    private void startHub(Map<City, String> endpoints, String mongoUri, String elasticsearchUri, String issuer, Path logs) {
        List<String> args = new ArrayList<>(List.of(
                "--spring.mongodb.uri=" + mongoUri,
                "--spring.elasticsearch.uris=" + elasticsearchUri,
                "--spring.security.oauth2.client.provider.market.token-uri=" + issuer + "/oauth2/token",
                "--market.hub.web.issuer=" + issuer,
                // the province's one hub: restarted by this launcher, it resumes its own sync leases at once
                "--market.hub.replica.id=hub"));
        args.addAll(trusting(issuer));
        int i = 0;
        for (Map.Entry<City, String> entry : endpoints.entrySet()) {
            City city = entry.getKey();
            String prefix = "--market.hub.registry.bootstrap[" + i++ + "].";
            args.add(prefix + "id=" + city.tenantId());
            args.add(prefix + "name=" + city.name());
            args.add(prefix + "name-en=" + city.nameEn());
            args.add(prefix + "region-code=" + city.regionCode());
            args.add(prefix + "endpoint=" + entry.getValue());
        }
        JavaApp hub = new JavaApp("hub", Path.of("hub/target/hub.jar"), "384m", options.hubPort(), args, Map.of());
        supervise("hub", hub.start(logs), () -> hub.start(logs));
        say("Hub            %s", hub.baseUrl());
    }

    /** Resource-server settings: accept tokens of this issuer only. */
    private static List<String> trusting(String issuer) {
        return List.of("--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + issuer,
                "--spring.security.oauth2.resourceserver.jwt.jwk-set-uri=" + issuer + "/oauth2/jwks");
    }

    /** Elasticsearch runs unprivileged when we are root, so its data must be somewhere that user can reach. */
    private static Path elasticsearchDir(Path dataDir) {
        Path preferred = dataDir.resolve("elasticsearch");
        if (LocalElasticsearch.reachableByOthers(preferred)) {
            return preferred;
        }
        String key = HexFormat.of().formatHex(Integer.toHexString(dataDir.hashCode()).getBytes()).substring(0, 8);
        return LocalElasticsearch.Options.defaultInstallRoot().resolve("data-" + key);
    }

    private static List<List<City>> groups(List<City> cities, int size) {
        List<List<City>> groups = new ArrayList<>();
        for (int i = 0; i < cities.size(); i += size) {
            groups.add(cities.subList(i, Math.min(cities.size(), i + size)));
        }
        return groups;
    }

    /** Watches a started server, restarting it when it dies; closed (stopped) with everything else. */
    private void supervise(String name, ChildProcess running, java.util.function.Supplier<ChildProcess> restart) {
        Supervised server = new Supervised(name, running, restart, line -> say("%s", line), java.time.Clock.systemUTC(),
                duration -> Thread.sleep(duration.toMillis()));
        supervised.put(name, server);
        track(server);
    }

    private <T extends AutoCloseable> T track(T resource) {
        started.add(resource);
        return resource;
    }

    /** Stops in reverse order of start: the hub first, the stores last. */
    private void stopAll() {
        List<AutoCloseable> toStop = new ArrayList<>(started);
        Collections.reverse(toStop);
        if (!toStop.isEmpty()) {
            say("Stopping %d processes and servers…", toStop.size());
        }
        for (AutoCloseable resource : toStop) {
            try {
                resource.close();
            } catch (Exception e) {
                System.err.println("while stopping: " + e);
            }
        }
    }

    private static void say(String format, Object... args) {
        System.out.println(String.format(format, args));
    }
}
