package cn.techmarket.tenant.feed;

import cn.techmarket.model.record.RecordKind;
import cn.techmarket.tenant.support.SampleInputs;
import cn.techmarket.tenant.support.TenantApi;
import cn.techmarket.tenant.support.TenantNodeTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The change feed exported as one stream of lines: the same changes the paged GraphQL feed gives,
 * ending with the cursor the paged feed would have reached; for the sync service only.
 */
class ChangeFeedExportTest extends TenantNodeTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();

    @org.springframework.beans.factory.annotation.Autowired
    io.micrometer.core.instrument.MeterRegistry meters;

    @Test
    void theExportHoldsWhatThePagedFeedHoldsAndEndsAtItsCursor() throws Exception {
        TenantApi api = jilin();
        String draft = (String) api.create(RecordKind.ACHIEVEMENT, SampleInputs.valid(RecordKind.ACHIEVEMENT)).get("id");
        String published = (String) api.create(RecordKind.FINANCING_INSTITUTION, SampleInputs.valid(RecordKind.FINANCING_INSTITUTION)).get("id");
        api.moveOk("publish", published, 1);
        String deleted = (String) api.create(RecordKind.EXPERT, SampleInputs.valid(RecordKind.EXPERT)).get("id");
        api.moveOk("delete", deleted, 1);

        Map<String, Map<String, Object>> paged = new LinkedHashMap<>();
        String pagedCursor = null;
        Map<String, Object> page;
        do {
            page = api.changes(pagedCursor, 2);
            ((List<Map<String, Object>>) page.get("changes")).forEach(change -> paged.put((String) change.get("id"), change));
            pagedCursor = (String) page.get("cursor");
        } while ((Boolean) page.get("hasMore"));

        List<Map<String, Object>> lines = export("jilin", null, token("hub-sync"));
        Map<String, Object> end = lines.remove(lines.size() - 1);
        assertThat(end).containsOnlyKeys("cursor", "upToDate").containsEntry("cursor", pagedCursor);
        assertThat(lines).extracting(line -> line.get("id")).containsExactlyInAnyOrderElementsOf(paged.keySet());
        for (Map<String, Object> line : lines) {
            Map<String, Object> change = paged.get(line.get("id"));
            assertThat(line).containsEntry("kind", change.get("kind")).containsEntry("seq", change.get("seq"))
                    .containsEntry("version", change.get("version")).containsEntry("lifecycle", change.get("lifecycle"));
        }
        Map<String, Object> institution = line(lines, published);
        assertThat(institution).as("the record itself, contact details and all, stays with the tenant").doesNotContainKey("record");
        assertThat((Map<String, Object>) institution.get("search"))
                .containsAllEntriesOf((Map<String, Object>) paged.get(published).get("search"))
                .containsKeys("price", "amountMin", "amountMax", "available");
        assertThat(line(lines, draft)).containsEntry("lifecycle", "DRAFT").containsEntry("search", null);
        assertThat(line(lines, deleted)).containsEntry("lifecycle", "DELETED").containsEntry("search", null);

        String feedEnd = pagedCursor;
        assertThat(export("jilin", feedEnd, token("hub-sync"))).as("nothing after the end").singleElement()
                .satisfies(line -> assertThat(line).containsOnlyKeys("cursor", "upToDate").containsEntry("cursor", feedEnd));
    }

    @Test
    void aCaughtUpReaderIsHeldUntilAWriteCommitsAndThenGetsItAtOnce() throws Exception {
        TenantApi api = jilin();
        String end = endOfFeed("jilin");
        BlockingQueue<Map<String, Object>> lines = new LinkedBlockingQueue<>();
        long asked = System.nanoTime();
        CompletableFuture<HttpResponse<Void>> held = stream("jilin", end, 20_000, lines);

        assertThat(lines.poll(5, TimeUnit.SECONDS)).as("told at once that nothing is new").containsOnlyKeys("upToDate");
        String written = (String) api.create(RecordKind.ACHIEVEMENT, SampleInputs.valid(RecordKind.ACHIEVEMENT)).get("id");

        assertThat(held.get(5, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        long answeredAfter = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - asked);
        List<Map<String, Object>> rest = new ArrayList<>(lines);
        Map<String, Object> cursor = rest.remove(rest.size() - 1);
        assertThat(rest).filteredOn(line -> !line.containsKey("upToDate")).singleElement()
                .satisfies(change -> assertThat(change).containsEntry("id", written).containsEntry("lifecycle", "DRAFT"));
        assertThat((String) cursor.get("cursor")).isNotEqualTo(end);
        assertThat(answeredAfter).as("answered when the write committed, long before the 20 s wait ran out").isLessThan(10_000);
        assertThat(((Number) cursor.get("upToDate")).longValue()).isBetween(0L, answeredAfter);
    }

    @Test
    void aQuietFeedHeldForItsWaitSaysEverySecondThatNothingChangedThenGivesItsCursorBack() throws Exception {
        String end = endOfFeed("changchun");
        BlockingQueue<Map<String, Object>> lines = new LinkedBlockingQueue<>();

        HttpResponse<Void> response = stream("changchun", end, 2_500, lines).get(10, TimeUnit.SECONDS);

        assertThat(response.statusCode()).isEqualTo(200);
        List<Map<String, Object>> received = new ArrayList<>(lines);
        Map<String, Object> last = received.remove(received.size() - 1);
        assertThat(received).hasSizeBetween(3, 4).allSatisfy(line -> assertThat(line).containsOnlyKeys("upToDate"));
        assertThat(received).extracting(line -> ((Number) line.get("upToDate")).longValue())
                .as("a heartbeat a second, from the start").isSorted().first().satisfies(first -> assertThat(first).isLessThan(500));
        assertThat(last).containsEntry("cursor", end);
        assertThat(((Number) last.get("upToDate")).longValue()).isGreaterThanOrEqualTo(2_500);
    }

    @Test
    void aWaitThatIsNotAFewSecondsInMillisecondsIsRefusedByName() throws Exception {
        for (String wait : List.of("-1", "30001", "ten", "1.5")) {
            HttpResponse<String> refused = http.send(request("jilin", null, "&wait=" + wait, token("hub-sync")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(refused.statusCode()).as("wait=" + wait).isEqualTo(400);
            Map<String, Object> error = ((List<Map<String, Object>>) JSON.readValue(refused.body(), Map.class).get("errors")).get(0);
            assertThat((Map<String, Object>) error.get("extensions")).containsEntry("field", "wait");
        }
    }

    @Test
    void onlyTheSyncServiceMayExportAndABadCursorIsNamed() throws Exception {
        assertThat(status("jilin", null, null)).isEqualTo(401);
        assertThat(classification(get("jilin", null, null))).as("no token: asked to sign in").isEqualTo("UNAUTHORIZED");
        assertThat(status("jilin", null, token("jilin-operator"))).isEqualTo(403);
        assertThat(classification(get("jilin", null, token("jilin-operator")))).isEqualTo("FORBIDDEN");
        assertThat(status("jilin", null, token("province-staff"))).isEqualTo(403);
        assertThat(status("baishan", null, token("hub-sync"))).isEqualTo(404);

        HttpResponse<String> badCursor = get("jilin", "not-a-cursor", token("hub-sync"));
        assertThat(badCursor.statusCode()).isEqualTo(400);
        Map<String, Object> error = ((List<Map<String, Object>>) JSON.readValue(badCursor.body(), Map.class).get("errors")).get(0);
        assertThat((Map<String, Object>) error.get("extensions")).containsEntry("field", "after");
    }

    @Test
    void theTenantCountsItsFeedsReadersByTheNameEachGivesAndSeesTwoReadingOneFeedAtOnce() throws Exception {
        String end = endOfFeed("changchun");
        double overlappingBefore = overlapping("changchun");
        CompletableFuture<HttpResponse<String>> held = http.sendAsync(request("changchun", end, "&wait=3000", token("hub-sync"))
                .header(cn.techmarket.graphql.FeedReaderHeader.NAME, "hub-a").build(), HttpResponse.BodyHandlers.ofString());
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(5))
                .until(() -> meters.get(FeedReaders.READERS).tags("tenant", "changchun", "reader", "hub-a").gauge().value() == 1);

        HttpResponse<String> sameReader = http.send(request("changchun", null, "", token("hub-sync"))
                .header(cn.techmarket.graphql.FeedReaderHeader.NAME, "hub-a").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(overlapping("changchun")).as("one replica's two reads are not two readers").isEqualTo(overlappingBefore);
        HttpResponse<String> otherReader = http.send(request("changchun", null, "", token("hub-sync"))
                .header(cn.techmarket.graphql.FeedReaderHeader.NAME, "hub-b").build(), HttpResponse.BodyHandlers.ofString());

        assertThat(List.of(sameReader.statusCode(), otherReader.statusCode(), held.get(10, TimeUnit.SECONDS).statusCode())).containsOnly(200);
        assertThat(overlapping("changchun")).isEqualTo(overlappingBefore + 1);
        long changes = otherReader.body().lines().filter(line -> line.contains("\"seq\"")).count();
        assertThat(meters.get(FeedReaders.SENT).tags("tenant", "changchun", "reader", "hub-b").counter().count()).isEqualTo(changes);
        assertThat(meters.get(FeedReaders.READS).tags("tenant", "changchun", "reader", "hub-a").counter().count()).isEqualTo(2);
        assertThat(meters.get(FeedReaders.READERS).tag("tenant", "changchun").gauges()).as("all ended")
                .allSatisfy(gauge -> assertThat(gauge.value()).isZero());
        double resent = meters.get(FeedReaders.RESENT).tag("tenant", "changchun").counter().count();
        HttpResponse<String> again = http.send(request("changchun", null, "", token("hub-sync"))
                .header(cn.techmarket.graphql.FeedReaderHeader.NAME, "hub-c").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(meters.get(FeedReaders.RESENT).tag("tenant", "changchun").counter().count())
                .as("the whole feed read again from its start: every change in it sent before").isEqualTo(resent + changes);
        http.send(request("changchun", end(again.body()), "", token("hub-sync")).header(cn.techmarket.graphql.FeedReaderHeader.NAME, "hub-c").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(meters.get(FeedReaders.RESENT).tag("tenant", "changchun").counter().count()).as("read on from its end: nothing again")
                .isEqualTo(resent + changes);

        double unnamed = meters.get(FeedReaders.READS).tags("tenant", "changchun", "reader", FeedReaders.UNNAMED).counter().count();
        http.send(request("changchun", end, "", token("hub-sync")).header(cn.techmarket.graphql.FeedReaderHeader.NAME, "{bad name}").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(meters.get(FeedReaders.READS).tags("tenant", "changchun", "reader", FeedReaders.UNNAMED).counter().count())
                .as("a name that is no replica id is not made a metric tag").isEqualTo(unnamed + 1);
    }

    private static String end(String export) {
        List<String> lines = export.lines().filter(line -> !line.isBlank()).toList();
        return (String) JSON.readValue(lines.get(lines.size() - 1), Map.class).get("cursor");
    }

    private double overlapping(String tenantId) {
        io.micrometer.core.instrument.Counter counter = meters.find(FeedReaders.OVERLAPPING).tag("tenant", tenantId).counter();
        return counter == null ? 0 : counter.count();
    }

    private static Map<String, Object> line(List<Map<String, Object>> lines, String id) {
        return lines.stream().filter(line -> id.equals(line.get("id"))).findFirst().orElseThrow();
    }

    private List<Map<String, Object>> export(String tenantId, String after, String token) throws Exception {
        HttpResponse<String> response = get(tenantId, after, token);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/x-ndjson"));
        List<Map<String, Object>> lines = new ArrayList<>();
        response.body().lines().filter(line -> !line.isBlank()).forEach(line -> lines.add(JSON.readValue(line, Map.class)));
        return lines;
    }

    private String endOfFeed(String tenantId) throws Exception {
        List<Map<String, Object>> lines = export(tenantId, null, token("hub-sync"));
        return (String) lines.get(lines.size() - 1).get("cursor");
    }

    /** The export read line by line as it arrives, each line handed over at once. */
    private CompletableFuture<HttpResponse<Void>> stream(String tenantId, String after, long waitMillis,
                                                         BlockingQueue<Map<String, Object>> lines) {
        return http.sendAsync(request(tenantId, after, "&wait=" + waitMillis, token("hub-sync")).build(),
                HttpResponse.BodyHandlers.fromLineSubscriber(new java.util.concurrent.Flow.Subscriber<String>() {
                    @Override
                    public void onSubscribe(java.util.concurrent.Flow.Subscription subscription) {
                        subscription.request(Long.MAX_VALUE);
                    }

                    @Override
                    public void onNext(String line) {
                        if (!line.isBlank()) {
                            lines.add(JSON.readValue(line, Map.class));
                        }
                    }

                    @Override
                    public void onError(Throwable failure) {
                    }

                    @Override
                    public void onComplete() {
                    }
                }));
    }

    private static Object classification(HttpResponse<String> response) {
        Map<String, Object> error = ((List<Map<String, Object>>) JSON.readValue(response.body(), Map.class).get("errors")).get(0);
        return ((Map<String, Object>) error.get("extensions")).get("classification");
    }

    private int status(String tenantId, String after, String token) throws Exception {
        return get(tenantId, after, token).statusCode();
    }

    private HttpResponse<String> get(String tenantId, String after, String token) throws Exception {
        return http.send(request(tenantId, after, "", token).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String tenantId, String after, String moreParameters, String token) {
        String uri = "http://127.0.0.1:" + port + "/tenants/" + tenantId + "/changes?after=" + (after == null ? "" : after) + moreParameters;
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(uri)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request;
    }
}
