package cn.techmarket.hub.search.sync;

import cn.techmarket.graphql.FeedReaderHeader;
import cn.techmarket.hub.replica.ReplicaId;
import cn.techmarket.hub.search.SearchProperties;

import cn.techmarket.hub.federation.FailureCauses;
import cn.techmarket.hub.registry.RegisteredTenant;
import cn.techmarket.hub.security.ServiceCredentials;
import org.springframework.http.HttpHeaders;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a tenant's change feed from a cursor to its end in one stream, the tenant's
 * newline-delimited export beside its GraphQL endpoint, as the sync service: for every sync pass
 * and the rebuild's backfill. Far behind, that is one stream instead of a query per page; caught
 * up, one line instead of a GraphQL query. Hands the changes over in batches shaped as the
 * GraphQL feed's; a stream that ends without its closing cursor line was cut short and fails.
 * <p>
 * The sync follows a feed with a long poll: a tenant that has nothing new holds the request until
 * a write commits or the wait is over, saying every second that it is still up to date, so a
 * quiet city costs nothing and a write is read as it commits.
 */
@Component
public class FeedExport {

    /** Changes handed over at a time. */
    static final int BATCH = 200;

    private final ServiceCredentials credentials;
    private final JsonMapper json;
    private final RestClient http;
    private final ReplicaId replica;

    FeedExport(ServiceCredentials credentials, JsonMapper json, RestClient.Builder restClients, SearchProperties properties, ReplicaId replica) {
        this.credentials = credentials;
        this.replica = replica;
        this.json = json;
        SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(Duration.ofSeconds(1));
        // a stalled stream fails the pass or the rebuild rather than holding it forever
        requests.setReadTimeout(properties.feedReadTimeout());
        this.http = restClients.clone().requestFactory(requests).build();
    }

    /** The changes of a followed feed, and word from a tenant holding the request that there is nothing new yet. */
    interface Changes extends FeedReader.Pages {
        /** Nothing past the cursor had committed this long after the tenant was asked. */
        default void upToDate(Duration afterAsking) throws IOException {
        }
    }

    /**
     * Where a read ended.
     *
     * @param cursor        the cursor after the last change read
     * @param upToDateAfter how long after it was asked the tenant read the feed's end that the cursor stands at
     */
    record End(String cursor, Duration upToDateAfter) {
    }

    /**
     * Reads from the cursor to the feed's end at once.
     *
     * @param from the cursor to start after; null for the beginning
     * @return the cursor after the last change read
     */
    public String read(RegisteredTenant tenant, String from, FeedReader.Pages pages) throws IOException {
        return follow(tenant, from, Duration.ZERO, pages::accept).cursor();
    }

    /**
     * Reads from the cursor to the feed's end; if nothing is past the cursor, waits up to
     * {@code wait} for a change to commit (zero: answers at once).
     */
    End follow(RegisteredTenant tenant, String from, Duration wait, Changes changes) throws IOException {
        String token = token();
        try {
            return http.get().uri(exportUri(tenant.endpoint()), uri -> {
                        if (from != null) {
                            uri.queryParam("after", from);
                        }
                        return wait.isZero() ? uri.build() : uri.queryParam("wait", wait.toMillis()).build();
                    })
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                    // the tenant counts its feed's readers by replica: one at a time while the leases hold
                    .header(FeedReaderHeader.NAME, replica.value())
                    .exchange((request, response) -> {
                        if (!response.getStatusCode().is2xxSuccessful()) {
                            throw new IOException("sub-market '" + tenant.id() + "' refused its change feed export: HTTP "
                                    + response.getStatusCode().value());
                        }
                        return changes(tenant, response.getBody(), changes);
                    });
        } catch (RestClientException e) {
            throw e.getCause() instanceof IOException cause ? cause : new IOException(e.getMessage(), e);
        }
    }

    private String token() throws IOException {
        try {
            return credentials.syncService().bearerToken().orElseThrow();
        } catch (RuntimeException e) {
            throw new IOException("the sync service has no token: " + e.getMessage(), e);
        }
    }

    @SuppressWarnings("unchecked")
    private End changes(RegisteredTenant tenant, InputStream body, Changes pages) throws IOException {
        List<FeedChange> batch = new ArrayList<>(BATCH);
        try (MappingIterator<JsonNode> lines = json.readerFor(JsonNode.class).readValues(body)) {
            while (lines.hasNextValue()) {
                JsonNode line = lines.nextValue();
                if (line.has("cursor")) {
                    pages.accept(batch);
                    return new End(line.get("cursor").asString(), upToDate(line));
                }
                if (line.has("upToDate")) {
                    pages.upToDate(upToDate(line));
                    continue;
                }
                batch.add(json.treeToValue(line, FeedChange.class));
                if (batch.size() == BATCH) {
                    pages.accept(batch);
                    batch = new ArrayList<>(BATCH);
                }
            }
        } catch (tools.jackson.core.JacksonException e) {
            // the reader wraps what the socket threw: a silent or vanished tenant is not a malformed one
            Optional<IOException> transport = FailureCauses.cause(e, IOException.class);
            if (transport.isPresent()) {
                throw new IOException("sub-market '" + tenant.id() + "' stopped sending its change feed export: " + transport.get(), transport.get());
            }
            throw new IOException("sub-market '" + tenant.id() + "' sent a malformed change feed export", e);
        }
        throw new IOException("sub-market '" + tenant.id() + "' change feed export ended before its cursor line");
    }

    /** A tenant that does not say counts as up to date when it was asked. */
    private static Duration upToDate(JsonNode line) {
        return line.path("upToDate").isNumber() ? Duration.ofMillis(line.get("upToDate").asLong()) : Duration.ZERO;
    }

    /** The export sits beside the tenant's GraphQL endpoint: {@code …/tenants/{id}/changes}. */
    static String exportUri(String graphqlEndpoint) {
        String base = graphqlEndpoint.endsWith("/") ? graphqlEndpoint.substring(0, graphqlEndpoint.length() - 1) : graphqlEndpoint;
        if (!base.endsWith("/graphql")) {
            throw new IllegalArgumentException("not a GraphQL endpoint: " + graphqlEndpoint);
        }
        return base.substring(0, base.length() - "graphql".length()) + "changes";
    }
}
