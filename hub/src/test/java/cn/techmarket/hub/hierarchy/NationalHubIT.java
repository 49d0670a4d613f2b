package cn.techmarket.hub.hierarchy;

import cn.techmarket.hub.support.HubIntegrationTest;
import cn.techmarket.hub.support.HubProcess;
import cn.techmarket.hub.support.HubProcess.RunningHub;
import cn.techmarket.hub.support.HubSecurity;
import cn.techmarket.hub.support.HubServers;
import cn.techmarket.hub.support.TenantNodeProcesses;
import cn.techmarket.hub.support.TenantNodeProcesses.TenantNode;
import cn.techmarket.model.id.GlobalId;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.client.HttpSyncGraphQlClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A national hub (this one) over two province hubs, each from the hub's jar over its own cities:
 * Jilin with three, Liaoning with two. The national hub is told only where the two province hubs
 * are; it learns their cities from them and then searches, forwards and fans out over all five.
 */
@HubIntegrationTest(properties = {
        "market.hub.registry.probe-interval=1s", "market.hub.search.sync-interval=200ms", "market.hub.search.index-prefix=national"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NationalHubIT {

    private static final List<String> JILIN = List.of("changchun", "jilin", "siping");
    private static final List<String> LIAONING = List.of("shenyang", "dalian");

    @RegisterExtension
    static final TenantNode jilinCities = TenantNodeProcesses.start("national_jl", JILIN);
    @RegisterExtension
    static final TenantNode liaoningCities = TenantNodeProcesses.start("national_ln", LIAONING);
    @RegisterExtension
    static final RunningHub jilinHub = HubProcess.start("jilin_province_hub", endpoints(jilinCities, JILIN), List.of());
    @RegisterExtension
    static final RunningHub liaoningHub = HubProcess.start("liaoning_province_hub", endpoints(liaoningCities, LIAONING), List.of());

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        HubServers.configure(registry, "national_hub");
        registry.add("market.hub.registry.lower-hubs[0].id", () -> "jilin");
        registry.add("market.hub.registry.lower-hubs[0].name", () -> "吉林省");
        registry.add("market.hub.registry.lower-hubs[0].endpoint", jilinHub::url);
        registry.add("market.hub.registry.lower-hubs[1].id", () -> "liaoning");
        registry.add("market.hub.registry.lower-hubs[1].name", () -> "辽宁省");
        registry.add("market.hub.registry.lower-hubs[1].endpoint", liaoningHub::url);
    }

    @LocalServerPort
    int port;

    @Test
    @Order(1)
    void theNationalHubLearnsEveryCityFromItsProvinceHubsAndItsSearchFindsRecordsOfAllFive() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(tenants())
                .extracting(tenant -> tenant.get("id") + " via " + tenant.get("via"))
                .containsExactlyInAnyOrder("changchun via jilin", "jilin via jilin", "siping via jilin", "shenyang via liaoning", "dalian via liaoning"));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            Map<String, Object> results = anonymous().document("{ search(first: 100) { total hits { id tenantId } facets { city { value count } } } }")
                    .retrieveSync("search").toEntity(Map.class);
            Map<String, Integer> byCity = new LinkedHashMap<>();
            ((List<Map<String, Object>>) ((Map<String, Object>) results.get("facets")).get("city"))
                    .forEach(facet -> byCity.put((String) facet.get("value"), ((Number) facet.get("count")).intValue()));
            assertThat(byCity).as("published records of every city, nationwide").containsOnlyKeys("changchun", "jilin", "siping", "shenyang", "dalian")
                    .allSatisfy((city, count) -> assertThat(count).isPositive());
            List<Map<String, Object>> hits = (List<Map<String, Object>>) results.get("hits");
            assertThat(hits).extracting(hit -> hit.get("id")).doesNotHaveDuplicates();
            assertThat(hits).allSatisfy(hit -> assertThat(GlobalId.decode((String) hit.get("id")).tenantId()).isEqualTo(hit.get("tenantId")));
        });
    }

    @Test
    @Order(2)
    void aQueryForALiaoningCityIsForwardedToItsNode() {
        Map<String, Object> shenyang = anonymous()
                .document("{ tenant(id: \"shenyang\") { name via achievements(first: 3) { edges { node { id title } } } } }")
                .retrieveSync("tenant").toEntity(Map.class);

        assertThat(shenyang).containsEntry("name", "沈阳").containsEntry("via", "liaoning");
        List<Map<String, Object>> edges = (List<Map<String, Object>>) ((Map<String, Object>) shenyang.get("achievements")).get("edges");
        assertThat(edges).isNotEmpty().allSatisfy(edge -> assertThat(GlobalId.decode((String) ((Map<String, Object>) edge.get("node")).get("id")).tenantId())
                .isEqualTo("shenyang"));
    }

    @Test
    @Order(3)
    void aStoppedProvinceIsNamedInErrorsWhileTheOtherAnswers() {
        liaoningHub.close();
        liaoningCities.close();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(lowerHubsHealth().get("liaoning"))
                .containsEntry("reachable", false).containsEntry("subMarkets", 2));

        ClientGraphQlResponse response = anonymous().document("{ tenants { id achievements(first: 1) { edges { node { id } } } } }").executeSync();

        List<Map<String, Object>> tenants = response.field("tenants").getValue();
        assertThat(tenants).filteredOn(tenant -> JILIN.contains(tenant.get("id"))).hasSize(3)
                .allSatisfy(tenant -> assertThat(tenant.get("achievements")).as("Jilin answers").isNotNull());
        assertThat(response.getErrors()).extracting(error -> error.getExtensions().get("tenant")).containsExactlyInAnyOrder("shenyang", "dalian");
        assertThat(response.getErrors()).allSatisfy(error -> {
            assertThat(error.getExtensions()).containsEntry("via", "liaoning").containsEntry("classification", "TENANT_UNAVAILABLE");
            assertThat(error.getMessage()).contains("辽宁省", "which does not answer either");
        });
    }

    private List<Map<String, Object>> tenants() {
        return HubSecurity.client(url(), "province-staff").document("{ tenants { id via endpoint } }").retrieveSync("tenants").toEntityList(Map.class)
                .stream().map(tenant -> (Map<String, Object>) tenant).toList();
    }

    private Map<String, Map<String, Object>> lowerHubsHealth() {
        Map<String, Object> health = RestClient.create().get().uri("http://127.0.0.1:" + port + "/actuator/health").retrieve().body(Map.class);
        return (Map<String, Map<String, Object>>) ((Map<String, Object>) ((Map<String, Object>) health.get("components")).get("lowerHubs")).get("details");
    }

    private HttpSyncGraphQlClient anonymous() {
        return HttpSyncGraphQlClient.builder(RestClient.create(url())).build();
    }

    private String url() {
        return "http://127.0.0.1:" + port + "/graphql";
    }

    private static Map<String, String> endpoints(TenantNode node, List<String> cities) {
        Map<String, String> endpoints = new LinkedHashMap<>();
        cities.forEach(city -> endpoints.put(city, node.endpoint(city)));
        return endpoints;
    }
}
