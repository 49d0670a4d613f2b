package cn.techmarket.hub.reliability;

import cn.techmarket.hub.support.HubProcess;
import cn.techmarket.hub.support.SpringArguments;
import cn.techmarket.infra.SharedTestServers;
import cn.techmarket.infra.process.ChildProcess;
import cn.techmarket.infra.process.FreePort;
import cn.techmarket.infra.process.JavaApp;
import cn.techmarket.model.region.City;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Hub replicas as processes from the hub's jar, started side by side as replicas of one deployment
 * start: the same database, Elasticsearch and cities, each under its own replica id.
 */
final class HubReplicaProcesses implements AutoCloseable {

    private final Map<String, ChildProcess> processes = new LinkedHashMap<>();
    private final Map<String, Integer> ports = new LinkedHashMap<>();
    private final Map<String, Duration> startedIn = new LinkedHashMap<>();

    private HubReplicaProcesses() {
    }

    /**
     * @param database  the replicas' database; also their search index prefix
     * @param leaseTime how long a replica's leases outlive it
     */
    static HubReplicaProcesses start(String database, List<String> replicas, Duration leaseTime, Map<City, String> cities) {
        HubReplicaProcesses hubs = new HubReplicaProcesses();
        Map<String, CompletableFuture<ChildProcess>> starting = new LinkedHashMap<>();
        for (String replica : replicas) {
            int port = FreePort.find();
            hubs.ports.put(replica, port);
            List<String> args = SpringArguments.overriding(HubProcess.citiesArguments(database, SharedTestServers.elasticsearch().uri(), cities), List.of(
                    "--market.hub.replica.id=" + replica,
                    "--market.hub.replica.lease-time=" + leaseTime.toSeconds() + "s",
                    "--market.hub.search.index-prefix=" + database,
                    "--market.hub.search.sync-interval=200ms",
                    "--market.hub.registry.probe-interval=2s",
                    "--market.graphql.rate-limit.requests-per-second=10000"));
            JavaApp app = new JavaApp(replica, HubProcess.jar(), "384m", port, args, Map.of(), JavaApp.QUICK_START);
            starting.put(replica, CompletableFuture.supplyAsync(() -> {
                long begin = System.nanoTime();
                ChildProcess process = app.start(Path.of("target", "replica-logs"), Duration.ofMinutes(5));
                synchronized (hubs.startedIn) {
                    hubs.startedIn.put(replica, Duration.ofNanos(System.nanoTime() - begin));
                }
                return process;
            }));
        }
        RuntimeException failed = null;
        for (Map.Entry<String, CompletableFuture<ChildProcess>> replica : starting.entrySet()) {
            try {
                hubs.processes.put(replica.getKey(), replica.getValue().join());
            } catch (RuntimeException e) {
                failed = e;
            }
        }
        if (failed != null) {
            hubs.close();
            throw failed;
        }
        return hubs;
    }

    String url(String replica) {
        return "http://127.0.0.1:" + ports.get(replica) + "/graphql";
    }

    /** From its start until it answered, by replica. */
    Map<String, Duration> startedIn() {
        synchronized (startedIn) {
            return Map.copyOf(startedIn);
        }
    }

    long pid(String replica) {
        return processes.get(replica).pid();
    }

    /** SIGKILL: no leases given back, no goodbye. */
    void kill(String replica) {
        processes.get(replica).kill();
    }

    @Override
    public void close() {
        processes.values().forEach(ChildProcess::close);
    }
}
