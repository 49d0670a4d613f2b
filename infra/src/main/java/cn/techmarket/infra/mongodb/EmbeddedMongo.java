package cn.techmarket.infra.mongodb;

import cn.techmarket.infra.RunningServer;
import cn.techmarket.infra.ServerSource;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The MongoDB stand-in for machines without MongoDB: mongo-java-server speaking the wire
 * protocol on a loopback port, in memory (tests) or in an H2 file that survives restarts.
 */
public final class EmbeddedMongo implements RunningServer {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongo.class);

    private final MongoServer server;
    private final String uri;

    private EmbeddedMongo(MongoBackend backend, int port) {
        this.server = new MongoServer(backend);
        InetSocketAddress address = port == 0 ? server.bind() : bind(server, port);
        this.uri = "mongodb://127.0.0.1:" + address.getPort();
    }

    private static InetSocketAddress bind(MongoServer server, int port) {
        server.bind("127.0.0.1", port);
        return server.getLocalAddress();
    }

    public static EmbeddedMongo inMemory() {
        EmbeddedMongo mongo = new EmbeddedMongo(new MemoryBackend() {
            @Override
            public Document handleCommand(Channel channel, String database, String command, Document query) {
                return super.handleCommand(channel, database, modernToLegacy(command), query);
            }
        }, 0);
        log.info("In-memory MongoDB stand-in at {}", mongo.uri);
        return mongo;
    }

    /** Data in {@code file} (created when missing), kept across restarts. */
    public static EmbeddedMongo inFile(Path file, int port) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        EmbeddedMongo mongo = new EmbeddedMongo(new H2Backend(file.toAbsolutePath().toString()) {
            @Override
            public Document handleCommand(Channel channel, String database, String command, Document query) {
                return super.handleCommand(channel, database, modernToLegacy(command), query);
            }
        }, port);
        log.info("MongoDB stand-in at {}, data in {}", mongo.uri, file.toAbsolutePath());
        return mongo;
    }

    /**
     * Current drivers and Spring Boot's health check say {@code hello}; the stand-in only knows
     * its older name {@code isMaster}, which answers the same.
     */
    private static String modernToLegacy(String command) {
        return "hello".equalsIgnoreCase(command) ? "isMaster" : command;
    }

    @Override
    public String uri() {
        return uri;
    }

    @Override
    public ServerSource source() {
        return ServerSource.EMBEDDED;
    }

    @Override
    public void close() {
        // also closes the backend: the H2 file store is flushed and released here
        server.shutdownNow();
    }
}
