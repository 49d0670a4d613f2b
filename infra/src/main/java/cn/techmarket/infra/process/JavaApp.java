package cn.techmarket.infra.process;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A Spring Boot application run from its executable jar as a separate JVM, the way it runs in
 * production: the start command runs hub and tenant nodes this way, and so do tests that must
 * stop, kill or slow a real node.
 *
 * @param name    for logs and messages, e.g. {@code tenant-changchun}
 * @param jar     the executable jar
 * @param heap    maximum heap, e.g. {@code 256m}
 * @param port    the HTTP port it will listen on
 * @param args    Spring Boot arguments such as {@code --market.node.tenants[0].id=changchun}
 * @param env     extra environment variables
 * @param jvmOptions more JVM options, e.g. {@link #QUICK_START}
 */
public record JavaApp(String name, Path jar, String heap, int port, List<String> args, Map<String, String> env, List<String> jvmOptions) {

    /**
     * For short-lived servers in tests that start and restart often: the first JIT tier only,
     * which halves the CPU a start costs at the price of slower steady-state code. Not for
     * benchmarks, nor for anything a user runs.
     */
    public static final List<String> QUICK_START = List.of("-XX:TieredStopAtLevel=1");

    private static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(2);

    public JavaApp(String name, Path jar, String heap, int port, List<String> args, Map<String, String> env) {
        this(name, jar, heap, port, args, env, List.of());
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /**
     * Starts the JVM and waits until it is ready for traffic: readiness turns after the
     * application-ready listeners have run (the hub registers its tenants in one), liveness before.
     */
    public ChildProcess start(Path logDir) {
        return start(logDir, STARTUP_TIMEOUT);
    }

    /** As {@link #start(Path)}, waiting as long as given: e.g. for a node that first loads a million demo records. */
    public ChildProcess start(Path logDir, Duration startupTimeout) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(name + ": " + jar + " does not exist; build it first (mvn package)");
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx" + heap, "-Dfile.encoding=UTF-8"));
        if (jvmOptions.stream().noneMatch(option -> option.matches("-XX:\\+Use\\w+GC"))) {
            // unless told otherwise: the serial collector, the least memory and threads for a small heap on few cores
            command.add("-XX:+UseSerialGC");
        }
        command.addAll(jvmOptions);
        Path runnable = jar.toAbsolutePath();
        Optional<ClassDataSharing.Launch> shared = ClassDataSharing.launch(jar, java);
        if (shared.isPresent()) {
            command.addAll(shared.get().jvmOptions());
            runnable = shared.get().jar();
        }
        command.addAll(List.of("-jar", runnable.toString(), "--server.port=" + port, "--server.address=127.0.0.1"));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(env);
        ChildProcess process = ChildProcess.start(name, builder, logDir.resolve(name + ".log"));
        if (!HttpProbe.awaitOk(baseUrl() + "/actuator/health/readiness", startupTimeout, process::isAlive)) {
            String tail = process.logTail(40);
            process.kill();
            throw new IllegalStateException(name + " did not start; last log lines:\n" + tail);
        }
        return process;
    }
}
