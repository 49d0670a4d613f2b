package cn.techmarket.hub.support;

import cn.techmarket.infra.SharedTestServers;
import cn.techmarket.infra.process.ChildProcess;
import cn.techmarket.infra.process.FreePort;
import cn.techmarket.infra.process.JavaApp;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Real tenant nodes for hub tests: separate JVMs from the tenant-node jar, over real HTTP,
 * on the shared test MongoDB, each with a small demo library. Test nodes start on the first JIT
 * tier ({@link JavaApp#QUICK_START}); nodes for benchmarks ({@link #forBenchmark}) run as in
 * production.
 */
public final class TenantNodeProcesses {

    private TenantNodeProcesses() {
    }

    /** A started tenant node and the GraphQL endpoint of each tenant it hosts. */
    public record TenantNode(ChildProcess process, String baseUrl) implements StoppedAfterAll {

        public int port() {
            return Integer.parseInt(baseUrl.substring(baseUrl.lastIndexOf(':') + 1));
        }

        public String endpoint(String tenantId) {
            return baseUrl + "/tenants/" + tenantId + "/graphql";
        }

        @Override
        public void close() {
            process.stop(Duration.ofSeconds(20));
        }
    }

    public static TenantNode start(String nodeName, List<String> tenantIds) {
        return start(nodeName, tenantIds, FreePort.find());
    }

    /** On a given port, e.g. to bring a stopped node back where the hub expects it. */
    public static TenantNode start(String nodeName, List<String> tenantIds, int port) {
        return start(nodeName, tenantIds, port, List.of());
    }

    /** With more Spring Boot arguments, e.g. {@code --market.node.demo.contracts=60}. */
    public static TenantNode start(String nodeName, List<String> tenantIds, int port, List<String> moreArguments) {
        return start(nodeName, tenantIds, port, moreArguments, JavaApp.QUICK_START);
    }

    /** With JVM options of its own, e.g. a collector and a GC log. */
    public static TenantNode start(String nodeName, List<String> tenantIds, int port, List<String> moreArguments, List<String> jvmOptions) {
        return start(nodeName, tenantIds, port, moreArguments, "256m", jvmOptions, java.time.Duration.ofMinutes(2));
    }

    /**
     * A node whose speed is measured: compiled as in production, with the heap its data needs, and
     * the time to load it (a million demo records take minutes) before it opens.
     */
    public static TenantNode forBenchmark(String nodeName, List<String> tenantIds, int port, List<String> moreArguments, String heap) {
        return start(nodeName, tenantIds, port, moreArguments, heap, List.of(), java.time.Duration.ofMinutes(45));
    }

    private static TenantNode start(String nodeName, List<String> tenantIds, int port, List<String> moreArguments, String heap, List<String> jvmOptions,
                                    java.time.Duration startupTimeout) {
        Path jar = Path.of(System.getProperty("tenant-node.jar", "../tenant-node/target/tenant-node-exec.jar"));
        List<String> args = new java.util.ArrayList<>(List.of(
                "--spring.mongodb.uri=" + SharedTestServers.mongodb().uri(),
                "--market.node.demo.enabled=true",
                "--market.node.demo.records.achievement=30",
                "--market.node.demo.records.demand=10",
                "--market.node.demo.records.expert=5",
                // the library's demo counts stay what tests count on; tests about members turn them on
                "--market.node.demo.members=false"));
        args.addAll(HubSecurity.tenantNodeArguments());
        args = SpringArguments.overriding(args, moreArguments);
        for (int i = 0; i < tenantIds.size(); i++) {
            args.add("--market.node.tenants[" + i + "].id=" + tenantIds.get(i));
            args.add("--market.node.tenants[" + i + "].database=" + nodeName + "_" + tenantIds.get(i));
        }
        JavaApp app = new JavaApp(nodeName, jar, heap, port, args, Map.of(), jvmOptions);
        return new TenantNode(app.start(Path.of("target", "tenant-node-logs"), startupTimeout), app.baseUrl());
    }

    /** An endpoint where nothing listens, as for a tenant whose node is down. */
    public static String deadEndpoint(String tenantId) {
        return "http://127.0.0.1:" + FreePort.find() + "/tenants/" + tenantId + "/graphql";
    }
}
