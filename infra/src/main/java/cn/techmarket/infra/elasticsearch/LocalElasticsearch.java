package cn.techmarket.infra.elasticsearch;

import cn.techmarket.infra.RunningServer;
import cn.techmarket.infra.ServerSource;
import cn.techmarket.infra.process.ChildProcess;
import cn.techmarket.infra.process.FreePort;
import cn.techmarket.infra.process.HttpProbe;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Elasticsearch from the Maven-resolved distribution, started on a free loopback port as a
 * child process (as an unprivileged user when we are root) and stopped with its owner.
 */
public final class LocalElasticsearch implements RunningServer {

    private static final Logger log = LoggerFactory.getLogger(LocalElasticsearch.class);
    private static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(3);

    /**
     * @param installRoot where distributions are unpacked, shared by every run on the machine
     * @param instanceDir this node's config, data and logs; reuse it to keep the data
     * @param heap        e.g. {@code 512m}
     * @param httpPort    0 for a free port
     */
    public record Options(Path installRoot, Path instanceDir, String heap, int httpPort) {

        /** A throwaway node for tests: fresh data, a free port. */
        public static Options forTests() {
            return forTests(0);
        }

        /** A throwaway node on a given port, e.g. to restart it where its clients expect it. */
        public static Options forTests(int httpPort) {
            try {
                return new Options(defaultInstallRoot(), Files.createTempDirectory("province-es-"), "512m", httpPort);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /**
         * Under the system temp directory, because an unprivileged user must be able to reach it
         * (a root home directory is not).
         */
        public static Path defaultInstallRoot() {
            return Path.of(System.getProperty("java.io.tmpdir"), "province-market");
        }
    }

    private final ChildProcess process;
    private final String uri;
    private final Path instanceDir;

    private LocalElasticsearch(ChildProcess process, String uri, Path instanceDir) {
        this.process = process;
        this.uri = uri;
        this.instanceDir = instanceDir;
    }

    public static LocalElasticsearch start(Options options) {
        JavaRuntimes.Jdk jdk = JavaRuntimes.ofThisMachine().forElasticsearch();
        ElasticsearchDistribution distribution = ElasticsearchDistribution.resolved();
        Path home = distribution.installUnder(options.installRoot());
        ServiceUser user = ServiceUser.forThisProcess();
        Path instance = options.instanceDir().toAbsolutePath();
        Path config = instance.resolve("config");
        Path data = instance.resolve("data");
        Path logs = instance.resolve("logs");
        copyConfig(home.resolve("config"), config);
        createDirectories(data, logs);
        if (user.needed()) {
            requireReachable(instance, ServiceUser.NAME);
            user.own(home, instance);
        }

        int httpPort = options.httpPort() == 0 ? FreePort.find() : options.httpPort();
        int transportPort = FreePort.find();
        List<String> command = new ArrayList<>(user.commandPrefix());
        command.add(home.resolve("bin/elasticsearch").toString());
        Stream.of(
                "cluster.name=province-market",
                "node.name=province-market-local",
                "discovery.type=single-node",
                "network.host=127.0.0.1",
                "http.port=" + httpPort,
                "transport.port=" + transportPort,
                "path.data=" + data,
                "path.logs=" + logs,
                // the distribution ships x-pack security; a loopback-only dev node runs without it
                "xpack.security.enabled=false",
                // a nearly full developer disk must not turn indices read-only mid-test
                "cluster.routing.allocation.disk.threshold_enabled=false",
                "action.destructive_requires_name=false")
                .forEach(setting -> command.add("-E" + setting));

        ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile());
        Map<String, String> env = builder.environment();
        env.put("ES_JAVA_HOME", jdk.home().toString());
        env.put("ES_PATH_CONF", config.toString());
        env.put("ES_JAVA_OPTS", "-Xms" + options.heap() + " -Xmx" + options.heap());
        env.remove("JAVA_TOOL_OPTIONS");

        log.info("Starting Elasticsearch {} on 127.0.0.1:{} with Java {} ({}), data in {}",
                distribution.version(), httpPort, jdk.featureVersion(), jdk.home(), data);
        ChildProcess process = ChildProcess.start("elasticsearch", builder, logs.resolve("console.log"));
        String uri = "http://127.0.0.1:" + httpPort;
        if (!HttpProbe.awaitOk(uri + "/_cluster/health?wait_for_status=yellow&timeout=1s", STARTUP_TIMEOUT, process::isAlive)) {
            String tail = process.logTail(40);
            process.kill();
            throw new IllegalStateException("Elasticsearch did not become healthy at " + uri
                    + (process.isAlive() ? " within " + STARTUP_TIMEOUT : " (the process exited)") + ". Last log lines:\n" + tail);
        }
        log.info("Elasticsearch is up at {}", uri);
        return new LocalElasticsearch(process, uri, instance);
    }

    @Override
    public String uri() {
        return uri;
    }

    @Override
    public ServerSource source() {
        return ServerSource.EMBEDDED;
    }

    public Path instanceDir() {
        return instanceDir;
    }

    /** The process started for the node, for a supervisor to watch. */
    public ChildProcess process() {
        return process;
    }

    /** The process started for the node; its JVM is this process or one of its descendants. */
    public long pid() {
        return process.pid();
    }

    /** Kills the node at once, as a crash would (for fault tests). */
    public void kill() {
        process.kill();
    }

    @Override
    public void close() {
        process.stop(Duration.ofSeconds(30));
    }

    private static void copyConfig(Path from, Path to) {
        if (Files.isDirectory(to)) {
            return;
        }
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not copy Elasticsearch config to " + to, e);
        }
    }

    private static void createDirectories(Path... dirs) {
        try {
            for (Path dir : dirs) {
                Files.createDirectories(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Whether an unprivileged user can reach {@code dir}: every existing parent must be
     * traversable by others (a root home directory usually is not).
     */
    public static boolean reachableByOthers(Path dir) {
        for (Path parent = dir.toAbsolutePath().getParent(); parent != null; parent = parent.getParent()) {
            try {
                if (Files.exists(parent) && !Files.getPosixFilePermissions(parent).contains(PosixFilePermission.OTHERS_EXECUTE)) {
                    return false;
                }
            } catch (IOException e) {
                return false;
            }
        }
        return true;
    }

    private static void requireReachable(Path dir, String user) {
        if (!reachableByOthers(dir)) {
            throw new IllegalStateException("Elasticsearch runs as user '" + user + "', who cannot reach " + dir
                    + " because a parent directory is not traversable by others; choose a data directory elsewhere");
        }
    }
}
