package cn.techmarket.hub.search;

import cn.techmarket.hub.registry.RegisteredTenant;
import cn.techmarket.hub.security.ServiceCredentials;
import org.springframework.http.HttpHeaders;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a tenant's change feed from a cursor to its end in one stream, the tenant's
 * newline-delimited export beside its GraphQL endpoint, as the sync service: for every sync pass
 * and the rebuild's backfill. Far behind, that is one stream instead of a query per page; caught
 * up, one line instead of a GraphQL query. Hands the changes over in batches shaped as the
 * GraphQL feed's; a stream that ends without its closing cursor line was cut short and fails.
 */
@Component
class FeedExport {

    /** Changes handed over at a time. */
    static final int BATCH = 200;

    private final ServiceCredentials credentials;
    private final JsonMapper json;
    private final RestClient http;

    FeedExport(ServiceCredentials credentials, JsonMapper json, RestClient.Builder restClients, SearchProperties properties) {
        this.credentials = credentials;
        this.json = json;
        SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(Duration.ofSeconds(1));
        // a stalled stream fails the pass or the rebuild rather than holding it forever
        requests.setReadTimeout(properties.feedReadTimeout());
        this.http = restClients.clone().requestFactory(requests).build();
    }

    /**
     * @param from the cursor to start after; null for the beginning
     * @return the cursor after the last change read
     */
    String read(RegisteredTenant tenant, String from, FeedReader.Pages pages) throws IOException {
        String token = token();
        try {
            return http.get().uri(exportUri(tenant.endpoint()), uri -> from == null ? uri.build() : uri.queryParam("after", from).build())
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                    .exchange((request, response) -> {
                        if (!response.getStatusCode().is2xxSuccessful()) {
                            throw new IOException("sub-market '" + tenant.id() + "' refused its change feed export: HTTP "
                                    + response.getStatusCode().value());
                        }
                        return changes(tenant, response.getBody(), pages);
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
    private String changes(RegisteredTenant tenant, InputStream body, FeedReader.Pages pages) throws IOException {
        List<Map<String, Object>> batch = new ArrayList<>(BATCH);
        try (MappingIterator<Map<String, Object>> lines = json.readerFor(Map.class).readValues(body)) {
            while (lines.hasNextValue()) {
                Map<String, Object> line = lines.nextValue();
                if (line.containsKey("cursor")) {
                    pages.accept(batch);
                    return (String) line.get("cursor");
                }
                batch.add(line);
                if (batch.size() == BATCH) {
                    pages.accept(batch);
                    batch = new ArrayList<>(BATCH);
                }
            }
        } catch (tools.jackson.core.JacksonException e) {
            throw new IOException("sub-market '" + tenant.id() + "' sent a malformed change feed export", e);
        }
        throw new IOException("sub-market '" + tenant.id() + "' change feed export ended before its cursor line");
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
