package cn.techmarket.hub.federation;

import cn.techmarket.graphql.security.Caller;
import cn.techmarket.hub.registry.RegisteredTenant;
import cn.techmarket.hub.registry.RegisteredTenant.TenantStatus;
import cn.techmarket.hub.registry.TenantRegistry;
import cn.techmarket.model.access.MarketRole;
import cn.techmarket.model.id.GlobalId;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.execution.DefaultBatchLoaderRegistry;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * How the hub looks records up by id across cities, against a stubbed gateway: which city is
 * asked for what, and what comes back when a city cannot answer.
 */
class RecordLoaderTest {

    private static final RegisteredTenant CHANGCHUN = city("changchun");
    private static final RegisteredTenant JILIN = city("jilin");
    private static final Caller STAFF = new Caller("staff", Set.of(MarketRole.PROVINCE_STAFF), null, "token");
    private static final Caller JILIN_OPERATOR = new Caller("op", Set.of(MarketRole.CITY_OPERATOR), "jilin", "token");

    private final TenantRegistry registry = mock(TenantRegistry.class);
    private final TenantGateway gateway = mock(TenantGateway.class);
    private final RecordLoader loader = new RecordLoader(new DefaultBatchLoaderRegistry(), registry, gateway, Runnable::run);
    private final Deadline deadline = Deadline.after(Clock.systemUTC(), Duration.ofSeconds(2));

    RecordLoaderTest() {
        when(registry.find("changchun")).thenReturn(Optional.of(CHANGCHUN));
        when(registry.find("jilin")).thenReturn(Optional.of(JILIN));
        when(registry.find("siping")).thenReturn(Optional.empty());
    }

    @Test
    void asksEachCityOnceForAllOfItsIds() {
        String a = achievement("changchun", "1");
        String b = achievement("changchun", "2");
        String c = achievement("jilin", "3");
        answer(CHANGCHUN, List.of(a, b));
        answer(JILIN, List.of(c));

        Map<String, RecordLoader.Loaded> loaded = loader.load(ordered(a, b, c), STAFF, deadline);

        assertThat(loaded.get(a).record()).containsEntry("id", a);
        assertThat(loaded.get(c).record()).containsEntry("id", c);
        verify(gateway, times(1)).queryNamed(eq(CHANGCHUN), any(), any(), eq("recordsByIds"), eq(Map.of("ids", List.of(a, b), "withContact", true)));
        verify(gateway, times(1)).queryNamed(eq(JILIN), any(), any(), eq("recordsByIds"), anyMap());
    }

    @Test
    void asksInChunksOfAHundredIds() {
        List<String> ids = IntStream.range(0, 150).mapToObj(i -> achievement("changchun", "r" + i)).toList();
        answer(CHANGCHUN, ids.subList(0, 100));
        answer(CHANGCHUN, ids.subList(100, 150));

        Map<String, RecordLoader.Loaded> loaded = loader.load(new LinkedHashSet<>(ids), STAFF, deadline);

        assertThat(loaded.values()).allSatisfy(record -> assertThat(record.record()).isNotNull());
        verify(gateway, times(2)).queryNamed(eq(CHANGCHUN), any(), any(), eq("recordsByIds"), anyMap());
    }

    @Test
    void aCityThatCannotAnswerFailsOnlyItsOwnIds() {
        String a = achievement("changchun", "1");
        String c = achievement("jilin", "3");
        answer(CHANGCHUN, List.of(a));
        TenantCallFailure timeout = new TenantCallFailure(JILIN.tenantId(), TenantCallFailure.Reason.TIMEOUT, "no answer", null);
        when(gateway.queryNamed(eq(JILIN), any(), any(), eq("recordsByIds"), anyMap())).thenThrow(timeout);

        Map<String, RecordLoader.Loaded> loaded = loader.load(ordered(a, c), STAFF, deadline);

        assertThat(loaded.get(a).record()).isNotNull();
        assertThat(loaded.get(a).failure()).isNull();
        assertThat(loaded.get(c).record()).isNull();
        assertThat(loaded.get(c).failure()).isSameAs(timeout);
    }

