package cn.techmarket.infra.elasticsearch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JavaRuntimesTest {

    @TempDir
    Path jvmRoot;

    @Test
    void theNewestJdkOfAtLeast21IsChosen() throws IOException {
        fakeJdk("java-17", "17.0.15");
        fakeJdk("jdk-21", "21.0.4");
        fakeJdk("temurin-25", "25.0.1");

        JavaRuntimes.Jdk jdk = new JavaRuntimes(null, jvmRoot).forElasticsearch();

        assertThat(jdk.featureVersion()).isEqualTo(25);
        assertThat(jdk.home().getFileName().toString()).isEqualTo("temurin-25");
    }

    @Test
    void esJavaHomeIsPreferredWhenItIsNewEnough() throws IOException {
        Path configured = fakeJdk("jdk-21", "21.0.4");
        fakeJdk("temurin-25", "25.0.1");

        assertThat(new JavaRuntimes(configured.toString(), jvmRoot).forElasticsearch().featureVersion()).isEqualTo(21);
    }

    @Test
    void withoutASuitableJdkTheMessageSaysWhatToDo() throws IOException {
        fakeJdk("java-8", "1.8.0_412");

        // the JDK running this test may itself be new enough; only judge the message when it is not
        if (Runtime.version().feature() < 21) {
            assertThatThrownBy(() -> new JavaRuntimes(null, jvmRoot).forElasticsearch())
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("Java 21 or newer")
                    .hasMessageContaining("ES_JAVA_HOME")
                    .hasMessageContaining("java-8");
        }
    }

    private Path fakeJdk(String name, String version) throws IOException {
        Path home = Files.createDirectories(jvmRoot.resolve(name));
        Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"test\"\nJAVA_VERSION=\"" + version + "\"\n");
        Path java = Files.createDirectories(home.resolve("bin")).resolve("java");
        Files.writeString(java, "#!/bin/sh\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        return home;
    }
}
