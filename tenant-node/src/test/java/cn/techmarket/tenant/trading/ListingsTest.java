package cn.techmarket.tenant.trading;

import cn.techmarket.tenant.support.TenantApi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static cn.techmarket.tenant.support.TenantApi.ok;
import static cn.techmarket.tenant.support.TenantApi.refusal;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 挂牌交易 at the achievement's city: a Changchun university lists its achievements; intending
 * buyers come from Changchun and Jilin; the end of each notice is decided by the market, once,
 * whatever the market's time was moved to.
 */
@SuppressWarnings("unchecked")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ListingsTest extends TradingNodeTest {

    private TenantApi ownerPerson;
    private String owner;
    private String jilinBuyer;
    private String changchunBuyer;
    private String thirdBuyer;

    @BeforeAll
    void members() {
        ownerPerson = endpoint("changchun", token("changchun-university"));
        owner = member("changchun", "changchun-university", "UNIVERSITY", "长春理工大学");
        jilinBuyer = member("jilin", "jilin-enterprise", "ENTERPRISE", "吉林化纤股份有限公司");
        changchunBuyer = member("changchun", "changchun-enterprise", "ENTERPRISE", "长春一汽富维汽车零部件股份有限公司");
        thirdBuyer = member("changchun", "changchun-broker", "ENTERPRISE", "长春光华微电子设备工程中心有限公司");
    }

    @Test
    void aListingNobodyWantsEndsUnsoldWhenItsNoticeEndsAndItsOwnerListsItAgain() {
        String achievement = achievement(ownerPerson, owner, "高强度镁合金压铸工艺");
        Map<String, Object> listed = listed(ownerPerson, achievement, "AGREEMENT", 5);
        assertThat(listed).containsEntry("status", "LISTED").containsEntry("intentCount", 0);
        Instant noticeEnds = Instant.parse((String) listed.get("noticeEndsAt"));
        assertThat(Duration.between(now(), noticeEnds)).isBetween(Duration.ofDays(5).minusMinutes(1), Duration.ofDays(5));

        advance(Duration.ofDays(4));
        assertThat(listing(changchun(), (String) listed.get("id"))).as("a day before the notice ends").containsEntry("status", "LISTED");
        advance(Duration.ofDays(1).plusSeconds(1));
        Map<String, Object> unsold = awaitStatus((String) listed.get("id"), "UNSOLD");
        assertThat(unsold).containsEntry("statusReason", "公示期满，无意向受让方");

        assertThat(refusal(endpoint("changchun", token("jilin-enterprise")).execute(RELIST, Map.of("id", listed.get("id"), "v", unsold.get("version"),
                "price", "800000.00")))).as("somebody else").containsEntry("code", "NOT_FOUND").containsEntry("field", "id");
        Map<String, Object> relisted = ok(ownerPerson.execute(RELIST, Map.of("id", listed.get("id"), "v", unsold.get("version"), "price", "800000.00")),
                "relistAchievement");
        assertThat(relisted).containsEntry("status", "SUBMITTED").containsEntry("reservePrice", "800000.00")
                .containsEntry("relistedFrom", listed.get("id"));
        assertThat(listing(ownerPerson, (String) listed.get("id"))).containsEntry("relistedAs", relisted.get("id"));
        assertThat(refusal(ownerPerson.execute(RELIST, Map.of("id", listed.get("id"), "v", (int) unsold.get("version") + 1, "price", "700000.00"))))
                .as("listed again twice").containsEntry("code", "ILLEGAL_TRANSITION");
    }

    @Test
    void aSingleIntentBecomesANegotiatedDealAtItsOfferWhenTheNoticeEnds() {
        String achievement = achievement(ownerPerson, owner, "车用锂电池低温预热技术");
        String id = (String) listed(ownerPerson, achievement, "BIDDING", 10).get("id");
        TenantApi jilinPerson = endpoint("changchun", token("jilin-enterprise"));
        assertThat(refusal(jilinPerson.execute(INTENT, Map.of("id", id, "input", Map.of("memberId", jilinBuyer, "offeredPrice", "999999.99",
                "depositReference", "JL-1"))))).as("below the reserve").containsEntry("field", "input.offeredPrice");
        assertThat(refusal(jilinPerson.execute(INTENT, Map.of("id", id, "input", Map.of("memberId", jilinBuyer, "offeredPrice", "1200000.00")))))
                .as("no deposit reference").containsEntry("field", "input.depositReference");
        assertThat(refusal(ownerPerson.execute(INTENT, Map.of("id", id, "input", Map.of("memberId", owner, "offeredPrice", "1200000.00",
                "depositReference", "X"))))).as("the owner itself").containsEntry("field", "input.memberId");
        Map<String, Object> withIntent = intent(jilinPerson, id, jilinBuyer, "1200000.00");
        assertThat(withIntent).containsEntry("intentCount", 1);
        assertThat((List<Map<String, Object>>) withIntent.get("intents")).singleElement()
                .satisfies(intent -> assertThat(intent).containsEntry("name", "吉林化纤股份有限公司").containsEntry("alias", "竞买人1"));
        assertThat(refusal(jilinPerson.execute(INTENT, Map.of("id", id, "input", Map.of("memberId", jilinBuyer, "offeredPrice", "1300000.00",
                "depositReference", "JL-2"))))).as("again").containsEntry("code", "ALREADY_REGISTERED");
        assertThat((List<?>) listing(endpoint("changchun", token("changchun-enterprise")), id).get("intents"))
                .as("another member sees how many, not who").isEmpty();
        assertThat(refusal(ownerPerson.execute(WITHDRAW, Map.of("id", id, "v", withIntent.get("version"), "reason", "不卖了"))))
                .as("withdrawn with an intent registered").containsEntry("code", "ILLEGAL_TRANSITION");

        advance(Duration.ofDays(10).plusSeconds(1));
        Map<String, Object> dealt = awaitStatus(id, "CONTRACTING");
        assertThat(dealt.get("deal")).isEqualTo(Map.of("via", "NEGOTIATION", "buyer", jilinBuyer, "buyerName", "吉林化纤股份有限公司", "price", "1200000.00"));
        assertThat(dealt.get("auction")).as("one intent needs no auction").isNull();
        assertThat(refusal(endpoint("changchun", token("changchun-enterprise")).execute(INTENT, Map.of("id", id, "input", Map.of("memberId",
                changchunBuyer, "offeredPrice", "1300000.00",
                "depositReference", "JL-3"))))).as("after the notice").containsEntry("code", "ILLEGAL_TRANSITION");
    }

    @Test
    void anUpheldObjectionSuspendsTheListingADismissedOneIsRecordedAndTheNoticeIsDecidedWhenTheLastIsResolved() {
        String achievement = achievement(ownerPerson, owner, "玉米秸秆生物基材料制备技术");
        String id = (String) listed(ownerPerson, achievement, "AGREEMENT", 5).get("id");
        TenantApi objector = endpoint("changchun", token("changchun-applicant"));
        ok(objector.execute(OBJECT, Map.of("id", id, "reasons", "该成果的核心专利权属存在争议，申请人另有共有人未署名。")), "lodgeObjection");
        assertThat(refusal(objector.execute(OBJECT, Map.of("id", id, "reasons", "再次提出")))).containsEntry("code", "ALREADY_OBJECTED");
        assertThat(refusal(endpoint("changchun", null).execute(OBJECT, Map.of("id", id, "reasons", "匿名"))))
                .as("anonymous").containsEntry("classification", "UNAUTHORIZED");
        Map<String, Object> objected = listing(objector, id);
        assertThat((List<Map<String, Object>>) objected.get("objections")).singleElement()
                .satisfies(o -> assertThat(o).containsEntry("status", "OPEN").containsEntry("mine", true));

        // the notice ends while the objection is open: nothing is decided until it is resolved
        intent(endpoint("changchun", token("changchun-enterprise")), id, changchunBuyer, "1100000.00");
        advance(Duration.ofDays(5).plusSeconds(1));
        Map<String, Object> waiting = listing(changchun(), id);
        assertThat(waiting).containsEntry("status", "LISTED");
        Map<String, Object> dismissed = ok(changchun().execute(RESOLVE, Map.of("id", id, "v", waiting.get("version"), "n", 1, "upheld", false,
                "why", "经核查，专利权人为吉林大学一家，异议不成立。")), "resolveObjection");
        assertThat(dismissed).containsEntry("status", "CONTRACTING");
        assertThat((List<Map<String, Object>>) dismissed.get("objections")).singleElement()
                .satisfies(o -> assertThat(o).containsEntry("status", "DISMISSED").containsEntry("resolution", "经核查，专利权人为吉林大学一家，异议不成立。"));

        // upheld: suspended, its notice stopped; reinstated with a fresh notice
        String other = (String) listed(ownerPerson, achievement(ownerPerson, owner, "寒地装配式建筑保温构件"), "AGREEMENT", 5).get("id");
        ok(objector.execute(OBJECT, Map.of("id", other, "reasons", "成果介绍中的检测数据与公开报告不符。")), "lodgeObjection");
        Map<String, Object> before = listing(changchun(), other);
        Map<String, Object> upheld = ok(changchun().execute(RESOLVE, Map.of("id", other, "v", before.get("version"), "n", 1, "upheld", true,
                "why", "检测数据需重新出具报告。")), "resolveObjection");
        assertThat(upheld).containsEntry("status", "SUSPENDED").containsEntry("statusReason", "异议成立: 检测数据需重新出具报告。");
        advance(Duration.ofDays(6));
        assertThat(listing(changchun(), other)).as("a suspended notice does not end").containsEntry("status", "SUSPENDED");
        Map<String, Object> reinstated = ok(changchun().execute("mutation($id: ID!, $v: Int!) { reinstateListing(id: $id, expectedVersion: $v,"
                + " reason: \"已补正检测报告\") " + LISTING + " }", Map.of("id", other, "v", upheld.get("version"))), "reinstateListing");
        assertThat(reinstated).containsEntry("status", "LISTED");
        assertThat(Instant.parse((String) reinstated.get("noticeEndsAt"))).isAfter(now().plus(Duration.ofDays(5).minusMinutes(1)));
    }

    @Test
    void anAuctionAmongThreeIntendingBuyersIsExtendedByALateBidWonByTheBestAndPublishedWithTheirNames() {
        String achievement = achievement(ownerPerson, owner, "高精度光栅尺制造技术");
        String id = (String) listed(ownerPerson, achievement, "BIDDING", 7).get("id");
        TenantApi jilinPerson = endpoint("changchun", token("jilin-enterprise"));
        TenantApi changchunPerson = endpoint("changchun", token("changchun-enterprise"));
        TenantApi thirdPerson = endpoint("changchun", token("changchun-broker"));
        intent(jilinPerson, id, jilinBuyer, "1000000.00");
        intent(changchunPerson, id, changchunBuyer, "1050000.00");
        intent(thirdPerson, id, thirdBuyer, "1000000.00");
        advance(Duration.ofDays(7).plusSeconds(1));
        Map<String, Object> auction = (Map<String, Object>) awaitStatus(id, "AUCTION").get("auction");
        assertThat(auction).containsEntry("state", "OPEN").containsEntry("startPrice", "1000000.00").containsEntry("minimumNextBid", "1000000.00");

        assertThat(refusal(bid(changchunPerson, id, changchunBuyer, "999999.00"))).containsEntry("code", "BID_TOO_LOW").containsEntry("field", "amount");
        assertThat(refusal(bid(ownerPerson, id, owner, "1000000.00"))).as("the owner").containsEntry("code", "NOT_A_BIDDER");
        ok(bid(jilinPerson, id, jilinBuyer, "1000000.00"), "placeBid");
        assertThat(refusal(bid(changchunPerson, id, changchunBuyer, "1005000.00"))).as("under the increment").containsEntry("code", "BID_TOO_LOW");
        Map<String, Object> seenByBidder = (Map<String, Object>) ((Map<String, Object>) ok(bid(changchunPerson, id, changchunBuyer, "1010000.00"),
                "placeBid")).get("auction");
        assertThat(seenByBidder).containsEntry("myAlias", "竞买人2").containsEntry("minimumNextBid", "1020000.00").containsEntry("bidders", null);
        assertThat((Map<String, Object>) seenByBidder.get("bestBid")).containsEntry("alias", "竞买人2");
        Instant scheduled = Instant.parse((String) seenByBidder.get("scheduledClose"));
        assertThat(seenByBidder.get("closesAt")).as("bids long before the close do not move it").isEqualTo(seenByBidder.get("scheduledClose"));

        // two minutes before the close: a bid moves the close five minutes on
        advance(Duration.between(now(), scheduled).minusMinutes(2));
        Map<String, Object> late = (Map<String, Object>) ((Map<String, Object>) ok(bid(thirdPerson, id, thirdBuyer, "1100000.00"), "placeBid"))
                .get("auction");
        assertThat(Instant.parse((String) late.get("closesAt"))).isEqualTo(scheduled.plus(Duration.ofMinutes(5)));
        advance(Duration.ofMinutes(3));
        assertThat(listing(changchun(), id)).as("past the first close, before the extended one").containsEntry("status", "AUCTION");
        advance(Duration.ofMinutes(4).plusSeconds(1));
        Map<String, Object> dealt = awaitStatus(id, "CONTRACTING");
        assertThat(dealt.get("deal")).isEqualTo(Map.of("via", "AUCTION", "buyer", thirdBuyer, "buyerName", "长春光华微电子设备工程中心有限公司",
                "price", "1100000.00"));
        Map<String, Object> result = (Map<String, Object>) dealt.get("auction");
        assertThat(result).containsEntry("state", "CLOSED").containsEntry("premium", "1.1000").containsEntry("minimumNextBid", null);
        assertThat((List<Map<String, Object>>) result.get("bids")).extracting(b -> b.get("alias") + " " + b.get("amount"))
                .containsExactly("竞买人1 1000000.00", "竞买人2 1010000.00", "竞买人3 1100000.00");
        assertThat((List<Map<String, Object>>) result.get("bidders")).extracting(b -> b.get("alias") + " " + b.get("name"))
                .containsExactly("竞买人1 吉林化纤股份有限公司", "竞买人2 长春一汽富维汽车零部件股份有限公司", "竞买人3 长春光华微电子设备工程中心有限公司");
        assertThat(refusal(bid(jilinPerson, id, jilinBuyer, "1200000.00"))).as("after the close").containsEntry("code", "ILLEGAL_TRANSITION");
    }

    @Test
    void onlyTheOwnersPeopleListItsAchievementAndOnlyOnce() {
        String achievement = achievement(ownerPerson, owner, "低温等离子体废气处理装置");
        assertThat(refusal(endpoint("changchun", token("changchun-enterprise")).execute(LIST, Map.of("input", listingInput(achievement, "AGREEMENT", 5)))))
                .containsEntry("field", "input.achievementId");
        assertThat(refusal(ownerPerson.execute(LIST, Map.of("input", listingInput(achievement, "AGREEMENT", 1)))))
                .as("a notice shorter than the market's least").containsEntry("field", "input.noticeDays");
        Map<String, Object> noIncrement = listingInput(achievement, "BIDDING", 5);
        noIncrement.remove("increment");
        assertThat(refusal(ownerPerson.execute(LIST, Map.of("input", noIncrement)))).containsEntry("field", "input.increment");
        Map<String, Object> submitted = ok(ownerPerson.execute(LIST, Map.of("input", listingInput(achievement, "AGREEMENT", 5))), "listAchievement");
        assertThat(submitted).containsEntry("status", "SUBMITTED");
        assertThat(listing(endpoint("changchun", token("changchun-enterprise")), (String) submitted.get("id"))).as("under review, to others").isNull();
        assertThat(refusal(ownerPerson.execute(LIST, Map.of("input", listingInput(achievement, "BIDDING", 5)))))
                .containsEntry("code", "ALREADY_LISTED").containsEntry("field", "input.achievementId");
        assertThat(refusal(ownerPerson.execute("mutation($id: ID!) { approveListing(id: $id, expectedVersion: 1) { id } }",
                Map.of("id", submitted.get("id"))))).as("the owner approving").containsEntry("classification", "FORBIDDEN");
        Map<String, Object> rejected = ok(changchun().execute("mutation($id: ID!) { rejectListing(id: $id, expectedVersion: 1, reason: \"底价明显低于评估值\") "
                + LISTING + " }", Map.of("id", submitted.get("id"))), "rejectListing");
        assertThat(rejected).containsEntry("status", "REJECTED").containsEntry("statusReason", "底价明显低于评估值");
        assertThat((String) ok(ownerPerson.execute(LIST, Map.of("input", listingInput(achievement, "BIDDING", 5))), "listAchievement.status"))
                .as("a rejected listing leaves the achievement free").isEqualTo("SUBMITTED");
    }

    static final String LIST = "mutation($input: ListingInput!) { listAchievement(input: $input) " + LISTING + " }";
    static final String INTENT = "mutation($id: ID!, $input: IntentInput!) { registerIntent(id: $id, input: $input) { id } }";
    static final String OBJECT = "mutation($id: ID!, $reasons: String!) { lodgeObjection(id: $id, reasons: $reasons) { id } }";
    static final String RESOLVE = "mutation($id: ID!, $v: Int!, $n: Int!, $upheld: Boolean!, $why: String!) { resolveObjection(id: $id,"
            + " expectedVersion: $v, number: $n, upheld: $upheld, resolution: $why) " + LISTING + " }";
    static final String WITHDRAW = "mutation($id: ID!, $v: Int!, $reason: String!) { withdrawListing(id: $id, expectedVersion: $v, reason: $reason) { id } }";
    static final String RELIST = "mutation($id: ID!, $v: Int!, $price: Decimal) { relistAchievement(id: $id, expectedVersion: $v, reservePrice: $price) "
            + LISTING + " }";

    static org.springframework.graphql.client.ClientGraphQlResponse bid(TenantApi person, String listing, String member, String amount) {
        return person.execute("mutation($id: ID!, $m: ID!, $a: Decimal!) { placeBid(id: $id, memberId: $m, amount: $a) " + LISTING + " }",
                Map.of("id", listing, "m", member, "a", amount));
    }
}
