package cn.techmarket.tenant.support;

import cn.techmarket.model.record.RecordKind;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.client.HttpSyncGraphQlClient;
import org.springframework.web.client.RestClient;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** One tenant's GraphQL endpoint, with the operations the specifications use. */
public final class TenantApi {

    private final HttpSyncGraphQlClient client;
    private final HttpSyncGraphQlClient feedReader;

    /**
     * @param token     the caller's access token, or null for an anonymous caller
     * @param syncToken the token {@link #changes} reads the feed with, as the hub's sync does
     */
    TenantApi(String endpoint, String token, String syncToken) {
        this.client = client(endpoint, token);
        this.feedReader = client(endpoint, syncToken);
    }

    private static HttpSyncGraphQlClient client(String endpoint, String token) {
        RestClient.Builder rest = RestClient.builder().baseUrl(endpoint);
        if (token != null) {
            rest.defaultHeader("Authorization", "Bearer " + token);
        }
        return HttpSyncGraphQlClient.create(rest.build());
    }

    public ClientGraphQlResponse execute(String document, Map<String, Object> variables) {
        return client.document(document).variables(variables).executeSync();
    }

    /** The request sent with an Idempotency-Key, as a client that will retry it sends it. */
    public ClientGraphQlResponse executeOnce(String idempotencyKey, String document, Map<String, Object> variables) {
        return client.mutate().header("Idempotency-Key", idempotencyKey).build().document(document).variables(variables).executeSync();
    }

    /** Creates a record of the kind from the input and returns {id, version, lifecycle}. */
    public Map<String, Object> create(RecordKind kind, Map<String, Object> input) {
        ClientGraphQlResponse response = execute("mutation($input: " + kind.typeName() + "Input!) { create" + kind.typeName()
                + "(input: $input) { id version lifecycle } }", Map.of("input", input));
        assertThat(response.getErrors()).as("create " + kind).isEmpty();
        return response.field("create" + kind.typeName()).getValue();
    }

    public ClientGraphQlResponse update(RecordKind kind, String id, long expectedVersion, Map<String, Object> input) {
        return execute("mutation($id: ID!, $v: Int!, $input: " + kind.typeName() + "Input!) { update" + kind.typeName()
                + "(id: $id, expectedVersion: $v, input: $input) { id version lifecycle } }",
                Map.of("id", id, "v", expectedVersion, "input", input));
    }

    /** publish, withdraw or delete. */
    public ClientGraphQlResponse move(String mutation, String id, long expectedVersion) {
        return execute("mutation($id: ID!, $v: Int!) { " + mutation + "(id: $id, expectedVersion: $v) { id version lifecycle } }",
                Map.of("id", id, "v", expectedVersion));
    }

    public Map<String, Object> moveOk(String mutation, String id, long expectedVersion) {
        ClientGraphQlResponse response = move(mutation, id, expectedVersion);
        assertThat(response.getErrors()).as(mutation).isEmpty();
        return response.field(mutation).getValue();
    }

    /** The public record with the id, or null. */
    public Map<String, Object> node(String id) {
        return execute("query($id: ID!) { node(id: $id) { id ... on LibraryRecord { version lifecycle } } }", Map.of("id", id))
                .field("node").getValue();
    }

    public long publishedCount(RecordKind kind) {
        List<Map<String, Object>> counts = execute("{ libraryCounts { kind count } }", Map.of()).field("libraryCounts").getValue();
        return counts.stream().filter(c -> c.get("kind").equals(kind.name())).mapToLong(c -> ((Number) c.get("count")).longValue())
                .findFirst().orElseThrow();
    }

    /** One page of the change feed, read with the sync service's token. */
    public Map<String, Object> changes(String after, int first) {
        ClientGraphQlResponse response = feedReader.document("query($after: String, $first: Int) { changes(after: $after, first: $first) {"
                + " changes { kind id seq version lifecycle record { id } search { title text industries publishedAt } } cursor hasMore } }")
                .variables(variables("after", after, "first", first)).executeSync();
        assertThat(response.getErrors()).isEmpty();
        return response.field("changes").getValue();
    }

    /** Variables where a value may be null (Map.of refuses nulls). */
    private static Map<String, Object> variables(String k1, Object v1, String k2, Object v2) {
        Map<String, Object> variables = new java.util.HashMap<>();
        variables.put(k1, v1);
        variables.put(k2, v2);
        return variables;
    }

    /** The value at the path of a response that must have no errors. */
    public static <T> T ok(ClientGraphQlResponse response, String path) {
        assertThat(response.getErrors()).as(path).isEmpty();
        return response.field(path).getValue();
    }

    /** The extensions (code, field) of a response's only error. */
    public static Map<String, Object> refusal(ClientGraphQlResponse response) {
        return onlyError(response).getExtensions();
    }

    public static ResponseError onlyError(ClientGraphQlResponse response) {
        assertThat(response.getErrors()).hasSize(1);
        return response.getErrors().get(0);
    }
}
