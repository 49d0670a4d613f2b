package cn.techmarket.hub.trading;

import cn.techmarket.hub.support.HubIntegrationTest;
import cn.techmarket.hub.support.HubSecurity;
import cn.techmarket.hub.support.HubServers;
import cn.techmarket.hub.support.RegistryBootstrap;
import cn.techmarket.hub.support.TenantNodeProcesses;
import cn.techmarket.hub.support.TenantNodeProcesses.TenantNode;
import cn.techmarket.infra.process.FreePort;
import cn.techmarket.model.id.TypedId;
import cn.techmarket.model.region.MarketTime;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.client.HttpSyncGraphQlClient;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 挂牌交易 through the hub with real tokens: Changchun's achievements listed on Changchun's node,
 * intending buyers from Changchun and from Jilin on a node of its own (Changchun's node checks a
 * Jilin member through the hub, with the person's own token). Each way a listing can go: unsold
 * and listed again; one intent, a negotiated deal; an auction extended by a late bid; objections
 * upheld and dismissed; and the whole chain from a broker's match to a registered contract with
 * subsidies and a settled payment plan. Changchun's market time is moved forward through its
 * node's clock endpoint, so notices of days end at once.
 */
@SuppressWarnings("unchecked")
@HubIntegrationTest(properties = {"market.hub.registry.probe-interval=1h", "market.hub.search.index-prefix=trading-test",
        "market.hub.search.sync-interval=300ms"})
class TradingThroughTheHubTest {

    private static final int HUB_PORT = FreePort.find();
    private static final String LISTING = "{ id version status statusReason intentCount reservePrice relistedFrom"
            + " intents { name alias } objections { number status resolution }"
            + " deal { via buyerName price contractId }"
            + " auction { state closesAt scheduledClose minimumNextBid premium bids { alias amount } bidders { alias name } } }";

    @RegisterExtension
    static final TenantNode changchun = TenantNodeProcesses.start("trading_changchun", List.of("changchun"), FreePort.find(),
            List.of("--market.node.demo.members=true", "--market.node.clock.adjustable=true", "--market.node.hub.url=http://127.0.0.1:" + HUB_PORT,
                    "--management.endpoints.web.exposure.include=health,info,clock", "--market.node.demo.records.achievement=5"));

    @RegisterExtension
    static final TenantNode jilin = TenantNodeProcesses.start("trading_jilin", List.of("jilin"), FreePort.find(),
            List.of("--market.node.demo.members=true", "--market.node.demo.records.achievement=5", "--market.node.hub.url=http://127.0.0.1:" + HUB_PORT));

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        HubServers.configure(registry, "trading_hub");
        registry.add("server.port", () -> HUB_PORT);
        RegistryBootstrap.of(registry).cities(changchun, "changchun").cities(jilin, "jilin");
    }

    private final HttpSyncGraphQlClient university = client("changchun-university");
    private final HttpSyncGraphQlClient operator = client("changchun-operator");

    @Test
    void aListingNobodyWantsIsUnsoldAndListedAgainAtALowerReserve() {
        String achievement = achievement("寒区混凝土早强防冻剂");
        String id = listed(achievement, "AGREEMENT");
        Map<String, Object> hit = awaitListedHit(achievement, true);
        assertThat(hit).containsEntry("tradeStatus", "LISTED").containsKey("noticeEndsAt");
        advance(Duration.ofDays(5).plusSeconds(1));
        Map<String, Object> unsold = awaitStatus(id, "UNSOLD");
        awaitListedHit(achievement, false);
        Map<String, Object> relisted = ok(university.document("mutation($id: ID!, $v: Int!) { relistAchievement(id: $id, expectedVersion: $v,"
                + " reservePrice: \"600000.00\") " + LISTING + " }").variable("id", id).variable("v", unsold.get("version")).executeSync(), "relistAchievement");
        assertThat(relisted).containsEntry("status", "SUBMITTED").containsEntry("reservePrice", "600000.00").containsEntry("relistedFrom", id);
    }

    @Test
    void aJilinEnterprisesOnlyIntentBecomesANegotiatedDealAtItsOffer() {
        String id = listed(achievement("玄武岩纤维连续拉丝技术"), "BIDDING");
        intent(client("jilin-enterprise"), id, member("jilin", "enterprise"), "880000.00");
        Map<String, Object> seenByOthers = listing(client("changchun-bank"), id);
        assertThat(seenByOthers).containsEntry("intentCount", 1).containsEntry("intents", List.of());
        advance(Duration.ofDays(5).plusSeconds(1));
        Map<String, Object> dealt = awaitStatus(id, "CONTRACTING");
        assertThat((Map<String, Object>) dealt.get("deal")).containsEntry("via", "NEGOTIATION").containsEntry("buyerName", "吉林华创新材料科技有限公司")
                .containsEntry("price", "880000.00");
    }

    @Test
    void anAuctionAmongBuyersOfTwoCitiesIsExtendedByALateBidAndWonByTheBest() {
        String id = listed(achievement("高效钙钛矿太阳能电池封装技术"), "BIDDING");
        HttpSyncGraphQlClient jilinPerson = client("jilin-enterprise");
        HttpSyncGraphQlClient changchunPerson = client("changchun-enterprise");
        intent(jilinPerson, id, member("jilin", "enterprise"), "800000.00");
        intent(changchunPerson, id, member("changchun", "enterprise"), "800000.00");
        advance(Duration.ofDays(5).plusSeconds(1));
        Map<String, Object> auction = (Map<String, Object>) awaitStatus(id, "AUCTION").get("auction");
        assertThat(auction).containsEntry("minimumNextBid", "800000.00");
        int year = Instant.parse((String) auction.get("scheduledClose")).plus(Duration.ofMinutes(10)).atZone(MarketTime.ZONE).getYear();
        Map<String, Object> before = provinceTrading(year);
        bid(jilinPerson, id, member("jilin", "enterprise"), "800000.00");
        bid(changchunPerson, id, member("changchun", "enterprise"), "810000.00");
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(300)).untilAsserted(() ->
                assertThat(awaitListedHit(achievementOf(id), true)).as("the hit shows the auction's best bid")
                        .containsEntry("tradeStatus", "AUCTION").containsEntry("bestBid", "810000.00"));
        Instant scheduled = Instant.parse((String) auction.get("scheduledClose"));
        advance(Duration.between(marketNow(), scheduled).minusMinutes(1));
        Map<String, Object> late = (Map<String, Object>) bid(jilinPerson, id, member("jilin", "enterprise"), "850000.00").get("auction");
        assertThat(Instant.parse((String) late.get("closesAt"))).as("extended by the late bid").isEqualTo(scheduled.plus(Duration.ofMinutes(5)));
        advance(Duration.ofMinutes(6).plusSeconds(1));
        Map<String, Object> dealt = awaitStatus(id, "CONTRACTING");
        assertThat((Map<String, Object>) dealt.get("deal")).containsEntry("via", "AUCTION").containsEntry("buyerName", "吉林华创新材料科技有限公司")
                .containsEntry("price", "850000.00");
        Map<String, Object> result = (Map<String, Object>) dealt.get("auction");
        assertThat(result).containsEntry("state", "CLOSED").containsEntry("premium", "1.0625");

        // the province's statistics: one more deal, one more auction, its price over its reserve, in Changchun's row and the total
        Map<String, Object> after = provinceTrading(year);
        assertThat((int) after.get("dealt") - (int) before.get("dealt")).isEqualTo(1);
        assertThat((int) after.get("auctions") - (int) before.get("auctions")).isEqualTo(1);
        assertThat(new BigDecimal((String) after.get("auctionFinal")).subtract(new BigDecimal((String) before.get("auctionFinal"))))
                .isEqualByComparingTo("850000.00");
        assertThat(new BigDecimal((String) after.get("auctionReserve")).subtract(new BigDecimal((String) before.get("auctionReserve"))))
                .isEqualByComparingTo("800000.00");
        Map<String, Object> changchunRow = ((List<Map<String, Object>>) after.get("byCity")).stream()
                .filter(city -> "changchun".equals(city.get("tenantId"))).findFirst().orElseThrow();
        Map<String, Object> changchunOwn = ok(operator.document("query($y: Int!) { tenant(id: \"changchun\") { tradingStatistics(year: $y) { dealt dealValue"
                + " auctions premium } } }").variable("y", year).executeSync(), "tenant.tradingStatistics");
        assertThat(changchunRow).containsEntry("dealt", changchunOwn.get("dealt")).containsEntry("dealValue", changchunOwn.get("dealValue"))
                .containsEntry("premium", changchunOwn.get("premium"));
        String csv = RestClient.create("http://127.0.0.1:" + HUB_PORT).get().uri("/statistics/trading.csv?year=" + year + "&by=city")
                .header("Authorization", "Bearer " + HubSecurity.token("province-staff")).retrieve().body(String.class);
        assertThat(csv).contains("changchun,长春," + year + "," + changchunRow.get("listed") + "," + changchunRow.get("dealt") + ","
                + changchunRow.get("dealValue")).contains("全省合计");
        assertThat((List<Map<String, Object>>) result.get("bidders")).extracting(b -> b.get("alias") + " " + b.get("name"))
                .containsExactly("竞买人1 吉林华创新材料科技有限公司", "竞买人2 长春华创新材料科技有限公司");
    }

    @Test
    void anUpheldObjectionSuspendsAListingAndADismissedOneIsRecorded() {
        HttpSyncGraphQlClient objector = client("jilin-applicant");
        String upheldId = listed(achievement("秸秆还田机械化作业装备"), "AGREEMENT");
        String dismissedId = listed(achievement("人参皂苷定向转化技术"), "AGREEMENT");
        for (String id : List.of(upheldId, dismissedId)) {
            ok(objector.document("mutation($id: ID!) { lodgeObjection(id: $id, reasons: \"成果权属存在争议，另有共同完成单位。\") { id } }")
                    .variable("id", id).executeSync(), "lodgeObjection");
        }
        int year = marketNow().atZone(MarketTime.ZONE).getYear();
        assertThat((int) provinceTrading(year).get("objections")).as("objections this year").isGreaterThanOrEqualTo(2);
        Map<String, Object> upheld = resolve(upheldId, true, "权属证明不完整，暂停挂牌。");
        assertThat(upheld).containsEntry("status", "SUSPENDED");
        Map<String, Object> dismissed = resolve(dismissedId, false, "经核查，权属清晰，异议不成立。");
        assertThat(dismissed).containsEntry("status", "LISTED");
        assertThat((List<Map<String, Object>>) dismissed.get("objections")).singleElement()
                .satisfies(o -> assertThat(o).containsEntry("status", "DISMISSED").containsEntry("resolution", "经核查，权属清晰，异议不成立。"));
    }

    @Test
    void aBrokersMatchLeadsToARegisteredContractWithSubsidiesAndASettledPaymentPlan() {
        HttpSyncGraphQlClient enterprise = client("changchun-enterprise");
        String buyer = member("changchun", "enterprise");
        String achievement = achievement("新能源汽车电机控制器功率模块封装技术");
        String demand = ((List<Map<String, Object>>) ok(enterprise.document("{ tenant(id: \"changchun\") { myListings { id lifecycle __typename } } }")
                .executeSync(), "tenant.myListings")).stream().filter(r -> "Demand".equals(r.get("__typename")) && "PUBLISHED".equals(r.get("lifecycle")))
                .map(r -> (String) r.get("id")).findFirst().orElseThrow();
        String match = ok(operator.document("mutation($input: MatchInput!) { proposeMatch(tenantId: \"changchun\", input: $input) { id } }")
                .variable("input", Map.of("demandId", demand, "candidateId", achievement, "candidateTitle", "新能源汽车电机控制器功率模块封装技术",
                        "broker", Map.of("name", "刘经纪", "certificateNo", "JL-TB-2026-0102"))).executeSync(), "proposeMatch.id");
        ok(operator.document("mutation($id: ID!) { contactMatch(id: $id, expectedVersion: 1) { id } }").variable("id", match).executeSync(), "contactMatch");
        ok(operator.document("mutation($id: ID!) { negotiateMatch(id: $id, expectedVersion: 2) { id } }").variable("id", match).executeSync(), "negotiateMatch");

        String id = listed(achievement, "AGREEMENT");
        intent(enterprise, id, buyer, "2000000.00");
        advance(Duration.ofDays(5).plusSeconds(1));
        awaitStatus(id, "CONTRACTING");
        Map<String, Object> contract = ok(enterprise.document("mutation($id: ID!, $input: DealContractInput!) { submitDealContract(id: $id, input: $input)"
                + " { id matchId listingId amount } }").variable("id", id).variable("input", Map.of("memberId", buyer, "signedOn",
                LocalDate.now(MarketTime.ZONE).toString(), "technologyIncome", "1800000.00")).executeSync(), "submitDealContract");
        assertThat(contract).containsEntry("matchId", match).containsEntry("listingId", id).containsEntry("amount", "2000000.00");
        String contractId = (String) contract.get("id");
        ok(operator.document("mutation($id: ID!) { startContractReview(id: $id, expectedVersion: 1) { id } }").variable("id", contractId).executeSync(),
                "startContractReview");
        Map<String, Object> registered = ok(client("changchun-registrar").document("mutation($id: ID!) { registerContract(id: $id, expectedVersion: 2)"
                + " { status subsidyTotal } }").variable("id", contractId).executeSync(), "registerContract");
        assertThat(new BigDecimal((String) registered.get("subsidyTotal"))).isPositive();
        assertThat((String) ok(operator.document("query($id: ID!) { node(id: $id) { ... on Match { status } } }").variable("id", match).executeSync(),
                "node.status")).isEqualTo("SIGNED");
        assertThat(listing(operator, id)).containsEntry("status", "DEALT");
        Map<String, Object> trade = ok(client(null).document("query($id: ID!) { node(id: $id) { ... on Achievement { trade { status dealtTerms available } } } }")
                .variable("id", achievement).executeSync(), "node.trade");
        assertThat(trade).isEqualTo(Map.of("status", "DEALT", "dealtTerms", "ASSIGNMENT", "available", false));

        LocalDate today = LocalDate.ofInstant(marketNow(), MarketTime.ZONE);
        Map<String, Object> plan = ok(enterprise.document("mutation($id: ID!, $m: [PaymentMilestoneInput!]!) { setPaymentPlan(id: $id, milestones: $m)"
                + " { version serviceFee } }").variable("id", contractId).variable("m", List.of(
                Map.of("condition", "合同登记后七日内", "amount", "1200000.00", "dueOn", today.plusDays(7).toString()),
                Map.of("condition", "技术资料交付后", "amount", "800000.00", "dueOn", today.plusDays(60).toString()))).executeSync(), "setPaymentPlan");
        assertThat(plan).containsEntry("serviceFee", "20000.00");
        String pay = "mutation($id: ID!, $v: Int!, $m: Int!, $p: PaymentInput!) { recordPayment(id: $id, expectedVersion: $v, milestone: $m, payment: $p)"
                + " { version status paid } }";
        Map<String, Object> first = ok(operator.document(pay).variable("id", contractId).variable("v", plan.get("version")).variable("m", 1)
                .variable("p", payment("1200000.00")).executeSync(), "recordPayment");
        Map<String, Object> settled = ok(operator.document(pay).variable("id", contractId).variable("v", first.get("version")).variable("m", 2)
                .variable("p", payment("800000.00")).executeSync(), "recordPayment");
        assertThat(settled).containsEntry("status", "SETTLED").containsEntry("paid", "2000000.00");
        Map<String, Object> seenByStaff = ok(client("province-staff").document("query($id: ID!) { node(id: $id) { ... on Contract { listingId"
                + " paymentPlan { status paid } } } }").variable("id", contractId).executeSync(), "node");
        assertThat(seenByStaff).isEqualTo(Map.of("listingId", id, "paymentPlan", Map.of("status", "SETTLED", "paid", "2000000.00")));
    }

    /** The achievement's hit among the listed achievements (listed) or the others, notices closing soonest first, once search has it. */
    private static Map<String, Object> awaitListedHit(String achievement, boolean listed) {
        return Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(300)).until(() -> {
            List<Map<String, Object>> hits = ok(client(null).document("query($f: SearchFilterInput) { search(kind: ACHIEVEMENT, filter: $f,"
                    + " sort: NOTICE_ENDING, first: 100) { hits { id tradeStatus noticeEndsAt bestBid } } }").variable("f",
                    Map.of("tenantIds", List.of("changchun"), "listed", listed)).executeSync(), "search.hits");
            if (listed) {
                List<String> ends = hits.stream().map(h -> (String) h.get("noticeEndsAt")).filter(java.util.Objects::nonNull).toList();
                assertThat(ends).as("notices closing soonest first").isSorted();
            }
            return hits.stream().filter(h -> achievement.equals(h.get("id"))).findFirst().orElse(null);
        }, java.util.Objects::nonNull);
    }

    private static String achievementOf(String listing) {
        return ok(client("changchun-operator").document("query($id: ID!) { node(id: $id) { ... on Listing { achievementId } } }").variable("id", listing)
                .executeSync(), "node.achievementId");
    }

    @Test
    void aJilinBrokersMatchOfAChangchunAchievementIsSignedAtJilinWhenChangchunRegistersTheDealsContract() {
        HttpSyncGraphQlClient jilinEnterprise = client("jilin-enterprise");
        HttpSyncGraphQlClient jilinOperator = client("jilin-operator");
        String buyer = member("jilin", "enterprise");
        String achievement = achievement("寒地温室光伏一体化技术");
        String demand = ((List<Map<String, Object>>) ok(jilinEnterprise.document("{ tenant(id: \"jilin\") { myListings { id lifecycle __typename } } }")
                .executeSync(), "tenant.myListings")).stream().filter(r -> "Demand".equals(r.get("__typename")) && "PUBLISHED".equals(r.get("lifecycle")))
                .map(r -> (String) r.get("id")).findFirst().orElseThrow();
        String match = ok(jilinOperator.document("mutation($input: MatchInput!) { proposeMatch(tenantId: \"jilin\", input: $input) { id } }")
                .variable("input", Map.of("demandId", demand, "candidateId", achievement, "candidateTitle", "寒地温室光伏一体化技术",
                        "broker", Map.of("name", "孙经纪", "certificateNo", "JL-TB-2026-0220"))).executeSync(), "proposeMatch.id");
        ok(jilinOperator.document("mutation($id: ID!) { contactMatch(id: $id, expectedVersion: 1, candidateContact: {name: \"王老师\", phone: \"0431-85160000\"}) { id } }")
                .variable("id", match).executeSync(), "contactMatch");
        ok(jilinOperator.document("mutation($id: ID!) { negotiateMatch(id: $id, expectedVersion: 2) { id } }").variable("id", match).executeSync(),
                "negotiateMatch");

        String id = listed(achievement, "AGREEMENT");
        intent(jilinEnterprise, id, buyer, "900000.00");
        advance(Duration.ofDays(5).plusSeconds(1));
        awaitStatus(id, "CONTRACTING");
        Map<String, Object> contract = ok(jilinEnterprise.document("mutation($id: ID!, $input: DealContractInput!) { submitDealContract(id: $id, input: $input)"
                + " { id matchId } }").variable("id", id).variable("input", Map.of("memberId", buyer, "signedOn",
                LocalDate.now(MarketTime.ZONE).toString(), "technologyIncome", "800000.00")).executeSync(), "submitDealContract");
        assertThat(contract).as("the match kept at Jilin, found through the hub").containsEntry("matchId", match);
        String contractId = (String) contract.get("id");
        assertThat(refused(jilinOperator.document("mutation($id: ID!, $c: ID!) { signMatchByContract(id: $id, contractId: $c) { status } }")
                .variable("id", match).variable("c", contractId).executeSync())).as("a contract not yet registered signs nothing")
                .containsEntry("field", "contractId");
        ok(operator.document("mutation($id: ID!) { startContractReview(id: $id, expectedVersion: 1) { id } }").variable("id", contractId).executeSync(),
                "startContractReview");
        ok(client("changchun-registrar").document("mutation($id: ID!) { registerContract(id: $id, expectedVersion: 2) { status } }").variable("id", contractId)
                .executeSync(), "registerContract");
        assertThat((String) ok(jilinOperator.document("query($id: ID!) { node(id: $id) { ... on Match { status } } }").variable("id", match)
                .executeSync(), "node.status")).as("signed at Jilin by Changchun's registration").isEqualTo("SIGNED");
        assertThat((String) ok(jilinOperator.document("mutation($id: ID!, $c: ID!) { signMatchByContract(id: $id, contractId: $c) { status } }")
                .variable("id", match).variable("c", contractId).executeSync(), "signMatchByContract.status")).as("again: nothing changes").isEqualTo("SIGNED");
    }

    private static Map<String, Object> refused(ClientGraphQlResponse response) {
        assertThat(response.getErrors()).hasSize(1);
        return response.getErrors().get(0).getExtensions();
    }

    private static Map<String, Object> provinceTrading(int year) {
        return ok(client("province-staff").document("query($y: Int!) { province { tradingStatistics(year: $y) { listed dealt dealValue auctions objections"
                + " auctionFinal auctionReserve premium byCity { tenantId listed dealt dealValue premium } } } }").variable("y", year).executeSync(),
                "province.tradingStatistics");
    }

    private static Map<String, Object> payment(String amount) {
        return Map.of("amount", amount, "paidOn", LocalDate.now(MarketTime.ZONE).toString(), "reference", "ICBC-" + amount);
    }

    /** A published achievement of Changchun's demo university. */
    private String achievement(String title) {
        Map<String, Object> input = new HashMap<>(Map.of("title", title, "summary", title + "，已完成中试验证。", "industry", "ADVANCED_EQUIPMENT",
                "maturity", "PILOT", "ownerInstitution", "长春理工学院", "transferModes", List.of("ASSIGNMENT", "LICENSE")));
        String id = ok(university.document("mutation($input: AchievementInput!, $m: ID) { createAchievement(tenantId: \"changchun\", input: $input,"
                + " memberId: $m) { id } }").variable("input", input).variable("m", member("changchun", "university")).executeSync(), "createAchievement.id");
        ok(university.document("mutation($id: ID!) { submitForReview(id: $id, expectedVersion: 1) { id } }").variable("id", id).executeSync(),
                "submitForReview");
        ok(operator.document("mutation($id: ID!) { publish(id: $id, expectedVersion: 2) { id } }").variable("id", id).executeSync(), "publish");
        return id;
    }

    /** Listed by the university and approved by Changchun's operator: a five-day notice from now. */
    private String listed(String achievement, String mode) {
        Map<String, Object> input = Map.of("achievementId", achievement, "mode", mode, "terms", "ASSIGNMENT", "reservePrice", "800000.00",
                "increment", "10000.00", "noticeDays", 5, "auctionMinutes", 60);
        String id = ok(university.document("mutation($input: ListingInput!) { listAchievement(tenantId: \"changchun\", input: $input) { id } }")
                .variable("input", input).executeSync(), "listAchievement.id");
        ok(operator.document("mutation($id: ID!) { approveListing(id: $id, expectedVersion: 1) { id } }").variable("id", id).executeSync(),
                "approveListing");
        return id;
    }

    private void intent(HttpSyncGraphQlClient person, String id, String member, String price) {
        ok(person.document("mutation($id: ID!, $input: IntentInput!) { registerIntent(id: $id, input: $input) { id } }").variable("id", id)
                .variable("input", Map.of("memberId", member, "offeredPrice", price)).executeSync(), "registerIntent");
    }

    private Map<String, Object> bid(HttpSyncGraphQlClient person, String id, String member, String amount) {
        return ok(person.document("mutation($id: ID!, $m: ID!, $a: Decimal!) { placeBid(id: $id, memberId: $m, amount: $a) " + LISTING + " }")
                .variable("id", id).variable("m", member).variable("a", amount).executeSync(), "placeBid");
    }

    private Map<String, Object> resolve(String id, boolean upheld, String why) {
        Map<String, Object> current = listing(operator, id);
        return ok(operator.document("mutation($id: ID!, $v: Int!, $u: Boolean!, $why: String!) { resolveObjection(id: $id, expectedVersion: $v,"
                + " number: 1, upheld: $u, resolution: $why) " + LISTING + " }").variable("id", id).variable("v", current.get("version"))
                .variable("u", upheld).variable("why", why).executeSync(), "resolveObjection");
    }

    private static Map<String, Object> listing(HttpSyncGraphQlClient who, String id) {
        return ok(who.document("query($id: ID!) { node(id: $id) { ... on Listing " + LISTING + " } }").variable("id", id).executeSync(), "node");
    }

    private Map<String, Object> awaitStatus(String id, String status) {
        Awaitility.await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(200)).until(() -> status.equals(listing(operator, id).get("status")));
        return listing(operator, id);
    }

    private static String member(String city, String who) {
        return new TypedId(city, "Member", "demo-" + who).encode();
    }

    private static Instant marketNow() {
        return Instant.parse((String) actuator().get().uri("/actuator/clock").retrieve().body(Map.class).get("now"));
    }

    /** Moves Changchun's market time forward. */
    private static void advance(Duration by) {
        actuator().post().uri("/actuator/clock").contentType(MediaType.APPLICATION_JSON).body(Map.of("by", by.toString())).retrieve().toBodilessEntity();
    }

    private static RestClient actuator() {
        return RestClient.builder().baseUrl(changchun.baseUrl()).defaultHeader("Authorization", "Bearer " + HubSecurity.token("platform-admin")).build();
    }

    private static HttpSyncGraphQlClient client(String demoClient) {
        return HubSecurity.client("http://127.0.0.1:" + HUB_PORT + "/graphql", demoClient);
    }

    private static <T> T ok(ClientGraphQlResponse response, String path) {
        assertThat(response.getErrors()).as(path).isEmpty();
        return response.field(path).getValue();
    }
}
