package cn.techmarket.tenant.audit;

import cn.techmarket.model.record.RecordKind;
import cn.techmarket.tenant.support.SampleInputs;
import cn.techmarket.tenant.support.TenantApi;
import cn.techmarket.tenant.support.TenantNodeTest;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.client.ClientGraphQlResponse;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Who changed what and when: kept by the tenant, read by its operators and province staff only. */
class AuditTrailTest extends TenantNodeTest {

    private static final String TRAIL = "query($id: ID) { auditTrail(recordId: $id, first: 10) { edges { node {"
            + " actor action recordId kind version lifecycle changedFields } } } }";

    @Test
    void everyChangeIsRecordedWithItsActorNewestFirst() {
        TenantApi operator = changchun();
        String id = (String) operator.create(RecordKind.DEMAND, SampleInputs.valid(RecordKind.DEMAND)).get("id");
        operator.update(RecordKind.DEMAND, id, 1, SampleInputs.with(RecordKind.DEMAND, "budgetMax", "900000.00"));
        operator.moveOk("publish", id, 2);
        operator.moveOk("withdraw", id, 3);

        List<Map<String, Object>> entries = trail(endpoint("changchun", token("province-staff")), id);

        assertThat(entries).extracting(e -> e.get("action")).containsExactly("WITHDRAW", "PUBLISH", "UPDATE", "CREATE");
        assertThat(entries).extracting(e -> e.get("version")).containsExactly(4, 3, 2, 1);
        assertThat(entries).allSatisfy(e -> assertThat(e).containsEntry("actor", "changchun-operator").containsEntry("recordId", id)
                .containsEntry("kind", "DEMAND"));
        assertThat(entries.get(2).get("changedFields")).isEqualTo(List.of("budgetMax"));
        assertThat(entries.get(0)).containsEntry("lifecycle", "WITHDRAWN").containsEntry("changedFields", List.of());
        assertThat(entries.get(3).get("changedFields")).asList().contains("title", "problem", "budgetMax");
    }

    @Test
    void anotherCitysOperatorAndTheAnonymousCannotReadIt() {
        String id = (String) changchun().create(RecordKind.EXPERT, SampleInputs.valid(RecordKind.EXPERT)).get("id");

        ClientGraphQlResponse otherCity = endpoint("changchun", token("jilin-operator")).execute(TRAIL, Map.of("id", id));
        ClientGraphQlResponse anonymous = endpoint("changchun", null).execute(TRAIL, Map.of("id", id));

        assertThat(otherCity.getErrors()).singleElement().satisfies(e -> assertThat(e.getErrorType().toString()).isEqualTo("FORBIDDEN"));
        assertThat(anonymous.getErrors()).singleElement().satisfies(e -> assertThat(e.getErrorType().toString()).isEqualTo("UNAUTHORIZED"));
        assertThat(trail(changchun(), id)).hasSize(1);
    }

    @Test
    void aMalformedRecordIdIsRefusedNamingTheField() {
        ClientGraphQlResponse response = changchun().execute(TRAIL, Map.of("id", "not-an-id"));

        assertThat(TenantApi.onlyError(response).getExtensions()).containsEntry("field", "recordId");
    }

    private static List<Map<String, Object>> trail(TenantApi api, String id) {
        ClientGraphQlResponse response = api.execute(TRAIL, Map.of("id", id));
        assertThat(response.getErrors()).isEmpty();
        List<Map<String, Object>> edges = response.field("auditTrail.edges").getValue();
        return edges.stream().map(edge -> (Map<String, Object>) edge.get("node")).toList();
    }
}
