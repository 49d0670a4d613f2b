package cn.techmarket.tenant;

import cn.techmarket.model.record.RecordKind;
import cn.techmarket.tenant.support.SampleInputs;
import cn.techmarket.tenant.support.TenantApi;
import cn.techmarket.tenant.support.TenantNodeTest;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.client.ClientGraphQlResponse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;

/** An edit based on an old version is refused, never silently overwritten. */
class OptimisticConcurrencyTest extends TenantNodeTest {

    @Test
    void theSecondOfTwoEditsFromTheSameVersionIsRefused() {
        TenantApi api = changchun();
        String id = (String) api.create(RecordKind.DEMAND, SampleInputs.valid(RecordKind.DEMAND)).get("id");

        ClientGraphQlResponse first = api.update(RecordKind.DEMAND, id, 1, SampleInputs.with(RecordKind.DEMAND, "title", "第一位编辑"));
        ClientGraphQlResponse second = api.update(RecordKind.DEMAND, id, 1, SampleInputs.with(RecordKind.DEMAND, "title", "第二位编辑"));

        assertThat(first.getErrors()).isEmpty();
        assertThat(TenantApi.onlyError(second).getExtensions()).containsEntry("code", "STALE_VERSION").containsEntry("field", "expectedVersion");
        assertThat(tenant("changchun").mongo().findById(idOf(id), org.bson.Document.class, "demands"))
                .containsEntry("title", "第一位编辑");
    }

    @Test
    void ofManyConcurrentEditsFromTheSameVersionExactlyOneWins() throws Exception {
        TenantApi api = changchun();
        String id = (String) api.create(RecordKind.ACHIEVEMENT, SampleInputs.valid(RecordKind.ACHIEVEMENT)).get("id");
        int editors = 8;
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<ClientGraphQlResponse>> edits = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(editors);
        try {
            for (int i = 0; i < editors; i++) {
                String title = "编辑" + i;
                edits.add(CompletableFuture.supplyAsync(() -> {
                    await(start);
                    return api.update(RecordKind.ACHIEVEMENT, id, 1, SampleInputs.with(RecordKind.ACHIEVEMENT, "title", title));
                }, pool));
            }
            start.countDown();
            List<ClientGraphQlResponse> results = edits.stream().map(CompletableFuture::join).toList();

            assertThat(results).filteredOn(r -> r.getErrors().isEmpty()).hasSize(1);
            assertThat(results).filteredOn(r -> !r.getErrors().isEmpty())
                    .allSatisfy(r -> assertThat(TenantApi.onlyError(r).getExtensions()).containsEntry("code", "STALE_VERSION"));
            Map<String, Object> winner = results.stream().filter(r -> r.getErrors().isEmpty()).findFirst().orElseThrow()
                    .field("updateAchievement").getValue();
            assertThat(winner).containsEntry("version", 2);
        } finally {
            pool.shutdownNow();
        }
    }

    private static String idOf(String globalId) {
        return cn.techmarket.model.id.GlobalId.decode(globalId).localId();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
