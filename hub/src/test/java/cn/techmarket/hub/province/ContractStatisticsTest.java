package cn.techmarket.hub.province;

import cn.techmarket.hub.support.HubSecurity;
import cn.techmarket.hub.support.HubServers;
import cn.techmarket.hub.support.RegistryBootstrap;
import cn.techmarket.hub.support.TenantNodeProcesses;
import cn.techmarket.hub.support.TenantNodeProcesses.TenantNode;
import cn.techmarket.infra.process.FreePort;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.TestMethodOrder;
import cn.techmarket.hub.support.HubIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Province contract statistics over three real cities with registered demo contracts: they agree
 * exactly with the contracts each city holds, come as CSV, are for province staff (a city
 * operator sees their own city), and name the city that could not answer.
 */
@HubIntegrationTest(properties = {
        "market.hub.registry.probe-interval=1h",
        "market.hub.search.sync-interval=1h"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@SuppressWarnings("unchecked")
class ContractStatisticsTest {

    @RegisterExtension
    static final TenantNode twoCities = TenantNodeProcesses.start("stats_a", List.of("changchun", "jilin"), FreePort.find(),
            List.of("--market.node.demo.contracts=90"));
    @RegisterExtension
    static final TenantNode siping = TenantNodeProcesses.start("stats_b", List.of("siping"), FreePort.find(),
            List.of("--market.node.demo.contracts=45"));
    static final int YEAR = Year.now(ZoneId.of("Asia/Shanghai")).getValue();

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        HubServers.configure(registry, "stats_hub");
        RegistryBootstrap.of(registry).cities(twoCities, "changchun", "jilin").cities(siping, "siping");
    }


    @LocalServerPort
    int port;

    private static final String PROVINCE = "query($year: Int!) { province { contractStatistics(year: $year) { year registered turnover"
            + " technologyIncome subsidiesPaid previousYear { year registered turnover } turnoverGrowthPercent"
            + " byCity { tenantId cityName registered turnover } byType { type registered turnover }"
            + " byMonth { month registered turnover } topBuyers { creditCode registered turnover } } } }";

    @Test
    @Order(0)
    void anOperatorRegistersAContractThroughTheHubAndNoOtherCityCan() {
        String mutation = "mutation($input: ContractInput!) { submitContract(tenantId: \"changchun\", input: $input) { id version status } }";
        Map<String, Object> input = Map.of("type", "DEVELOPMENT", "title", "汽车轻量化复合材料联合开发合同",
                "seller", Map.of("name", "吉林大学", "creditCode", cn.techmarket.model.contract.PartyCodes.withCheck("12220000MA0000001"), "kind", "UNIVERSITY"),
                "buyer", Map.of("name", "一汽某零部件公司", "creditCode", "91350100M000100Y43", "kind", "ENTERPRISE"),
                "amount", "800000.00", "technologyIncome", "800000.00", "signedOn", "2026-01-05");
        var operator = HubSecurity.client("http://127.0.0.1:" + port + "/graphql", "changchun-operator");
        ClientGraphQlResponse submitted = operator.document(mutation).variable("input", input).executeSync();
        assertThat(submitted.getErrors()).isEmpty();
        String id = submitted.field("submitContract.id").getValue();
        String move = "mutation($id: ID!, $v: Int!) { %s(id: $id, expectedVersion: $v) { status version registrationNumber } }";

        ClientGraphQlResponse foreign = HubSecurity.client("http://127.0.0.1:" + port + "/graphql", "jilin-operator")
                .document(move.formatted("startContractReview")).variable("id", id).variable("v", 1).executeSync();
        assertThat(foreign.getErrors()).extracting(e -> e.getErrorType().toString()).containsExactly("FORBIDDEN");
        assertThat(operator.document(move.formatted("startContractReview")).variable("id", id).variable("v", 1).executeSync().getErrors()).isEmpty();
        // four eyes: the city's second operator registers what the first submitted
        ClientGraphQlResponse registered = HubSecurity.client("http://127.0.0.1:" + port + "/graphql", "changchun-registrar")
                .document(move.formatted("registerContract")).variable("id", id).variable("v", 2).executeSync();

        assertThat(registered.getErrors()).isEmpty();
        assertThat((String) registered.field("registerContract.registrationNumber").getValue()).startsWith("220100-" + YEAR + "-");
    }

    /**
     * The province's instrument sharing year, from the demo instruments' year of use: the cities
     * side by side and the units ranked, the province totals the sums of the cities' own figures,
     * and a utilisation spread around the seed's 53 %.
     */
    @Test
    @Order(0)
    void theProvincesInstrumentUtilisationSumsTheCitiesAndRanksTheUnits() {
        var staff = HubSecurity.client("http://127.0.0.1:" + port + "/graphql", "province-staff");
        Map<String, Object> province = staff.document("query($year: Int!) { province { instrumentUtilisation(year: $year, first: 200) {"
                + " instruments openHours effectiveHours utilisationPercent averageEffectiveHours byCity { tenantId instruments effectiveHours }"
                + " units { rank tenantId utilisationPercent } } } }").variable("year", YEAR).executeSync()
                .field("province.instrumentUtilisation").getValue();
        BigDecimal effective = BigDecimal.ZERO;
        int instruments = 0;
        for (String city : List.of("changchun", "jilin", "siping")) {
            Map<String, Object> own = staff.document("query($id: ID!, $year: Int!) { tenant(id: $id) { instrumentUtilisation(year: $year) {"
                    + " instruments effectiveHours } } }").variable("id", city).variable("year", YEAR).executeSync()
                    .field("tenant.instrumentUtilisation").getValue();
            effective = effective.add(new BigDecimal((String) own.get("effectiveHours")));
            instruments += (Integer) own.get("instruments");
            assertThat((List<Map<String, Object>>) province.get("byCity")).contains(Map.of("tenantId", city, "instruments", own.get("instruments"),
                    "effectiveHours", own.get("effectiveHours")));
        }
        assertThat(province.get("instruments")).isEqualTo(instruments);
        assertThat(new BigDecimal((String) province.get("effectiveHours"))).isEqualByComparingTo(effective);
        assertThat(new BigDecimal((String) province.get("utilisationPercent"))).as("around the seed's 53 %").isBetween(new BigDecimal("30"), new BigDecimal("75"));
        Object lastYear = staff.document("query($year: Int!) { province { instrumentUtilisation(year: $year) { utilisationPercent } } }")
                .variable("year", YEAR - 1).executeSync().field("province.instrumentUtilisation.utilisationPercent").getValue();
        assertThat(new BigDecimal((String) lastYear)).as("the whole of last year, which a review concludes, too").isBetween(new BigDecimal("30"), new BigDecimal("75"));
        List<Map<String, Object>> units = (List<Map<String, Object>>) province.get("units");
        assertThat(units).extracting(unit -> unit.get("rank")).containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, units.size()).boxed().toList());
        assertThat(units).extracting(unit -> new BigDecimal((String) unit.get("utilisationPercent"))).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(HubSecurity.client("http://127.0.0.1:" + port + "/graphql", "changchun-operator")
                .document("query($year: Int!) { province { instrumentUtilisation(year: $year) { instruments } } }").variable("year", YEAR)
                .executeSync().getErrors()).as("for province staff").singleElement()
                .satisfies(error -> assertThat(error.getErrorType().toString()).isEqualTo("FORBIDDEN"));
    }

    @Test
    @Order(1)
    void provinceFiguresAreExactlyTheSumsOfEveryCitysRegisteredContracts() {
        Map<String, List<Map<String, Object>>> contracts = new HashMap<>();
        for (String city : List.of("changchun", "jilin", "siping")) {
            contracts.put(city, registered(city, YEAR));
        }
        List<Map<String, Object>> all = contracts.values().stream().flatMap(List::stream).toList();

        ClientGraphQlResponse response = hub("province-staff", PROVINCE);
        assertThat(response.getErrors()).isEmpty();
        Map<String, Object> stats = response.field("province.contractStatistics").getValue();

        assertThat(stats).containsEntry("year", YEAR).containsEntry("registered", all.size());
        assertThat(money(stats.get("turnover"))).isEqualByComparingTo(sum(all, "amount"));
        assertThat(money(stats.get("technologyIncome"))).isEqualByComparingTo(sum(all, "technologyIncome"));
        assertThat(money(stats.get("subsidiesPaid"))).isEqualByComparingTo(sum(all, "subsidyTotal"));
        for (Map<String, Object> city : (List<Map<String, Object>>) stats.get("byCity")) {
            List<Map<String, Object>> own = contracts.get((String) city.get("tenantId"));
            assertThat(city).containsEntry("registered", own.size());
            assertThat(money(city.get("turnover"))).isEqualByComparingTo(sum(own, "amount"));
        }
        for (Map<String, Object> type : (List<Map<String, Object>>) stats.get("byType")) {
            List<Map<String, Object>> ofType = all.stream().filter(c -> c.get("type").equals(type.get("type"))).toList();
            assertThat(type).containsEntry("registered", ofType.size());
            assertThat(money(type.get("turnover"))).isEqualByComparingTo(sum(ofType, "amount"));
        }
        int byMonth = ((List<Map<String, Object>>) stats.get("byMonth")).stream().mapToInt(m -> ((Number) m.get("registered")).intValue()).sum();
        assertThat(byMonth).isEqualTo(all.size());
        List<Map<String, Object>> lastYear = new ArrayList<>();
        for (String city : List.of("changchun", "jilin", "siping")) {
            lastYear.addAll(registered(city, YEAR - 1));
        }
        assertThat(money(((Map<String, Object>) stats.get("previousYear")).get("turnover"))).isEqualByComparingTo(sum(lastYear, "amount"));
    }

    @Test
    @Order(2)
    void theCsvCarriesTheSameFigures() {
        ResponseEntity<String> csv = csv("province-staff", "?year=" + YEAR + "&by=city");
        Map<String, Object> stats = hub("province-staff", PROVINCE).field("province.contractStatistics").getValue();

        assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
        List<String> lines = csv.getBody().replace("\uFEFF", "").lines().toList();
        assertThat(lines.get(0)).startsWith("tenant_id,city,year,registered,turnover");
        assertThat(lines).hasSize(5);
        String total = lines.get(4);
        assertThat(total).startsWith(",全省合计," + YEAR + "," + stats.get("registered") + "," + money(stats.get("turnover")).toPlainString() + ",");
        assertThat(csv("province-staff", "?year=" + YEAR + "&by=month").getBody().lines().count()).isEqualTo(13);
    }

    @Test
    @Order(3)
    void aCityOperatorSeesTheirOwnCityOnly() {
        ClientGraphQlResponse province = hub("changchun-operator", PROVINCE);
        ClientGraphQlResponse own = hub("changchun-operator", "query($year: Int!) { tenant(id: \"changchun\") { contractStatistics(year: $year) { registered } } }");
        ClientGraphQlResponse other = hub("changchun-operator", "query($year: Int!) { tenant(id: \"jilin\") { contractStatistics(year: $year) { registered } } }");

        assertThat(province.getErrors()).extracting(e -> e.getErrorType().toString()).contains("FORBIDDEN");
        assertThat(own.getErrors()).isEmpty();
        assertThat((Object) own.field("tenant.contractStatistics.registered").getValue()).isNotNull();
        assertThat(other.getErrors()).extracting(e -> e.getErrorType().toString()).containsExactly("FORBIDDEN");
        List<String> lines = csv("changchun-operator", "?year=" + YEAR).getBody().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).startsWith("changchun,长春,");
        Integer anonymous = RestClient.create("http://127.0.0.1:" + port).get().uri("/statistics/contracts.csv?year=" + YEAR)
                .exchange((request, response) -> response.getStatusCode().value(), false);
        assertThat(anonymous).isEqualTo(401);
    }

    @Test
    @Order(4)
    void aCityThatCannotAnswerIsNamedAndTheOthersStillCount() {
        Map<String, Object> before = hub("province-staff", PROVINCE).field("province.contractStatistics").getValue();
        ClientGraphQlResponse registered = HubSecurity.client("http://127.0.0.1:" + port + "/graphql", "platform-admin")
                .document("mutation($endpoint: String!) { registerTenant(input: {id: \"tonghua\", name: \"通化\", regionCode: \"220500\","
                        + " endpoint: $endpoint}) { id } }")
                .variable("endpoint", TenantNodeProcesses.deadEndpoint("tonghua")).executeSync();
        assertThat(registered.getErrors()).isEmpty();

        ClientGraphQlResponse partial = hub("province-staff", PROVINCE);
        ResponseEntity<String> csv = csv("province-staff", "?year=" + YEAR);

        assertThat(partial.getErrors()).singleElement().satisfies(error ->
                assertThat(error.getExtensions()).containsEntry("tenant", "tonghua").containsEntry("reason", "UNAVAILABLE"));
        Map<String, Object> stats = partial.field("province.contractStatistics").getValue();
        assertThat(stats.get("registered")).isEqualTo(before.get("registered"));
        assertThat(money(stats.get("turnover"))).isEqualByComparingTo(money(before.get("turnover")));
        assertThat(csv.getHeaders().getFirst("Market-Missing-Tenants")).isEqualTo("tonghua=UNAVAILABLE");
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> registered(String city, int year) {
        List<Map<String, Object>> found = new ArrayList<>();
        String after = null;
        do {
            Map<String, Object> variables = new HashMap<>(Map.of("year", year));
            variables.put("after", after);
            ClientGraphQlResponse page = HubSecurity.client(city.equals("siping") ? siping.endpoint(city) : twoCities.endpoint(city), "province-staff")
                    .document("query($year: Int!, $after: String) { contracts(first: 100, after: $after, filter: {status: REGISTERED, year: $year}) {"
                            + " edges { node { type amount technologyIncome subsidyTotal } } pageInfo { hasNextPage endCursor } } }")
                    .variables(variables).executeSync();
            assertThat(page.getErrors()).isEmpty();
            List<Map<String, Object>> edges = page.field("contracts.edges").getValue();
            edges.forEach(edge -> found.add((Map<String, Object>) edge.get("node")));
            after = Boolean.TRUE.equals(page.field("contracts.pageInfo.hasNextPage").getValue())
                    ? page.field("contracts.pageInfo.endCursor").getValue() : null;
        } while (after != null);
        return found;
    }

    private ClientGraphQlResponse hub(String client, String document) {
        return HubSecurity.client("http://127.0.0.1:" + port + "/graphql", client).document(document).variable("year", YEAR).executeSync();
    }

    private ResponseEntity<String> csv(String client, String query) {
        ResponseEntity<byte[]> response = RestClient.create("http://127.0.0.1:" + port).get().uri("/statistics/contracts.csv" + query)
                .header("Authorization", "Bearer " + HubSecurity.token(client))
                .retrieve().toEntity(byte[].class);
        return new ResponseEntity<>(new String(response.getBody(), StandardCharsets.UTF_8), response.getHeaders(), response.getStatusCode());
    }

    private static BigDecimal sum(List<Map<String, Object>> contracts, String field) {
        return contracts.stream().map(c -> money(c.get(field))).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal money(Object value) {
        return new BigDecimal(String.valueOf(value));
    }
}
