package cn.techmarket.hub.graphql;

import cn.techmarket.hub.support.HubIntegrationTest;
import cn.techmarket.hub.support.HubServers;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Behind a proxy the hub trusts (here: anything on this machine), every visitor the proxy forwards
 * has a rate budget of its own, named by the proxy's X-Forwarded-For, instead of all sharing the
 * proxy's.
 */
@HubIntegrationTest(properties = {
        "market.graphql.rate-limit.requests-per-second=15", "server.tomcat.remoteip.internal-proxies=127\\\\.0\\\\.0\\\\.1",
        "market.hub.registry.probe-interval=1h", "market.hub.search.sync-interval=1h"})
class BehindTrustedProxyTest {

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        HubServers.configure(registry, "proxy_hub");
    }

    @LocalServerPort
    int port;

    @Test
    void visitorsForwardedByATrustedProxyEachHaveTheirOwnBudget() throws Exception {
        List<Integer> manyVisitors = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            manyVisitors.add(AnonymousRequests.forwardedFor(port, "203.0.113." + i).statusCode());
        }
        List<Integer> oneVisitor = new ArrayList<>();
        // until refused: on a busy machine a second may pass before the budget is spent
        for (int i = 0; i < 500 && !oneVisitor.contains(429); i++) {
            oneVisitor.add(AnonymousRequests.forwardedFor(port, "198.51.100.7").statusCode());
        }

        assertThat(manyVisitors).as("forty visitors, one request each").containsOnly(200);
        assertThat(oneVisitor).as("one visitor, many requests").contains(429);
    }

}
