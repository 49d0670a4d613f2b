package cn.techmarket.hub.graphql;

import cn.techmarket.hub.support.HubServers;
import cn.techmarket.hub.support.RegistryBootstrap;
import cn.techmarket.hub.support.TenantNodeProcesses;
import org.junit.jupiter.api.Test;
import cn.techmarket.hub.support.HubIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** GraphiQL works on a network that cannot reach any public CDN. */
@HubIntegrationTest(properties = "market.hub.search.sync-interval=1h")
class GraphiqlPageTest {

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        HubServers.configure(registry, "graphiql_test_hub");
        RegistryBootstrap.of(registry).city("changchun", TenantNodeProcesses.deadEndpoint("changchun"));
    }

    @LocalServerPort
    int port;

    @Test
    void everyAssetThePageLoadsIsServedByTheHubItself() {
        RestClient hub = RestClient.create("http://127.0.0.1:" + port);
        String page = hub.get().uri("/graphiql/index.html").retrieve().body(String.class);

        assertThat(page).doesNotContainPattern("(src|href)=\"(https?:)?//");
        Matcher assets = Pattern.compile("(?:src|href)=\"(/[^\"]+)\"").matcher(page);
        int count = 0;
        while (assets.find()) {
            ResponseEntity<byte[]> asset = hub.get().uri(assets.group(1)).retrieve().toEntity(byte[].class);
            assertThat(asset.getStatusCode().value()).as(assets.group(1)).isEqualTo(200);
            assertThat(asset.getBody()).as(assets.group(1)).hasSizeGreaterThan(1000);
            count++;
        }
        assertThat(count).isEqualTo(4);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theQueryANewcomerFindsInThePageAnswersWithoutASignIn() {
        RestClient hub = RestClient.create("http://127.0.0.1:" + port);
        String page = new String(hub.get().uri("/graphiql/index.html").retrieve().body(byte[].class), java.nio.charset.StandardCharsets.UTF_8);
        Matcher query = Pattern.compile("const defaultQuery = `(.*?)`;", Pattern.DOTALL).matcher(page);
        assertThat(query.find()).isTrue();

        Map<String, Object> answer = hub.post().uri("/graphql").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("query", query.group(1))).retrieve().body(Map.class);

        assertThat(answer).doesNotContainKey("errors");
        assertThat((Map<String, Object>) answer.get("data")).extractingByKey("tenants").asList().isNotEmpty();
    }

    @Test
    void theShortPathLeadsToThePage() {
        ResponseEntity<Void> response = RestClient.builder().baseUrl("http://127.0.0.1:" + port).build()
                .get().uri("/graphiql").retrieve().toBodilessEntity();

        assertThat(response.getStatusCode().value()).isEqualTo(200);
    }
}
