package cn.techmarket.hub.graphql;

import cn.techmarket.hub.support.HubServers;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** GraphiQL works on a network that cannot reach any public CDN. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GraphiqlPageTest {

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        HubServers.configure(registry, "graphiql_test_hub");
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
    void theShortPathLeadsToThePage() {
        ResponseEntity<Void> response = RestClient.builder().baseUrl("http://127.0.0.1:" + port).build()
                .get().uri("/graphiql").retrieve().toBodilessEntity();

        assertThat(response.getStatusCode().value()).isEqualTo(200);
    }
}
