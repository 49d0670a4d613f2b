package cn.techmarket.infra.elasticsearch;

import cn.techmarket.infra.RunningServer;
import cn.techmarket.infra.SharedTestServers;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** The shared test node is a real Elasticsearch that indexes and finds Chinese text. */
class LocalElasticsearchTest {

    private final RunningServer elasticsearch = SharedTestServers.elasticsearch();
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theNodeIsHealthy() throws Exception {
        assertThat(get("/_cluster/health")).contains("\"number_of_nodes\":1");
    }

    @Test
    void aChinesePhraseFindsOnlyTheDocumentsThatContainIt() throws Exception {
        send("PUT", "/infra-smoke", "{\"mappings\":{\"properties\":{\"title\":{\"type\":\"text\"}}}}");
        send("PUT", "/infra-smoke/_doc/1", "{\"title\":\"碳纤维复合材料风电叶片成型\"}");
        send("PUT", "/infra-smoke/_doc/2", "{\"title\":\"复方中药合剂质量控制\"}");
        send("POST", "/infra-smoke/_refresh", "");

        String hits = send("POST", "/infra-smoke/_search",
                "{\"query\":{\"match_phrase\":{\"title\":\"复合材料\"}}}");

        assertThat(hits).contains("\"_id\":\"1\"").doesNotContain("\"_id\":\"2\"");
    }

    private String get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(elasticsearch.uri() + path)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private String send(String method, String path, String json) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(elasticsearch.uri() + path))
                        .header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isBetween(200, 299);
        return response.body();
    }
}
