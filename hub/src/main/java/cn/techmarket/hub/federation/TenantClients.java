package cn.techmarket.hub.federation;

import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.client.HttpSyncGraphQlClient;
import org.springframework.graphql.support.ResourceDocumentSource;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One GraphQL client per tenant endpoint, sending the operations kept in the {@code graphql}
 * module ({@code graphql/operations/*.graphql}), which the contract tests check against the
 * tenant schema, carrying the caller's token ({@link RelayedToken}). Plain HTTP/1.1 with keep-alive: in the latency benchmark it forwarded faster
 * than the JDK HttpClient, which streams request bodies through its own executor.
 */
@Component
public class TenantClients {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(1);

    private final RestClient.Builder restClients;
    private final Map<String, HttpSyncGraphQlClient> byEndpoint = new ConcurrentHashMap<>();

    public TenantClients(RestClient.Builder restClients) {
        this.restClients = restClients;
    }

    /**
     * @param readTimeout how long to wait for the tenant's answer
     */
    public HttpSyncGraphQlClient forEndpoint(String endpoint, Duration readTimeout) {
        return byEndpoint.computeIfAbsent(endpoint + "|" + readTimeout, key -> {
            SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
            requests.setConnectTimeout(CONNECT_TIMEOUT);
            requests.setReadTimeout(readTimeout);
            RestClient rest = restClients.clone().baseUrl(endpoint).requestFactory(requests)
                    .requestInterceptor(RelayedToken.interceptor()).build();
            // the class's own loader: pool threads' context loader cannot see inside the executable jar
            return HttpSyncGraphQlClient.builder(rest)
                    .documentSource(new ResourceDocumentSource(List.of(new ClassPathResource("graphql/operations/", TenantClients.class.getClassLoader())), List.of(".graphql")))
                    .build();
        });
    }
}
