package cn.techmarket.tenant;

import cn.techmarket.infra.SharedTestServers;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.client.HttpSyncGraphQlClient;
import org.springframework.http.HttpStatusCode;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A node hosting two cities, over real HTTP, against the MongoDB wire server. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "market.node.tenants[0].id=changchun",
        "market.node.tenants[0].database=library_queries_changchun",
        "market.node.tenants[1].id=jilin",
        "market.node.tenants[1].database=library_queries_jilin",
        "market.node.demo.enabled=true",
        "market.node.demo.records.achievement=45",
        "market.node.demo.records.demand=12",
        "market.node.demo.records.expert=8",
        "market.node.demo.members=false"})
class LibraryQueriesTest {

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> SharedTestServers.mongodb().uri());
    }

    @LocalServerPort
    int port;

    private HttpSyncGraphQlClient tenant(String tenantId) {
        return HttpSyncGraphQlClient.create(RestClient.create("http://127.0.0.1:" + port + "/tenants/" + tenantId + "/graphql"));
    }

    @Test
    void eachEndpointAnswersForItsOwnCity() {
        Map<String, Object> tenant = tenant("jilin").document("{ tenant { id name regionCode } }").retrieveSync("tenant").toEntity(new org.springframework.core.ParameterizedTypeReference<>() {});

        assertThat(tenant).containsEntry("id", "jilin").containsEntry("name", "吉林").containsEntry("regionCode", "220200");
    }

    @Test
    void pagingWithCursorsVisitsEveryPublishedAchievementOnceNewestFirst() {
        List<String> ids = new ArrayList<>();
        List<String> published = new ArrayList<>();
        String after = null;
        boolean hasNext = true;
        while (hasNext) {
            ClientGraphQlResponse page = tenant("changchun").document("""
                            query($after: String) { achievements(first: 10, after: $after) {
                              edges { cursor node { id publishedAt tenantId } } pageInfo { hasNextPage endCursor } } }""")
                    .variable("after", after).executeSync();
            assertThat(page.getErrors()).isEmpty();
            page.field("achievements.edges").toEntityList(Map.class).forEach(edge -> {
                Map<?, ?> node = (Map<?, ?>) edge.get("node");
                ids.add((String) node.get("id"));
                published.add((String) node.get("publishedAt"));
                assertThat(node.get("tenantId")).isEqualTo("changchun");
            });
            hasNext = page.field("achievements.pageInfo.hasNextPage").toEntity(Boolean.class);
            after = page.field("achievements.pageInfo.endCursor").toEntity(String.class);
        }

        assertThat(ids).hasSize(45).doesNotHaveDuplicates();
        assertThat(published).isSortedAccordingTo((a, b) -> b.compareTo(a));
    }

    @Test
    void oneCityNeverSeesAnotherCitysRecords() {
        String changchunId = tenant("changchun").document("{ achievements(first: 1) { edges { node { id } } } }")
                .retrieveSync("achievements.edges[0].node.id").toEntity(String.class);

        assertThat(tenant("changchun").document("query($id: ID!) { node(id: $id) { id } }").variable("id", changchunId)
                .retrieveSync("node.id").toEntity(String.class)).isEqualTo(changchunId);
        ClientGraphQlResponse fromJilin = tenant("jilin").document("query($id: ID!) { node(id: $id) { id } }")
                .variable("id", changchunId).executeSync();
        assertThat(fromJilin.getErrors()).isEmpty();
        assertThat((Object) fromJilin.field("node").getValue()).isNull();
        assertThat(tenant("jilin").document("{ demands(first: 100) { edges { node { tenantId } } } }")
                .retrieveSync("demands.edges").toEntityList(Map.class))
                .hasSize(12)
                .allSatisfy(edge -> assertThat(((Map<?, ?>) edge.get("node")).get("tenantId")).isEqualTo("jilin"));
    }

    @Test
    void filtersNarrowTheLibrary() {
        List<Map> experts = tenant("changchun").document("{ experts(first: 100, filter: {availableForConsulting: true}) { edges { node { availableForConsulting } } } }")
                .retrieveSync("experts.edges").toEntityList(Map.class);

        assertThat(experts).allSatisfy(edge -> assertThat(((Map<?, ?>) edge.get("node")).get("availableForConsulting")).isEqualTo(true));
    }

    @Test
    void anOversizedPageIsRefusedNamingTheField() {
        ClientGraphQlResponse response = tenant("changchun").document("{ achievements(first: 5000) { edges { cursor } } }").executeSync();

        assertThat(response.getErrors()).singleElement().satisfies(error -> {
            assertThat(error.getMessage()).contains("first");
            assertThat(error.getExtensions()).containsEntry("field", "first");
            assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
        });
    }

    @Test
    void aMalformedIdIsRefusedNamingTheField() {
        List<ResponseError> errors = tenant("changchun").document("{ node(id: \"{\\\"$gt\\\": \\\"\\\"}\") { id } }").executeSync().getErrors();

        assertThat(errors).singleElement().satisfies(error -> assertThat(error.getExtensions()).containsEntry("field", "id"));
    }

    @Test
    void aTenantThisNodeDoesNotHostIsNotFound() {
        HttpStatusCode status = RestClient.create().post().uri("http://127.0.0.1:" + port + "/tenants/siping/graphql")
                .header("Content-Type", "application/json").body("{\"query\":\"{ tenant { id } }\"}")
                .exchange((request, response) -> response.getStatusCode());

        assertThat(status.value()).isEqualTo(404);
    }

    @Test
    void libraryCountsAreThoseOfTheCity() {
        List<Map> counts = tenant("jilin").document("{ libraryCounts { kind count } }").retrieveSync("libraryCounts").toEntityList(Map.class);

        assertThat(counts).contains(Map.of("kind", "ACHIEVEMENT", "count", 45), Map.of("kind", "DEMAND", "count", 12), Map.of("kind", "EXPERT", "count", 8));
    }
}
