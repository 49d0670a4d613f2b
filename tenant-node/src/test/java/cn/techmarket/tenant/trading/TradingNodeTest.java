package cn.techmarket.tenant.trading;

import cn.techmarket.model.record.RecordKind;
import cn.techmarket.tenant.clock.AdjustableClock;
import cn.techmarket.tenant.support.Memberships;
import cn.techmarket.tenant.support.SampleInputs;
import cn.techmarket.tenant.support.TenantApi;
import cn.techmarket.tenant.support.TenantNodeTest;
import org.awaitility.Awaitility;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import static cn.techmarket.tenant.support.TenantApi.ok;

/**
 * A tenant node whose market time tests move forward, so that notices of days end at once, on
 * databases of its own: time moved forward would confuse the records of tests that run on real time.
 */
@TestPropertySource(properties = {"market.node.clock.adjustable=true", "market.node.tenants[0].database=trading_changchun",
        "market.node.tenants[1].database=trading_jilin", "market.node.tenants[2].database=trading_jilin_province"})
abstract class TradingNodeTest extends TenantNodeTest {

    static final String LISTING = "{ id version status statusReason mode terms reservePrice noticeDays noticeEndsAt intentCount"
            + " intents { memberId name alias offeredPrice } objections { number status resolution mine }"
            + " deal { via buyer buyerName price } relistedFrom relistedAs"
            + " auction { state startPrice closesAt scheduledClose minimumNextBid myAlias premium closedAt"
            + " bestBid { alias amount } bids { sequence alias amount closesAt } bidders { alias name } } }";

    @Autowired
    private Clock clock;

    /** Moves the market's time forward. */
    void advance(Duration by) {
        ((AdjustableClock) clock).advance(by);
    }

    java.time.Instant now() {
        return clock.instant();
    }

    /** A member of the city, applied for by the person and verified by the city's operator. */
    String member(String city, String person, String kind, String name) {
        Map<String, Object> application = SampleInputs.membership(SampleInputs.newCreditCode());
        application.put("kind", kind);
        application.put("name", name);
        return Memberships.verified(endpoint(city, token(city + "-operator")), endpoint(city, token(person)), application);
    }

    /** A Changchun achievement the member owns, published. */
    String achievement(TenantApi person, String member, String title) {
        Map<String, Object> input = SampleInputs.valid(RecordKind.ACHIEVEMENT);
        input.put("title", title);
        input.put("transferModes", java.util.List.of("ASSIGNMENT", "LICENSE"));
        String id = ok(person.execute("mutation($input: AchievementInput!, $m: ID) { createAchievement(input: $input, memberId: $m) { id } }",
                Map.of("input", input, "m", member)), "createAchievement.id");
        person.moveOk("submitForReview", id, 1);
        changchun().moveOk("publish", id, 2);
        return id;
    }

    /** A listing of the achievement, approved: its notice runs from now. */
    Map<String, Object> listed(TenantApi person, String achievement, String mode, int noticeDays) {
        Map<String, Object> submitted = ok(person.execute("mutation($input: ListingInput!) { listAchievement(input: $input) " + LISTING + " }",
                Map.of("input", listingInput(achievement, mode, noticeDays))), "listAchievement");
        return ok(changchun().execute("mutation($id: ID!, $v: Int!) { approveListing(id: $id, expectedVersion: $v) " + LISTING + " }",
                Map.of("id", submitted.get("id"), "v", submitted.get("version"))), "approveListing");
    }

    static Map<String, Object> listingInput(String achievement, String mode, int noticeDays) {
        Map<String, Object> input = new HashMap<>();
        input.put("achievementId", achievement);
        input.put("mode", mode);
        input.put("terms", "ASSIGNMENT");
        input.put("reservePrice", "1000000.00");
        input.put("increment", "10000.00");
        input.put("noticeDays", noticeDays);
        input.put("deposit", "50000.00");
        input.put("auctionMinutes", 120);
        return input;
    }

    Map<String, Object> intent(TenantApi person, String listing, String member, String price) {
        return ok(person.execute("mutation($id: ID!, $input: IntentInput!) { registerIntent(id: $id, input: $input) " + LISTING + " }",
                Map.of("id", listing, "input", Map.of("memberId", member, "offeredPrice", price, "depositReference", "JLBZJ-" + member.hashCode()))),
                "registerIntent");
    }

    Map<String, Object> listing(TenantApi who, String id) {
        return ok(who.execute("query($id: ID!) { node(id: $id) { ... on Listing " + LISTING + " } }", Map.of("id", id)), "node");
    }

    /** Until the market moves the listing to the status: deadlines fire within a poll of the time they are due. */
    Map<String, Object> awaitStatus(String id, String status) {
        Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
                .until(() -> status.equals(listing(changchun(), id).get("status")));
        return listing(changchun(), id);
    }
}
