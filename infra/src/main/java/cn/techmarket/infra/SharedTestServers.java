package cn.techmarket.infra;

import cn.techmarket.infra.auth.AuthorizationServer;
import cn.techmarket.infra.elasticsearch.LocalElasticsearch;
import cn.techmarket.infra.process.FreePort;

import java.nio.file.Path;
import java.util.List;

/**
 * One MongoDB, one Elasticsearch and one authorization server per test JVM, started on first use
 * and stopped when the JVM exits, so test classes share them instead of each paying a server start.
 */
public final class SharedTestServers {

    private static RunningServer mongodb;
    private static RunningServer elasticsearch;
    private static AuthorizationServer authorizationServer;

    private SharedTestServers() {
    }

    public static synchronized RunningServer mongodb() {
        if (mongodb == null) {
            RunningServer started = Servers.ofThisMachine().mongodb(null);
            // the in-process stand-in ends with the JVM; a hook of its own would stop it beside the
            // Spring contexts' shutdown hook, whose last writes would then wait for a server gone
            mongodb = started.source() == ServerSource.EMBEDDED ? started : stopOnExit(started);
        }
        return mongodb;
    }

    public static synchronized RunningServer elasticsearch() {
        if (elasticsearch == null) {
            elasticsearch = stopOnExit(Servers.ofThisMachine().elasticsearch(LocalElasticsearch.Options.forTests()));
        }
        return elasticsearch;
    }

    /** Where the test realm's web client may be sent back with a code. */
    public static final String WEB_REDIRECT = "http://127.0.0.1:8080/graphiql";

    /**
     * The web front end's sign-in callback. A loopback address matches on any port (RFC 8252, as
     * Spring Authorization Server compares it), so a hub on a random port signs people in too.
     */
    public static final String WEB_SIGN_IN_CALLBACK = "http://127.0.0.1:8080/signin-callback";

    /**
     * The real authorization server from the jar named by the {@code auth-server.jar} system
     * property (set by the build), with the demo realm and a signing key the tests can read.
     */
    public static synchronized AuthorizationServer authorizationServer() {
        if (authorizationServer == null) {
            Path jar = Path.of(System.getProperty("auth-server.jar", "../infra/auth-server/target/auth-server-exec.jar"));
            Path work = Path.of("target", "auth-server");
            AuthorizationServer started = AuthorizationServer.start(jar, FreePort.find(), work.resolve("signing-key.json"),
                    List.of(WEB_REDIRECT, WEB_SIGN_IN_CALLBACK), work);
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "stop-auth-server"));
            authorizationServer = started;
        }
        return authorizationServer;
    }

    private static RunningServer stopOnExit(RunningServer server) {
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "stop-" + server.source()));
        return server;
    }
}
