package cn.techmarket.hub.province;

import cn.techmarket.model.id.Opaque;

import cn.techmarket.hub.federation.Deadline;
import cn.techmarket.graphql.errors.BadInputException;
import cn.techmarket.hub.federation.Callers;
import cn.techmarket.hub.federation.FederatedResults;
import cn.techmarket.hub.federation.ForwardedQuery;
import cn.techmarket.hub.federation.RelayConnections;
import cn.techmarket.hub.federation.TenantAnswer;
import cn.techmarket.hub.federation.TenantGateway;
import graphql.GraphQLError;
import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingEnvironment;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A Relay connection merged across tenants, newest first. The hub's cursor holds each tenant's
 * own cursor at the last record taken from it, so a page asks every tenant for the next
 * records after its own position: stable however the tenants interleave, and a tenant that
 * could not answer simply continues from where it was once it is back.
 */
@Component
class MergedConnection {

    private static final int DEFAULT_SIZE = 20;
    private static final int MAX_SIZE = 100;
    private static final String NEEDED = "{ edges { cursor node { __typename ... on LibraryRecord { id publishedAt } } } pageInfo { hasNextPage } }";
    private static final Comparator<Edge> NEWEST_FIRST = Comparator.comparing(Edge::publishedAt).reversed()
            .thenComparing(Edge::id, Comparator.reverseOrder());

    private record Edge(String tenantId, String tenantCursor, Map<String, Object> node, Instant publishedAt, String id) {
    }

    private final FanOut fanOut;
    private final TenantGateway gateway;

    MergedConnection(FanOut fanOut, TenantGateway gateway) {
        this.fanOut = fanOut;
        this.gateway = gateway;
    }

    DataFetcherResult<Object> newestFirst(DataFetchingEnvironment env, String tenantField, Integer first, String after) {
        int size = first == null ? DEFAULT_SIZE : first;
        if (size < 1 || size > MAX_SIZE) {
            throw new BadInputException("first", "must be between 1 and " + MAX_SIZE);
        }
        Map<String, String> positions = decode(after);

        FanOut.Results<TenantAnswer> results = fanOut.ask(tenant -> {
            Map<String, Object> arguments = new HashMap<>(env.getArguments());
            arguments.put("first", size);
            arguments.remove("after");
            if (positions.containsKey(tenant.id())) {
                arguments.put("after", positions.get(tenant.id()));
            }
            ForwardedQuery query = ForwardedQuery.withExtra(env, tenantField, arguments, NEEDED);
            return gateway.query(tenant, Callers.of(env), Deadline.of(env), query.document(), query.variables());
        });

        List<GraphQLError> errors = new ArrayList<>();
        List<Edge> candidates = new ArrayList<>();
        boolean tenantsHaveMore = false;
        for (TenantAnswer answer : results.answers().values()) {
            errors.addAll(FederatedResults.of(env, answer, tenantField).getErrors());
            Map<String, Object> connection = answer.field(tenantField);
            if (connection == null) {
                continue;
            }
            for (Map<String, Object> edge : edges(connection)) {
                Map<String, Object> node = (Map<String, Object>) edge.get("node");
                candidates.add(new Edge(answer.tenantId(), (String) edge.get("cursor"), node,
                        Instant.parse((String) node.get("publishedAt")), (String) node.get("id")));
            }
            tenantsHaveMore |= Boolean.TRUE.equals(((Map<String, Object>) connection.get("pageInfo")).get("hasNextPage"));
        }
        results.failures().forEach(failure -> errors.add(FederatedResults.error(env, failure)));

        candidates.sort(NEWEST_FIRST);
        List<Map<String, Object>> page = new ArrayList<>();
        Map<String, String> position = new TreeMap<>(positions);
        for (Edge edge : candidates.subList(0, Math.min(size, candidates.size()))) {
            position.put(edge.tenantId(), edge.tenantCursor());
            Map<String, Object> hubEdge = new LinkedHashMap<>();
            hubEdge.put("cursor", encode(position));
            hubEdge.put("node", edge.node());
            page.add(hubEdge);
        }
        Map<String, Object> pageInfo = new LinkedHashMap<>();
        pageInfo.put("hasNextPage", candidates.size() > size || tenantsHaveMore);
        pageInfo.put("hasPreviousPage", after != null);
        pageInfo.put("startCursor", page.isEmpty() ? null : page.get(0).get("cursor"));
        pageInfo.put("endCursor", page.isEmpty() ? after : page.get(page.size() - 1).get("cursor"));
        Map<String, Object> connection = new LinkedHashMap<>();
        connection.put("edges", page);
        connection.put("pageInfo", pageInfo);
        return DataFetcherResult.newResult().data(RelayConnections.from(connection)).errors(errors).build();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> edges(Map<String, Object> connection) {
        Object edges = connection.get("edges");
        return edges == null ? List.of() : (List<Map<String, Object>>) edges;
    }

    /** {@code tenant:cursor} lines, URL-safe base64: opaque to clients. */
    static String encode(Map<String, String> positions) {
        StringBuilder raw = new StringBuilder();
        positions.forEach((tenant, cursor) -> raw.append(tenant).append(':').append(cursor).append('\n'));
        return Opaque.encode(raw.toString());
    }

    /** @throws BadInputException naming {@code after} when the text is not such a cursor */
    static Map<String, String> decode(String cursor) {
        Map<String, String> positions = new TreeMap<>();
        if (cursor == null || cursor.isEmpty()) {
            return positions;
        }
        try {
            String raw = Opaque.decode(cursor);
            for (String line : raw.split("\n")) {
                int colon = line.indexOf(':');
                if (colon < 1) {
                    throw new IllegalArgumentException();
                }
                positions.put(line.substring(0, colon), line.substring(colon + 1));
            }
            return positions;
        } catch (IllegalArgumentException e) {
            throw new BadInputException("after", "is not a cursor of this connection");
        }
    }
}
