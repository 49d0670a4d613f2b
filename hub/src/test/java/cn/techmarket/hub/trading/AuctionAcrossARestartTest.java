package cn.techmarket.hub.trading;

import cn.techmarket.hub.support.HubSecurity;
import cn.techmarket.hub.support.TenantNodeProcesses;
import cn.techmarket.hub.support.TenantNodeProcesses.TenantNode;
import cn.techmarket.infra.process.FreePort;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.client.HttpSyncGraphQlClient;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An auction's close is a deadline kept in the city's store: the node is killed while the auction
 * runs and started again on the same store, and the close still happens once, on time. The node's
 * market time is moved forward through its clock endpoint (as tests may), so that a notice of
 * days ends at once; started again, the node keeps the time it had.
 */
@SuppressWarnings("unchecked")
class AuctionAcrossARestartTest {

    private static final String NAME = "auction_restart";
    private static final List<String> CITIES = List.of("changchun", "jilin");
    private static final String LISTING = "{ id version status deal { via buyerName price }"
            + " auction { state closesAt closedAt bids { alias amount } } history { to } }";

    private final int port = FreePort.find();
    private TenantNode node = start(List.of());

    @AfterEach
    void stop() {
        node.close();
    }

    @Test
    void aNodeKilledDuringAnAuctionClosesItOnceAndOnTimeAfterItComesBack() {
        HttpSyncGraphQlClient owner = client("changchun-university");
        HttpSyncGraphQlClient changchunBuyer = client("changchun-enterprise");
        HttpSyncGraphQlClient jilinBuyer = client("jilin-enterprise");
        String achievement = ok(owner.document("mutation($input: AchievementInput!, $m: ID) { createAchievement(input: $input, memberId: $m) { id } }")
                .variable("input", Map.of("title", "深紫外LED外延片生长技术", "summary", "已完成中试。", "industry", "OPTOELECTRONICS", "maturity", "PILOT",
                        "ownerInstitution", "长春理工学院", "transferModes", List.of("LICENSE"))).variable("m", "%s".formatted(
                        new cn.techmarket.model.id.TypedId("changchun", "Member", "demo-university").encode())).executeSync(), "createAchievement.id");
        ok(owner.document("mutation($id: ID!) { submitForReview(id: $id, expectedVersion: 1) { id } }").variable("id", achievement).executeSync(),
                "submitForReview");
        ok(client("changchun-operator").document("mutation($id: ID!) { publish(id: $id, expectedVersion: 2) { id } }").variable("id", achievement)
                .executeSync(), "publish");
        Map<String, Object> submitted = ok(owner.document("mutation($input: ListingInput!) { listAchievement(input: $input) { id version } }")
                .variable("input", Map.of("achievementId", achievement, "mode", "BIDDING", "terms", "EXCLUSIVE_LICENSE", "reservePrice", "500000.00",
                        "increment", "5000.00", "noticeDays", 5, "auctionMinutes", 60)).executeSync(), "listAchievement");
        String id = (String) submitted.get("id");
        ok(client("changchun-operator").document("mutation($id: ID!) { approveListing(id: $id, expectedVersion: 1) { id } }").variable("id", id)
                .executeSync(), "approveListing");
        intent(changchunBuyer, id, member("changchun-enterprise", "changchun"));
        intent(jilinBuyer, id, member("jilin-enterprise", "jilin"));
        advanceClock(Duration.ofDays(5).plusSeconds(1));
        awaitStatus(id, "AUCTION");
        bid(changchunBuyer, id, member("changchun-enterprise", "changchun"), "500000.00");
        bid(jilinBuyer, id, member("jilin-enterprise", "jilin"), "520000.00");

        // killed mid-auction, as a crash would; started again on the same store with the market time it had
        Duration offset = Duration.parse((String) clock().get("offset"));
        node.process().kill();
        node = start(List.of("--market.node.clock.offset=" + offset));
        Map<String, Object> auction = (Map<String, Object>) listing(id).get("auction");
        assertThat(auction).containsEntry("state", "OPEN");
        Instant closesAt = Instant.parse((String) auction.get("closesAt"));

        // three seconds before the close, then the close itself: on time, within a second, and once
        advanceClock(Duration.between(marketNow(), closesAt).minusSeconds(3));
        Map<String, Object> dealt = awaitStatus(id, "CONTRACTING");
        Map<String, Object> closed = (Map<String, Object>) dealt.get("auction");
        assertThat(Duration.between(closesAt, Instant.parse((String) closed.get("closedAt")))).as("closed on time")
                .isBetween(Duration.ZERO, Duration.ofSeconds(1));
        assertThat((Map<String, Object>) dealt.get("deal")).containsEntry("via", "AUCTION").containsEntry("price", "520000.00")
                .containsEntry("buyerName", "吉林华创新材料科技有限公司");
        Awaitility.await().pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            Map<String, Object> later = listing(id);
            assertThat(((Map<String, Object>) later.get("auction")).get("closedAt")).as("never closed again").isEqualTo(closed.get("closedAt"));
            assertThat((List<Map<String, Object>>) later.get("history")).extracting(step -> step.get("to")).as("one close, one deal")
                    .containsExactly("SUBMITTED", "LISTED", "AUCTION", "CONTRACTING");
        });
    }

    private TenantNode start(List<String> more) {
        List<String> arguments = new java.util.ArrayList<>(List.of("--market.node.demo.members=true", "--market.node.clock.adjustable=true",
                "--management.endpoints.web.exposure.include=health,info,clock"));
        arguments.addAll(more);
        return TenantNodeProcesses.start(NAME, CITIES, port, arguments);
    }

    private HttpSyncGraphQlClient client(String demoClient) {
        return HubSecurity.client(node.endpoint("changchun"), demoClient);
    }

    /** The person's verified member, at its own city. */
    private String member(String person, String city) {
        HttpSyncGraphQlClient atHome = HubSecurity.client(node.endpoint(city), person);
        return ((List<Map<String, Object>>) ok(atHome.document("{ myMemberships { id status } }").executeSync(), "myMemberships")).stream()
                .filter(m -> "VERIFIED".equals(m.get("status"))).map(m -> (String) m.get("id")).findFirst().orElseThrow();
    }

    private void intent(HttpSyncGraphQlClient person, String id, String member) {
        ok(person.document("mutation($id: ID!, $input: IntentInput!) { registerIntent(id: $id, input: $input) { id } }").variable("id", id)
                .variable("input", Map.of("memberId", member, "offeredPrice", "500000.00")).executeSync(), "registerIntent");
    }

    private void bid(HttpSyncGraphQlClient person, String id, String member, String amount) {
        ok(person.document("mutation($id: ID!, $m: ID!, $a: Decimal!) { placeBid(id: $id, memberId: $m, amount: $a) { id } }").variable("id", id)
                .variable("m", member).variable("a", amount).executeSync(), "placeBid");
    }

    private Map<String, Object> listing(String id) {
        return ok(client("changchun-operator").document("query($id: ID!) { node(id: $id) { ... on Listing " + LISTING + " } }").variable("id", id)
                .executeSync(), "node");
    }

    private Map<String, Object> awaitStatus(String id, String status) {
        Awaitility.await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(100)).until(() -> status.equals(listing(id).get("status")));
        return listing(id);
    }

    private Map<String, Object> clock() {
        return actuator().get().uri("/actuator/clock").retrieve().body(Map.class);
    }

    private Instant marketNow() {
        return Instant.parse((String) clock().get("now"));
    }

    private void advanceClock(Duration by) {
        actuator().post().uri("/actuator/clock").contentType(MediaType.APPLICATION_JSON).body(Map.of("by", by.toString())).retrieve().toBodilessEntity();
    }

    private RestClient actuator() {
        return RestClient.builder().baseUrl(node.baseUrl()).defaultHeader("Authorization", "Bearer " + HubSecurity.token("platform-admin")).build();
    }

    private static <T> T ok(ClientGraphQlResponse response, String path) {
        assertThat(response.getErrors()).as(path).isEmpty();
        return response.field(path).getValue();
    }
}
