package cn.techmarket.hub.federation;

import cn.techmarket.graphql.security.Caller;
import cn.techmarket.hub.registry.RegisteredTenant;
import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.client.HttpGraphQlClient;
import org.springframework.graphql.support.ResourceDocumentSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.client.reactive.JdkClientHttpConnector;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A city's subscriptions, relayed: the hub subscribes at the city over GraphQL over SSE with the
 * caller's own token, so the city decides what the caller receives, and passes each event on.
 * The stream ends when either side ends it.
 */
@Component
public class TenantSubscriptions {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(1);

    private final Map<String, HttpGraphQlClient> byEndpoint = new ConcurrentHashMap<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build();

    /** The stored subscription operation of the name, at the city, as the caller. */
    public Flux<ClientGraphQlResponse> subscribe(RegisteredTenant tenant, Caller caller, String operation) {
        return subscribe(tenant, caller, operation, Map.of());
    }

    /** As {@link #subscribe(RegisteredTenant, Caller, String)}, with the operation's variables. */
    public Flux<ClientGraphQlResponse> subscribe(RegisteredTenant tenant, Caller caller, String operation, Map<String, Object> variables) {
        HttpGraphQlClient client = byEndpoint.computeIfAbsent(tenant.endpoint(), endpoint -> HttpGraphQlClient.builder(
                        WebClient.builder().baseUrl(endpoint).clientConnector(new JdkClientHttpConnector(http)).build())
                // the class's own loader: the context loader cannot see inside the executable jar
                .documentSource(new ResourceDocumentSource(List.of(new ClassPathResource("graphql/operations/",
                        TenantSubscriptions.class.getClassLoader())), List.of(".graphql")))
                .build());
        HttpGraphQlClient asCaller = caller.bearerToken()
                .map(token -> client.mutate().header(HttpHeaders.AUTHORIZATION, "Bearer " + token).build())
                .orElse(client);
        return asCaller.documentName(operation).variables(variables).executeSubscription();
    }
}
