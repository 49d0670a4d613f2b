package cn.techmarket.infra;

import cn.techmarket.infra.elasticsearch.LocalElasticsearch;

/**
 * One MongoDB and one Elasticsearch per test JVM, started on first use and stopped when the
 * JVM exits, so test classes share them instead of each paying a server start.
 */
public final class SharedTestServers {

    private static RunningServer mongodb;
    private static RunningServer elasticsearch;

    private SharedTestServers() {
    }

    public static synchronized RunningServer mongodb() {
        if (mongodb == null) {
            mongodb = stopOnExit(Servers.ofThisMachine().mongodb(null));
        }
        return mongodb;
    }

    public static synchronized RunningServer elasticsearch() {
        if (elasticsearch == null) {
            elasticsearch = stopOnExit(Servers.ofThisMachine().elasticsearch(LocalElasticsearch.Options.forTests()));
        }
        return elasticsearch;
    }

    private static RunningServer stopOnExit(RunningServer server) {
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "stop-" + server.source()));
        return server;
    }
}
