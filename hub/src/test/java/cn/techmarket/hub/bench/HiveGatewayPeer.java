package cn.techmarket.hub.bench;

import cn.techmarket.infra.process.ChildProcess;
import cn.techmarket.infra.process.FreePort;
import cn.techmarket.infra.process.HttpProbe;
import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Hive Gateway (npm {@code @graphql-hive/gateway}, the version pinned in {@code src/test/hive-gateway}) in proxy mode in
 * front of one GraphQL endpoint, with its default configuration (in-flight deduplication on): the peer the hub is
 * measured against. Installed with {@code npm ci} into {@code target/hive-gateway} on first use; where Node.js is
 * missing, the benchmark that asks for it is skipped.
 */
final class HiveGatewayPeer implements AutoCloseable {

    private static final Path SOURCE = Path.of("src", "test", "hive-gateway");
    private static final Path INSTALLED = Path.of("target", "hive-gateway");

    private final ChildProcess process;
    private final int port;

    private HiveGatewayPeer(ChildProcess process, int port) {
        this.process = process;
        this.port = port;
    }

    static HiveGatewayPeer proxying(String endpoint) throws IOException, InterruptedException {
        Assumptions.assumeTrue(onPath("node") && onPath("npm"), "Node.js and npm are not on this machine: no peer to measure against");
        install();
        int port = FreePort.find();
        ProcessBuilder builder = new ProcessBuilder("node", "node_modules/@graphql-hive/gateway/dist/bin.js", "proxy", endpoint,
                "--host", "127.0.0.1", "--port", Integer.toString(port), "--disable-websockets")
                .directory(INSTALLED.toFile());
        ChildProcess process = ChildProcess.start("hive-gateway", builder, Path.of("target", "benchmarks", "hive-gateway.log"));
        if (!HttpProbe.awaitOk("http://127.0.0.1:" + port + "/readiness", Duration.ofMinutes(1), process::isAlive)) {
            String tail = process.logTail(30);
            process.kill();
            throw new IllegalStateException("Hive Gateway did not start:\n" + tail);
        }
        return new HiveGatewayPeer(process, port);
    }

    String endpoint() {
        return "http://127.0.0.1:" + port + "/graphql";
    }

    long pid() {
        return process.pid();
    }

    private static void install() throws IOException, InterruptedException {
        Files.createDirectories(INSTALLED);
        boolean current = Files.exists(INSTALLED.resolve("node_modules/@graphql-hive/gateway/package.json"))
                && Files.mismatch(SOURCE.resolve("package-lock.json"), INSTALLED.resolve("package-lock.json")) == -1;
        if (current) {
            return;
        }
        for (String file : List.of("package.json", "package-lock.json")) {
            Files.copy(SOURCE.resolve(file), INSTALLED.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        Process npm = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund").directory(INSTALLED.toFile())
                // not inherited: the test JVM's own output is surefire's channel
                .redirectErrorStream(true).redirectOutput(INSTALLED.resolve("npm-ci.log").toFile()).start();
        if (!npm.waitFor(10, TimeUnit.MINUTES) || npm.exitValue() != 0) {
            throw new IllegalStateException("npm ci of Hive Gateway failed in " + INSTALLED.toAbsolutePath());
        }
    }

    private static boolean onPath(String command) {
        try {
            return new ProcessBuilder(command, "--version").redirectErrorStream(true).start().waitFor(30, TimeUnit.SECONDS);
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    @Override
    public void close() {
        process.stop(Duration.ofSeconds(10));
    }
}
