package cn.techmarket.hub.reliability;

import cn.techmarket.hub.support.GcLog;
import cn.techmarket.hub.support.HubProcess;
import cn.techmarket.hub.support.TenantNodeProcesses;
import cn.techmarket.hub.support.TenantNodeProcesses.TenantNode;
import cn.techmarket.infra.elasticsearch.LocalElasticsearch;
import cn.techmarket.infra.process.ChildProcess;
import cn.techmarket.infra.process.FreePort;
import cn.techmarket.infra.process.JavaApp;
import cn.techmarket.infra.process.LatencyProxy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The province as separate processes, for fault injection: the hub from its jar, one tenant node
 * per city, each behind a proxy that can slow or cut the hub's connection to it, and an
 * Elasticsearch of its own. Every process can be killed and started again on the same port.
 */
final class FaultProvince implements AutoCloseable {

    static final List<String> CITIES = List.of("changchun", "jilin");

    private final LocalElasticsearch.Options elasticsearchOptions = LocalElasticsearch.Options.forTests(FreePort.find());
    private LocalElasticsearch elasticsearch;
    private final Map<String, Integer> nodePorts = new LinkedHashMap<>();
    private final Map<String, TenantNode> nodes = new LinkedHashMap<>();
    private final Map<String, LatencyProxy> proxies = new LinkedHashMap<>();
    private final int hubPort;
    private final String database = "faults_hub_" + System.currentTimeMillis();
    private ChildProcess hub;
    private final List<String> jvmOptions;
    private final Path logs = Path.of("target", "fault-logs");

    /** For faults: servers that start quickly ({@link JavaApp#QUICK_START}), since they are killed and started again. */
    FaultProvince() {
        this(JavaApp.QUICK_START);
    }

    /**
     * With the hub's and the nodes' JVM options, e.g. none, to run as the start command runs them.
     * Each also writes its collections to {@link #gcLogs()}.
     */
    FaultProvince(List<String> jvmOptions) {
        this.jvmOptions = jvmOptions;
        try {
            // the JVMs write their GC logs there from their first instant
            java.nio.file.Files.createDirectories(logs);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        elasticsearch = LocalElasticsearch.start(elasticsearchOptions);
        for (String city : CITIES) {
            int port = FreePort.find();
            nodePorts.put(city, port);
            nodes.put(city, startNode(city, port));
            proxies.put(city, LatencyProxy.to(port));
        }
        // chosen once the others listen: a free port found earlier could have gone to a node since
        hubPort = FreePort.find();
        startHub();
    }

    String hubUrl() {
        return "http://127.0.0.1:" + hubPort + "/graphql";
    }

    /** The tenant's endpoint as writers use it: straight to the node, not through the hub's proxy. */
    String tenantUrl(String city) {
        return "http://127.0.0.1:" + nodePorts.get(city) + "/tenants/" + city + "/graphql";
    }

    String hubDatabase() {
        return database;
    }

    LatencyProxy proxy(String city) {
        return proxies.get(city);
    }

    void killTenant(String city) {
        nodes.get(city).process().kill();
    }

    void startTenant(String city) {
        nodes.put(city, startNode(city, nodePorts.get(city)));
    }

    void killHub() {
        hub.kill();
    }

    void startHub() {
        Map<String, String> endpoints = new LinkedHashMap<>();
        CITIES.forEach(city -> endpoints.put(city, "http://127.0.0.1:" + proxies.get(city).port() + "/tenants/" + city + "/graphql"));
        List<String> args = new ArrayList<>(HubProcess.arguments(database, elasticsearchUrl(), endpoints));
        args.addAll(List.of(
                "--market.hub.search.index-prefix=faults",
                "--market.hub.search.sync-interval=200ms",
                "--market.hub.registry.probe-interval=2s",
                "--market.graphql.rate-limit.requests-per-second=10000"));
        JavaApp app = new JavaApp("hub-faults", HubProcess.jar(), "384m", hubPort, args, Map.of(), withGcLog("hub"));
        hub = app.start(logs);
    }

    /**
     * The processes the province runs as, by name: the hub, each city's node, Elasticsearch, and
     * this JVM, which holds the MongoDB stand-in (and the harness's own clients).
     */
    Map<String, Long> pids() {
        Map<String, Long> pids = new LinkedHashMap<>();
        pids.put("hub", hub.pid());
        nodes.forEach((city, node) -> pids.put("tenant node " + city, node.process().pid()));
        pids.put("Elasticsearch", elasticsearch.pid());
        pids.put("test JVM (MongoDB stand-in, load clients)", ProcessHandle.current().pid());
        return pids;
    }

    void stopElasticsearch() {
        elasticsearch.close();
    }

    void startElasticsearch() {
        elasticsearch = LocalElasticsearch.start(elasticsearchOptions);
    }

    String elasticsearchUrl() {
        return "http://127.0.0.1:" + elasticsearchOptions.httpPort();
    }

    private TenantNode startNode(String city, int port) {
        return TenantNodeProcesses.start("faults_" + city, List.of(city), port, List.of(), withGcLog("tenant node " + city));
    }

    /** The garbage-collection log of the hub and of each city's node, by the names {@link #pids()} gives them. */
    Map<String, GcLog> gcLogs() {
        Map<String, GcLog> gcLogs = new LinkedHashMap<>();
        gcLogs.put("hub", gcLog("hub"));
        CITIES.forEach(city -> gcLogs.put("tenant node " + city, gcLog("tenant node " + city)));
        return gcLogs;
    }

    private GcLog gcLog(String process) {
        return new GcLog(logs.resolve(database + "-" + process.replace(' ', '-') + "-gc.log"));
    }

    private List<String> withGcLog(String process) {
        List<String> options = new ArrayList<>(jvmOptions);
        options.add(gcLog(process).jvmOption());
        return options;
    }

    @Override
    public void close() {
        if (hub != null) {
            hub.close();
        }
        nodes.values().forEach(TenantNode::close);
        proxies.values().forEach(LatencyProxy::close);
        elasticsearch.close();
    }
}
