package cn.techmarket.infra.launcher;

import cn.techmarket.infra.process.ChildProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A server the launcher started is restarted when it dies, with growing waits, and stays down when stopped by hand. */
class SupervisedTest {

    @TempDir
    Path logs;

    private final List<String> said = new CopyOnWriteArrayList<>();
    private final List<Duration> waited = new CopyOnWriteArrayList<>();
    private Supervised server;

    private ChildProcess process() {
        return ChildProcess.start("sleeper", new ProcessBuilder("sleep", "120"), logs.resolve("sleeper.log"));
    }

    private Supervised supervised() {
        server = new Supervised("sleeper", process(), this::process, said::add, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC), waited::add);
        return server;
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private long pid(Supervised server) {
        return Long.parseLong(server.status().replaceAll(".*pid (\\d+).*", "$1"));
    }

    @Test
    void aServerThatDiesIsSaidToHaveDiedAndIsStartedAgainWaitingLongerEachTime() {
        Supervised server = supervised();

        ProcessHandle.of(pid(server)).orElseThrow().destroyForcibly();
        await().atMost(Duration.ofSeconds(10)).until(() -> server.restarts() == 1);
        ProcessHandle.of(pid(server)).orElseThrow().destroyForcibly();
        await().atMost(Duration.ofSeconds(10)).until(() -> server.restarts() == 2);

        assertThat(said).anySatisfy(line -> assertThat(line).contains("sleeper exited unexpectedly", "restarting in 1 s"));
        assertThat(waited).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
        assertThat(server.status()).startsWith("running");
    }

    @Test
    void aServerStoppedByHandStaysDownUntilStartedByHand() {
        Supervised server = supervised();

        server.stop();
        // it stays down: no restart in the time a restart would have taken
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(3))
                .until(() -> server.status().equals("stopped by hand") && server.restarts() == 0);

        server.start();
        assertThat(server.status()).startsWith("running");
        assertThat(said).contains("sleeper started");
    }
}