    @Test
    void idsOfNoRegisteredCityAndMalformedIdsAreNotFoundWithoutAskingAnyone() {
        String unregistered = achievement("siping", "1");

        Map<String, RecordLoader.Loaded> loaded = loader.load(ordered(unregistered, "not-an-id"), STAFF, deadline);

        assertThat(loaded.get(unregistered)).isEqualTo(new RecordLoader.Loaded(null, null));
        assertThat(loaded.get("not-an-id")).isEqualTo(new RecordLoader.Loaded(null, null));
        verify(gateway, never()).queryNamed(any(), any(), any(), any(), anyMap());
    }

    @Test
    void contactDetailsAreAskedForOnlyWhereTheCallerMayReadThem() {
        String a = achievement("changchun", "1");
        String c = achievement("jilin", "3");
        answer(CHANGCHUN, List.of(a));
        answer(JILIN, List.of(c));

        loader.load(ordered(a, c), JILIN_OPERATOR, deadline);

        verify(gateway).queryNamed(eq(CHANGCHUN), any(), any(), eq("recordsByIds"), eq(Map.of("ids", List.of(a), "withContact", false)));
        verify(gateway).queryNamed(eq(JILIN), any(), any(), eq("recordsByIds"), eq(Map.of("ids", List.of(c), "withContact", true)));
    }

    @Test
    void fieldsTheLookupAliasesComeBackUnderTheirSchemaNames() {
        String expert = GlobalId.encode("changchun", "Expert", "e1");
        when(gateway.queryNamed(eq(CHANGCHUN), any(), any(), eq("recordsByIds"), anyMap()))
                .thenReturn(new TenantAnswer(CHANGCHUN.tenantId(), Map.of("nodes", List.of(
                        Map.of("__typename", "Expert", "id", expert, "expertTitle", "研究员"))), List.of()));

        Map<String, Object> record = loader.load(Set.of(expert), STAFF, deadline).get(expert).record();

        assertThat(record).containsEntry("title", "研究员").doesNotContainKey("expertTitle");
    }

    @Test
    void aRecordTheCityDoesNotShowIsNotFoundAndNoFailure() {
        String hidden = achievement("changchun", "draft");
        List<Object> nodes = new ArrayList<>();
        nodes.add(null);
        when(gateway.queryNamed(eq(CHANGCHUN), any(), any(), eq("recordsByIds"), anyMap()))
                .thenReturn(new TenantAnswer(CHANGCHUN.tenantId(), Map.of("nodes", nodes), List.of()));

        assertThat(loader.load(Set.of(hidden), STAFF, deadline).get(hidden)).isEqualTo(new RecordLoader.Loaded(null, null));
    }

    /** The city answers these ids with one record each, in the order asked. */
    private void answer(RegisteredTenant city, List<String> ids) {
        List<Object> nodes = ids.stream().<Object>map(id -> Map.of("__typename", "Achievement", "id", id)).toList();
        when(gateway.queryNamed(eq(city), any(), any(), eq("recordsByIds"), eq(Map.of("ids", ids, "withContact", true))))
                .thenReturn(new TenantAnswer(city.tenantId(), Map.of("nodes", nodes), List.of()));
        when(gateway.queryNamed(eq(city), any(), any(), eq("recordsByIds"), eq(Map.of("ids", ids, "withContact", false))))
                .thenReturn(new TenantAnswer(city.tenantId(), Map.of("nodes", nodes), List.of()));
    }

    private static String achievement(String city, String local) {
        return GlobalId.encode(city, "Achievement", local);
    }

    private static Set<String> ordered(String... ids) {
        return new LinkedHashSet<>(List.of(ids));
    }

    private static RegisteredTenant city(String id) {
        return new RegisteredTenant(id, id, id, "220100", "http://127.0.0.1:1/tenants/" + id + "/graphql", TenantStatus.ACTIVE);
    }

}
