package cn.techmarket.infra;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

class ServerSourceTest {

    @Test
    void aConfiguredServerWinsWithoutAskingDocker() {
        AtomicBoolean asked = new AtomicBoolean();

        ServerSource source = ServerSource.choose("mongodb://db.example:27017", () -> asked.getAndSet(true));

        assertThat(source).isEqualTo(ServerSource.EXTERNAL);
        assertThat(asked).isFalse();
    }

    @Test
    void testcontainersIsChosenWhenDockerAnswers() {
        assertThat(ServerSource.choose(null, () -> true)).isEqualTo(ServerSource.TESTCONTAINERS);
        assertThat(ServerSource.choose("  ", () -> true)).isEqualTo(ServerSource.TESTCONTAINERS);
    }

    @Test
    void serversAreStartedLocallyWhenDockerDoesNotAnswer() {
        assertThat(ServerSource.choose(null, () -> false)).isEqualTo(ServerSource.EMBEDDED);
    }

    @Test
    void withoutDockerTheMongoStandInIsStartedAndNoContainerIsTried() {
        try (RunningServer mongo = new Servers(() -> false).mongodb(null)) {
            assertThat(mongo.source()).isIn(ServerSource.EMBEDDED, ServerSource.EXTERNAL);
            assertThat(mongo.uri()).startsWith("mongodb://");
        }
    }

    @Test
    void probingForDockerNeverFailsOnAMachineWithoutIt() {
        // whatever the machine, the probe answers true or false and does not throw
        boolean answer = DockerProbe.dockerAvailable();
        assertThat(answer).isIn(true, false);
    }
}
