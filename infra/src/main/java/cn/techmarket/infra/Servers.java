package cn.techmarket.infra;

import cn.techmarket.infra.elasticsearch.LocalElasticsearch;
import cn.techmarket.infra.mongodb.EmbeddedMongo;
import org.testcontainers.elasticsearch.ElasticsearchContainer;
import org.testcontainers.mongodb.MongoDBContainer;

import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Obtains MongoDB and Elasticsearch the same way for the start command and for tests:
 * {@code MONGODB_URI} / {@code ELASTICSEARCH_URL} when set, a Testcontainers container when a
 * Docker engine answers, else servers started on this machine.
 */
public final class Servers {

    public static final String MONGODB_URI = "MONGODB_URI";
    public static final String ELASTICSEARCH_URL = "ELASTICSEARCH_URL";
    static final String MONGODB_IMAGE = "mongo:8.0";
    static final String ELASTICSEARCH_IMAGE = "docker.elastic.co/elasticsearch/elasticsearch:9.2.4";

    private final BooleanSupplier dockerAvailable;

    public Servers(BooleanSupplier dockerAvailable) {
        this.dockerAvailable = dockerAvailable;
    }

    public static Servers ofThisMachine() {
        return new Servers(DockerProbe::dockerAvailable);
    }

    /**
     * @param dataFile H2 file for the embedded stand-in, or {@code null} for memory only
     */
    public RunningServer mongodb(Path dataFile) {
        String configured = System.getenv(MONGODB_URI);
        return switch (ServerSource.choose(configured, dockerAvailable)) {
            case EXTERNAL -> RunningServer.external(configured);
            case TESTCONTAINERS -> container(() -> {
                MongoDBContainer container = new MongoDBContainer(MONGODB_IMAGE);
                container.start();
                return new ContainerServer(container, container.getConnectionString());
            });
            case EMBEDDED -> dataFile == null ? EmbeddedMongo.inMemory() : EmbeddedMongo.inFile(dataFile, 0);
        };
    }

    public RunningServer elasticsearch(LocalElasticsearch.Options options) {
        String configured = System.getenv(ELASTICSEARCH_URL);
        return switch (ServerSource.choose(configured, dockerAvailable)) {
            case EXTERNAL -> RunningServer.external(configured);
            case TESTCONTAINERS -> container(() -> {
                ElasticsearchContainer container = new ElasticsearchContainer(ELASTICSEARCH_IMAGE)
                        .withEnv("xpack.security.enabled", "false")
                        .withEnv("ES_JAVA_OPTS", "-Xms512m -Xmx512m");
                container.start();
                return new ContainerServer(container, "http://" + container.getHttpHostAddress());
            });
            case EMBEDDED -> LocalElasticsearch.start(options);
        };
    }

    private static RunningServer container(Supplier<RunningServer> start) {
        return start.get();
    }

    private record ContainerServer(org.testcontainers.containers.GenericContainer<?> container, String uri)
            implements RunningServer {

        @Override
        public ServerSource source() {
            return ServerSource.TESTCONTAINERS;
        }

        @Override
        public void close() {
            container.stop();
        }
    }
}
