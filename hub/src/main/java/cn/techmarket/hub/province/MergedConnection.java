package cn.techmarket.hub.province;

import cn.techmarket.model.id.Opaque;
import cn.techmarket.model.region.TenantId;

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

    private record Edge(TenantId tenantId, String tenantCursor, Map<String, Object> node, Instant publishedAt, String id) {
    }

    /** The part of a tenant's connection the hub reads itself ({@link #NEEDED}); each node is relayed as the tenant sent it. */
    record TenantConnection(List<TenantEdge> edges, PageInfo pageInfo) {

        TenantConnection {
            // a tenant that answered only in part may leave either out
            edges = edges == null ? List.of() : edges;
            pageInfo = pageInfo == null ? new PageInfo(false) : pageInfo;
        }

        record TenantEdge(String cursor, Map<String, Object> node) {
        }

        record PageInfo(boolean hasNextPage) {
        }
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
        Map<TenantId, String> positions = decode(after);

        FanOut.Results<TenantAnswer> results = fanOut.ask(tenant -> {
            Map<String, Object> arguments = new HashMap<>(env.getArguments());
            arguments.put("first", size);
            arguments.remove("after");
            if (positions.containsKey(tenant.tenantId())) {
                arguments.put("after", positions.get(tenant.tenantId()));
            }
            ForwardedQuery query = ForwardedQuery.withExtra(env, tenantField, arguments, NEEDED);
            return gateway.query(tenant, Callers.of(env), Deadline.of(env), query.document(), query.variables());
        });

        List<GraphQLError> errors = new ArrayList<>();
        Map<TenantId, TenantConnection> pages = new LinkedHashMap<>();
        for (TenantAnswer answer : results.answers().values()) {
            errors.addAll(FederatedResults.of(env, answer, tenantField).getErrors());
            TenantConnection page = answer.field(tenantField, TenantConnection.class);
            if (page != null) {
                pages.put(answer.tenantId(), page);
            }
        }
        results.failures().forEach(failure -> errors.add(FederatedResults.error(env, failure)));
        Map<String, Object> connection = merge(pages, positions, size, after);
        return DataFetcherResult.newResult().data(RelayConnections.from(connection)).errors(errors).build();
    }

    /**
     * The hub's page from the cities' pages: the newest {@code size} records of all of them, each
     * edge's cursor holding every city's position up to it, and a next page if any city has more.
     *
     * @param positions where each city stood after the page before ({@code after}, decoded)
     */
    static Map<String, Object> merge(Map<TenantId, TenantConnection> cities, Map<TenantId, String> positions, int size, String after) {
        List<Edge> candidates = new ArrayList<>();
        boolean citiesHaveMore = false;
        for (Map.Entry<TenantId, TenantConnection> city : cities.entrySet()) {
            for (TenantConnection.TenantEdge edge : city.getValue().edges()) {
                candidates.add(new Edge(city.getKey(), edge.cursor(), edge.node(),
                        Instant.parse((String) edge.node().get("publishedAt")), (String) edge.node().get("id")));
            }
            citiesHaveMore |= city.getValue().pageInfo().hasNextPage();
        }
        candidates.sort(NEWEST_FIRST);
        List<Map<String, Object>> page = new ArrayList<>();
        Map<TenantId, String> position = new TreeMap<>(positions);
        for (Edge edge : candidates.subList(0, Math.min(size, candidates.size()))) {
            position.put(edge.tenantId(), edge.tenantCursor());
            Map<String, Object> hubEdge = new LinkedHashMap<>();
            hubEdge.put("cursor", encode(position));
            hubEdge.put("node", edge.node());
            page.add(hubEdge);
        }
        Map<String, Object> pageInfo = new LinkedHashMap<>();
        pageInfo.put("hasNextPage", candidates.size() > size || citiesHaveMore);
        pageInfo.put("hasPreviousPage", after != null);
        pageInfo.put("startCursor", page.isEmpty() ? null : page.get(0).get("cursor"));
        pageInfo.put("endCursor", page.isEmpty() ? after : page.get(page.size() - 1).get("cursor"));
        Map<String, Object> connection = new LinkedHashMap<>();
        connection.put("edges", page);
        connection.put("pageInfo", pageInfo);
        return connection;
    }

    /** {@code tenant:cursor} lines, URL-safe base64: opaque to clients. */
    static String encode(Map<TenantId, String> positions) {
        StringBuilder raw = new StringBuilder();
        positions.forEach((tenant, cursor) -> raw.append(tenant).append(':').append(cursor).append('\n'));
        return Opaque.encode(raw.toString());
    }

    /** @throws BadInputException naming {@code after} when the text is not such a cursor */
    static Map<TenantId, String> decode(String cursor) {
        Map<TenantId, String> positions = new TreeMap<>();
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
                positions.put(TenantId.of(line.substring(0, colon)), line.substring(colon + 1));
            }
            return positions;
        } catch (IllegalArgumentException e) {
            throw new BadInputException("after", "is not a cursor of this connection");
        }
    }
}
