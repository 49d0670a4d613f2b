package cn.techmarket.hub.federation;

import graphql.relay.Connection;
import graphql.relay.ConnectionCursor;
import graphql.relay.DefaultConnection;
import graphql.relay.DefaultConnectionCursor;
import graphql.relay.DefaultEdge;
import graphql.relay.DefaultPageInfo;
import graphql.relay.Edge;

import java.util.List;
import java.util.Map;

/**
 * A connection relayed as JSON becomes graphql-java's {@link Connection}, which Spring
 * GraphQL's connection support passes through as it is (it would try to re-page a map).
 */
public final class RelayConnections {

    private RelayConnections() {
    }

    @SuppressWarnings("unchecked")
    public static Connection<Object> from(Map<String, Object> json) {
        if (json == null) {
            return null;
        }
        List<Map<String, Object>> edges = (List<Map<String, Object>>) json.getOrDefault("edges", List.of());
        Map<String, Object> pageInfo = (Map<String, Object>) json.getOrDefault("pageInfo", Map.of());
        List<Edge<Object>> relayEdges = edges.stream()
                .map(edge -> (Edge<Object>) new DefaultEdge<>(edge.get("node"), edgeCursor(edge.get("cursor"))))
                .toList();
        return new DefaultConnection<>(relayEdges, new DefaultPageInfo(
                cursor(pageInfo.get("startCursor")), cursor(pageInfo.get("endCursor")),
                Boolean.TRUE.equals(pageInfo.get("hasPreviousPage")), Boolean.TRUE.equals(pageInfo.get("hasNextPage"))));
    }

    /** graphql-java insists on an edge cursor; when the client did not ask for one, none is shown. */
    private static ConnectionCursor edgeCursor(Object value) {
        return value == null ? new DefaultConnectionCursor("not-requested") : cursor(value);
    }

    private static ConnectionCursor cursor(Object value) {
        return value == null ? null : new DefaultConnectionCursor(value.toString());
    }
}
