package cn.techmarket.tenant;

import cn.techmarket.model.record.RecordKind;
import cn.techmarket.tenant.support.SampleInputs;
import cn.techmarket.tenant.support.TenantApi;
import cn.techmarket.tenant.support.TenantNodeTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.graphql.ResponseError;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of record goes draft → published → withdrawn → published → deleted, visibly: public
 * only while published, and always visible to the sub-market's own operator.
 */
class RecordLifecycleTest extends TenantNodeTest {

    @ParameterizedTest
    @EnumSource(RecordKind.class)
    void aRecordIsOnlyPublicWhilePublishedAndDeletionIsFinal(RecordKind kind) {
        TenantApi api = changchun();
        TenantApi visitor = endpoint("changchun", null);
        long publishedBefore = api.publishedCount(kind);

        Map<String, Object> draft = api.create(kind, SampleInputs.valid(kind));
        String id = (String) draft.get("id");
        assertThat(draft).containsEntry("lifecycle", "DRAFT").containsEntry("version", 1);
        assertThat(visitor.node(id)).as("a draft is not public").isNull();
        assertThat(api.node(id)).as("the operator sees the draft").containsEntry("lifecycle", "DRAFT");

        assertThat(api.moveOk("publish", id, 1)).containsEntry("lifecycle", "PUBLISHED").containsEntry("version", 2);
        assertThat(visitor.node(id)).containsEntry("lifecycle", "PUBLISHED");
        assertThat(api.publishedCount(kind)).isEqualTo(publishedBefore + 1);

        Map<String, Object> edited = api.update(kind, id, 2, SampleInputs.valid(kind)).field("update" + kind.typeName()).getValue();
        assertThat(edited).containsEntry("lifecycle", "PUBLISHED").containsEntry("version", 3);

        assertThat(api.moveOk("withdraw", id, 3)).containsEntry("lifecycle", "WITHDRAWN");
        assertThat(visitor.node(id)).as("a withdrawn record is not public").isNull();
        assertThat(api.moveOk("publish", id, 4)).containsEntry("lifecycle", "PUBLISHED");

        assertThat(api.moveOk("delete", id, 5)).containsEntry("lifecycle", "DELETED").containsEntry("version", 6);
        assertThat(visitor.node(id)).isNull();
        assertThat(api.node(id)).as("the operator still sees the tombstone").containsEntry("lifecycle", "DELETED");
        assertThat(api.publishedCount(kind)).isEqualTo(publishedBefore);

        ResponseError republish = TenantApi.onlyError(api.move("publish", id, 6));
        assertThat(republish.getExtensions()).containsEntry("code", "ILLEGAL_TRANSITION");
        ResponseError edit = TenantApi.onlyError(api.update(kind, id, 6, SampleInputs.valid(kind)));
        assertThat(edit.getExtensions()).containsEntry("code", "ILLEGAL_TRANSITION");
    }

    @ParameterizedTest
    @EnumSource(RecordKind.class)
    void changesRecordTheirAuthorAndTime(RecordKind kind) {
        String id = (String) changchun().create(kind, SampleInputs.valid(kind)).get("id");

        Map<String, Object> published = changchun().execute("mutation($id: ID!) { publish(id: $id, expectedVersion: 1) {"
                + " createdAt updatedAt publishedAt tenantId } }", Map.of("id", id)).field("publish").getValue();

        assertThat(published).containsEntry("tenantId", "changchun");
        assertThat((String) published.get("publishedAt")).isEqualTo(published.get("updatedAt"));
        assertThat((String) published.get("createdAt")).isLessThanOrEqualTo((String) published.get("updatedAt"));
    }
}
