package cn.techmarket.infra;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;

/** Asks Testcontainers whether a Docker engine answers; any failure to ask means no. */
public final class DockerProbe {

    private static final Logger log = LoggerFactory.getLogger(DockerProbe.class);

    /** Set to {@code true} to skip the probe and never use containers (faster on machines without Docker). */
    public static final String DISABLE_ENV = "MARKET_NO_DOCKER";

    private static volatile Boolean available;

    private DockerProbe() {
    }

    public static boolean dockerAvailable() {
        if (available == null) {
            available = probe();
        }
        return available;
    }

    private static boolean probe() {
        if (Boolean.parseBoolean(System.getenv(DISABLE_ENV))) {
            return false;
        }
        try {
            boolean answered = DockerClientFactory.instance().isDockerAvailable();
            log.info("Docker engine {}", answered ? "answers: using Testcontainers" : "does not answer: starting servers locally");
            return answered;
        } catch (RuntimeException | LinkageError e) {
            log.info("Docker engine does not answer ({}): starting servers locally", e.toString());
            return false;
        }
    }
}
