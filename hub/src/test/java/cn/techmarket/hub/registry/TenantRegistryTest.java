package cn.techmarket.hub.registry;

import cn.techmarket.hub.support.HubSecurity;
import cn.techmarket.hub.support.HubServers;
import cn.techmarket.hub.support.RegistryBootstrap;
import cn.techmarket.hub.support.TenantNodeProcesses;
import cn.techmarket.hub.support.TenantNodeProcesses.TenantNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import cn.techmarket.hub.support.HubIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.client.HttpSyncGraphQlClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The hub with a real Elasticsearch, the MongoDB wire server, one live tenant node and one dead endpoint. */
@HubIntegrationTest(properties = "market.hub.search.sync-interval=1h")
class TenantRegistryTest {

    @RegisterExtension
    static final TenantNode changchunNode = TenantNodeProcesses.start("registry_test", List.of("changchun"));

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        HubServers.configure(registry, "registry_test_hub");
        RegistryBootstrap.of(registry).city("siping", TenantNodeProcesses.deadEndpoint("siping")).cities(changchunNode, "changchun");
    }



    @LocalServerPort
    int port;

    @Autowired
    TenantRegistry registry;

    private HttpSyncGraphQlClient hub() {
        // the registry is the platform administrators'
        return HubSecurity.client("http://127.0.0.1:" + port + "/graphql", "platform-admin");
    }

    @Test
    void subMarketsLearnedFromALowerHubFollowItsListAndNeverReplaceOneRegisteredElsewhere() {
        RegisteredTenant shenyang = listed("shenyang", "沈阳", "210100");
        RegisteredTenant dalian = listed("dalian", "大连", "210200");
        try {
            assertThat(registry.discovered("liaoning", List.of(shenyang, dalian))).isEmpty();
            assertThat(registry.find("shenyang")).hasValueSatisfying(tenant -> assertThat(tenant.via()).isEqualTo("liaoning"));
            assertThat(hub().document("{ tenant(id: \"dalian\") { via endpoint } }").retrieveSync("tenant").toEntity(Map.class))
                    .containsEntry("via", "liaoning").containsEntry("endpoint", dalian.endpoint());

            List<String> conflicts = registry.discovered("liaoning", List.of(shenyang, listed("changchun", "长春", "220100"),
                    listed("anshan", "鞍山", "220100")));
            assertThat(conflicts).as("changchun is registered here; anshan's code is changchun's").hasSize(2)
                    .anySatisfy(conflict -> assertThat(conflict).contains("'changchun'", "registered here"))
                    .anySatisfy(conflict -> assertThat(conflict).contains("'anshan'", "regionCode"));
            assertThat(registry.find("changchun")).hasValueSatisfying(tenant -> assertThat(tenant.via()).isNull());
            assertThat(registry.find("dalian")).as("no longer listed by its hub").isEmpty();
            assertThat(registry.discovered("other-province", List.of(shenyang))).singleElement()
                    .satisfies(conflict -> assertThat(conflict).contains("lower hub 'liaoning'"));

            assertThat(hub().document("mutation { registerTenant(input: {id: \"shenyang\", name: \"沈阳\", regionCode: \"210100\","
                    + " endpoint: \"http://127.0.0.1:1/tenants/shenyang/graphql\"}) { id } }").executeSync().getErrors())
                    .as("an administrator cannot take over a lower hub's sub-market").singleElement()
                    .satisfies(error -> assertThat(error.getExtensions()).containsEntry("field", "input.id"));
        } finally {
            registry.discovered("liaoning", List.of());
        }
        assertThat(registry.find("shenyang")).isEmpty();
    }

    private static RegisteredTenant listed(String id, String name, String regionCode) {
        return new RegisteredTenant(id, name, id, regionCode, "http://127.0.0.1:1/tenants/" + id + "/graphql", RegisteredTenant.TenantStatus.ACTIVE);
    }

    @Test
    void theHubListsItsTenantsInAdministrativeOrder() {
        List<Map<String, Object>> tenants = hub().document("{ tenants { id name regionCode status } }")
                .retrieveSync("tenants").toEntity(new ParameterizedTypeReference<>() {});

        assertThat(tenants).extracting(t -> t.get("id")).containsSubsequence("changchun", "siping");
        assertThat(tenants).extracting(t -> (String) t.get("regionCode")).isSorted();
        assertThat(tenants.get(0)).containsEntry("name", "长春").containsEntry("status", "ACTIVE");
    }

    @Test
    void aLiveTenantIsUpAndADeadOneIsDownWithTheReason() {
        Map<String, Object> up = hub().document("{ tenant(id: \"changchun\") { health { state latencyMillis reason } } }")
                .retrieveSync("tenant.health").toEntity(new ParameterizedTypeReference<>() {});
        Map<String, Object> down = hub().document("{ tenant(id: \"siping\") { health { state latencyMillis reason } } }")
                .retrieveSync("tenant.health").toEntity(new ParameterizedTypeReference<>() {});

        assertThat(up).containsEntry("state", "UP").containsEntry("reason", null);
        assertThat(down).containsEntry("state", "DOWN").containsEntry("latencyMillis", null);
        assertThat((String) down.get("reason")).contains("unreachable");
    }

    @Test
    void anUnknownTenantIsNull() {
        assertThat((Object) hub().document("{ tenant(id: \"atlantis\") { id } }").executeSync().field("tenant").getValue()).isNull();
    }

    @Test
    void actuatorHealthCoversElasticsearchMongoDbAndTenants() {
        Map<String, Object> health = RestClient.create("http://127.0.0.1:" + port).get().uri("/actuator/health")
                .retrieve().body(new ParameterizedTypeReference<>() {});

        assertThat(health).containsEntry("status", "UP");
        assertThat((Map<String, Object>) health.get("components")).containsKeys("elasticsearch", "mongo", "tenants");
    }

    @Test
    void anInvalidRegistrationIsRefusedNamingTheField() {
        var bad = new RegisteredTenant("x", "某市", "X", "2201", "ftp://nowhere", RegisteredTenant.TenantStatus.ACTIVE);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> registry.register(bad)).hasMessageStartingWith("id:");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> registry.register(
                        new RegisteredTenant("xian", "某市", "X", "2201", "http://x", RegisteredTenant.TenantStatus.ACTIVE)))
                .hasMessageStartingWith("regionCode:");
        assertThat(registry.find("xian")).isEmpty();
    }

    @Test
    void administratorsRegisterSubMarketsAndBadRegistrationsAreRefusedNamingTheField() {
        var registered = hub().document("mutation { registerTenant(input: {id: \"baishan\", name: \"白山\", regionCode: \"220600\","
                + " endpoint: \"http://127.0.0.1:9/tenants/baishan/graphql\"}) { id name nameEn status } }").executeSync();
        assertThat(registered.getErrors()).isEmpty();
        assertThat((Map<String, Object>) registered.field("registerTenant").getValue()).containsEntry("status", "ACTIVE").containsEntry("nameEn", "baishan");

        var badCode = hub().document("mutation { registerTenant(input: {id: \"songyuan\", name: \"松原\", regionCode: \"2207\","
                + " endpoint: \"http://127.0.0.1:9/graphql\"}) { id } }").executeSync();
        assertThat(badCode.getErrors()).singleElement().satisfies(error ->
                assertThat(error.getExtensions()).containsEntry("field", "input.regionCode").containsEntry("code", "INVALID_INPUT"));
        var takenCode = hub().document("mutation { registerTenant(input: {id: \"songyuan\", name: \"松原\", regionCode: \"220100\","
                + " endpoint: \"http://127.0.0.1:9/graphql\"}) { id } }").executeSync();
        assertThat(takenCode.getErrors()).singleElement().satisfies(error ->
                assertThat(error.getExtensions()).containsEntry("field", "input.regionCode"));
        assertThat(registry.find("songyuan")).isEmpty();
    }

    @Test
    void aSuspendedSubMarketIsNotCalledAndIsLeftOutOfProvinceAnswers() {
        var suspended = hub().document("mutation { setTenantStatus(id: \"changchun\", status: SUSPENDED) { status } }").executeSync();
        assertThat((Object) suspended.field("setTenantStatus.status").getValue()).isEqualTo("SUSPENDED");
        try {
            var scoped = hub().document("{ tenant(id: \"changchun\") { libraryCounts { count } } }").executeSync();
            assertThat(scoped.getErrors()).singleElement().satisfies(error ->
                    assertThat(error.getExtensions()).containsEntry("tenant", "changchun").containsEntry("reason", "SUSPENDED"));
            var province = hub().document("{ province { libraryCounts { tenantId } } }").executeSync();
            assertThat(province.getErrors()).noneSatisfy(error -> assertThat(error.getExtensions()).containsEntry("tenant", "changchun"));
        } finally {
            hub().document("mutation { setTenantStatus(id: \"changchun\", status: ACTIVE) { status } }").executeSync();
        }
        var unknown = hub().document("mutation { setTenantStatus(id: \"atlantis\", status: ACTIVE) { status } }").executeSync();
        assertThat(unknown.getErrors()).singleElement().satisfies(error ->
                assertThat(error.getExtensions()).containsEntry("field", "id").containsEntry("code", "NOT_FOUND"));
    }
}
