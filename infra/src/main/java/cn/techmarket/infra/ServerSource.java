package cn.techmarket.infra;

import java.util.function.BooleanSupplier;

/**
 * Where a backing server comes from. The order of preference is the same for MongoDB and
 * Elasticsearch, for the start command and for tests: a configured server wins, then a
 * Testcontainers container when a Docker engine answers, then a server started on this machine.
 */
public enum ServerSource {
    /** Given by {@code MONGODB_URI} / {@code ELASTICSEARCH_URL}. */
    EXTERNAL,
    /** A container started through Testcontainers. */
    TESTCONTAINERS,
    /** Started here: mongo-java-server in process, or the Elasticsearch distribution from Maven Central. */
    EMBEDDED;

    /**
     * @param configuredUri   the configured address, or {@code null}/blank when none is set
     * @param dockerAvailable asked only when nothing is configured
     */
    public static ServerSource choose(String configuredUri, BooleanSupplier dockerAvailable) {
        if (configuredUri != null && !configuredUri.isBlank()) {
            return EXTERNAL;
        }
        return dockerAvailable.getAsBoolean() ? TESTCONTAINERS : EMBEDDED;
    }
}
