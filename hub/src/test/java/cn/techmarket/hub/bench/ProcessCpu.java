package cn.techmarket.hub.bench;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * CPU time used so far by this JVM (the hub, the MongoDB stand-in and the benchmark's client)
 * and by the processes it started, by kind: whom the machine's cores worked for during a phase.
 */
record ProcessCpu(Map<String, Duration> byKind) {

    static ProcessCpu now() {
        Map<String, Duration> kinds = new LinkedHashMap<>();
        kinds.put("test JVM (hub, stand-in, client)", cpu(ProcessHandle.current()));
        ProcessHandle.current().descendants().forEach(process -> kinds.merge(kind(process), cpu(process), Duration::plus));
        return new ProcessCpu(kinds);
    }

    ProcessCpu since(ProcessCpu before) {
        Map<String, Duration> used = new LinkedHashMap<>();
        byKind.forEach((kind, total) -> used.put(kind, total.minus(before.byKind.getOrDefault(kind, Duration.ZERO))));
        return new ProcessCpu(used);
    }

    /** E.g. "Elasticsearch 30.2 s, tenant nodes 20.1 s, test JVM (hub, stand-in, client) 12.3 s". */
    String describe() {
        return byKind.entrySet().stream().filter(kind -> !kind.getValue().isZero())
                .map(kind -> "%s %.1f s".formatted(kind.getKey(), kind.getValue().toMillis() / 1000.0))
                .collect(Collectors.joining(", "));
    }

    private static String kind(ProcessHandle process) {
        String command = process.info().commandLine().orElse("");
        if (command.contains("elasticsearch")) {
            return "Elasticsearch";
        }
        return command.contains("tenant-node") ? "tenant nodes" : "other";
    }

    private static Duration cpu(ProcessHandle process) {
        return process.info().totalCpuDuration().orElse(Duration.ZERO);
    }
}
