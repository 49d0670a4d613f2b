package cn.techmarket.tenant;

import cn.techmarket.model.record.RecordKind;
import cn.techmarket.tenant.support.SampleInputs;
import cn.techmarket.tenant.support.TenantApi;
import cn.techmarket.tenant.support.TenantNodeTest;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.client.ClientGraphQlResponse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Cursors keep their place while the library changes under them. */
class PaginationStabilityTest extends TenantNodeTest {

    @Test
    void pagingWhileOthersPublishNeitherRepeatsNorSkipsWhatWasThereBefore() {
        TenantApi api = jilin();
        Set<String> before = new HashSet<>();
        for (int i = 0; i < 25; i++) {
            before.add(publish(api, "服务机构" + i));
        }

        List<String> seen = new ArrayList<>();
        String after = null;
        boolean hasNext = true;
        int page = 0;
        while (hasNext) {
            Map<String, Object> variables = new HashMap<>();
            variables.put("after", after);
            ClientGraphQlResponse response = api.execute("query($after: String) { serviceInstitutions(first: 4, after: $after) {"
                    + " edges { node { id } } pageInfo { hasNextPage endCursor } } }", variables);
            List<Map<String, Object>> edges = response.field("serviceInstitutions.edges").getValue();
            edges.forEach(edge -> seen.add((String) ((Map<?, ?>) edge.get("node")).get("id")));
            hasNext = response.field("serviceInstitutions.pageInfo.hasNextPage").toEntity(Boolean.class);
            after = response.field("serviceInstitutions.pageInfo.endCursor").toEntity(String.class);
            // someone publishes a new institution between every two pages
            publish(api, "新机构" + page++);
        }

        assertThat(seen).doesNotHaveDuplicates();
        assertThat(seen).containsAll(before);
    }

    private static String publish(TenantApi api, String name) {
        String id = (String) api.create(RecordKind.SERVICE_INSTITUTION, SampleInputs.with(RecordKind.SERVICE_INSTITUTION, "name", name)).get("id");
        api.moveOk("publish", id, 1);
        return id;
    }
}
