package cn.techmarket.tenant.trading;

import cn.techmarket.tenant.support.TenantApi;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.client.ClientGraphQlResponse;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static cn.techmarket.tenant.support.TenantApi.ok;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fifty intending buyers of two cities, acted for by ten people, register at once and then bid at
 * once, round after round: every bid the market accepts beats the one before it by the increment,
 * bids are totally ordered, each price level is won by exactly one bid, and the winner and the
 * final price are those of the last bid.
 */
@SuppressWarnings("unchecked")
class AuctionUnderLoadTest extends TradingNodeTest {

    private static final List<String> PEOPLE = List.of("changchun-enterprise", "changchun-university", "changchun-bank", "changchun-broker",
            "changchun-applicant", "jilin-enterprise", "jilin-university", "jilin-bank", "jilin-broker", "jilin-applicant");
    private static final int BIDDERS = 50;
    private static final BigDecimal INCREMENT = new BigDecimal("10000.00");

    private record Bidder(TenantApi person, String member) {
    }

    @Test
    void fiftyBiddersBiddingAtOnceRoundAfterRoundAreAcceptedOneAtEachPriceLevelAndInOneOrder() throws Exception {
        List<Bidder> bidders = new ArrayList<>();
        for (int i = 0; i < BIDDERS; i++) {
            String person = PEOPLE.get(i % PEOPLE.size());
            String city = person.substring(0, person.indexOf('-'));
            bidders.add(new Bidder(endpoint("changchun", token(person)), member(city, person, "ENTERPRISE", "竞买企业" + (i + 1) + "号有限公司")));
        }
        TenantApi ownerPerson = endpoint("changchun", token("changchun-university"));
        String owner = member("changchun", "changchun-university", "INSTITUTE", "中国科学院长春光学精密机械与物理研究所");
        String id = (String) listed(ownerPerson, achievement(ownerPerson, owner, "大口径碳化硅反射镜制造技术"), "BIDDING", 5).get("id");

        ExecutorService pool = Executors.newFixedThreadPool(BIDDERS);
        try {
            List<ClientGraphQlResponse> intents = atOnce(pool, bidders, bidder -> bidder.person().execute(ListingsTest.INTENT, Map.of("id", id,
                    "input", Map.of("memberId", bidder.member(), "offeredPrice", "1000000.00", "depositReference", "BZJ-" + bidder.member()))));
            assertThat(intents).allSatisfy(response -> assertThat(response.getErrors()).isEmpty());
            List<Map<String, Object>> registered = (List<Map<String, Object>>) listing(ownerPerson, id).get("intents");
            assertThat(registered).extracting(intent -> intent.get("alias")).as("one alias each, in the order they came")
                    .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, BIDDERS).mapToObj(n -> "竞买人" + n).toList());

            advance(Duration.ofDays(5).plusSeconds(1));
            awaitStatus(id, "AUCTION");

            AtomicInteger tried = new AtomicInteger();
            Map<String, AtomicInteger> refused = new ConcurrentHashMap<>();
            List<Integer> acceptedPerRound = new ArrayList<>();
            Random random = new Random(20261204);
            int rounds = 8;
            for (int round = 0; round < rounds; round++) {
                BigDecimal minimum = new BigDecimal((String) auction(id).get("minimumNextBid"));
                boolean samePrice = round < 5;
                List<BigDecimal> amounts = new ArrayList<>();
                for (int i = 0; i < BIDDERS; i++) {
                    amounts.add(samePrice ? minimum : minimum.add(INCREMENT.multiply(BigDecimal.valueOf(random.nextInt(5)))));
                }
                int before = bids(id).size();
                List<ClientGraphQlResponse> responses = atOnce(pool, bidders, bidder -> {
                    BigDecimal amount = amounts.get(bidders.indexOf(bidder));
                    return ListingsTest.bid(bidder.person(), id, bidder.member(), amount.toPlainString());
                });
                tried.addAndGet(responses.size());
                for (ClientGraphQlResponse response : responses) {
                    if (!response.getErrors().isEmpty()) {
                        String code = String.valueOf(response.getErrors().get(0).getExtensions().get("code"));
                        refused.computeIfAbsent(code, c -> new AtomicInteger()).incrementAndGet();
                    }
                }
                int accepted = (int) responses.stream().filter(response -> response.getErrors().isEmpty()).count();
                acceptedPerRound.add(accepted);
                assertThat(bids(id).size() - before).as("round " + (round + 1) + ": bids the market kept are the ones it answered as accepted")
                        .isEqualTo(accepted);
                if (samePrice) {
                    assertThat(accepted).as("round " + (round + 1) + ": fifty bids at one price level, one wins it").isEqualTo(1);
                }
            }

            List<Map<String, Object>> bids = bids(id);
            int acceptedTotal = acceptedPerRound.stream().mapToInt(Integer::intValue).sum();
            int refusedTotal = refused.values().stream().mapToInt(AtomicInteger::get).sum();
            System.out.printf("Auction under load: %d bidders, %d rounds; bids tried %d, accepted %d (per round %s), refused %d %s%n",
                    BIDDERS, rounds, tried.get(), acceptedTotal, acceptedPerRound, refusedTotal, refused);
            assertThat(tried.get()).isEqualTo(acceptedTotal + refusedTotal).isEqualTo(BIDDERS * rounds);
            assertThat(refused.keySet()).as("the only refusals").isSubsetOf("BID_TOO_LOW", "ALREADY_BEST");
            assertThat(bids).hasSize(acceptedTotal);
            BigDecimal previous = null;
            for (int i = 0; i < bids.size(); i++) {
                Map<String, Object> bid = bids.get(i);
                BigDecimal amount = new BigDecimal((String) bid.get("amount"));
                assertThat(bid.get("sequence")).as("totally ordered").isEqualTo(i + 1);
                if (previous == null) {
                    assertThat(amount).isGreaterThanOrEqualTo(new BigDecimal("1000000.00"));
                } else {
                    assertThat(amount).as("bid " + (i + 1) + " beats the one before by the increment").isGreaterThanOrEqualTo(previous.add(INCREMENT));
                }
                previous = amount;
            }

            Map<String, Object> last = bids.get(bids.size() - 1);
            Map<String, Object> running = auction(id);
            advance(Duration.between(now(), Instant.parse((String) running.get("closesAt"))).plusSeconds(1));
            Map<String, Object> dealt = awaitStatus(id, "CONTRACTING");
            Map<String, Object> closed = (Map<String, Object>) dealt.get("auction");
            String winnerName = ((List<Map<String, Object>>) closed.get("bidders")).stream().filter(b -> b.get("alias").equals(last.get("alias")))
                    .map(b -> (String) b.get("name")).findFirst().orElseThrow();
            assertThat((Map<String, Object>) dealt.get("deal")).containsEntry("via", "AUCTION").containsEntry("price", last.get("amount"))
                    .containsEntry("buyerName", winnerName);
        } finally {
            pool.shutdownNow();
        }
    }

    private Map<String, Object> auction(String id) {
        return (Map<String, Object>) listing(changchun(), id).get("auction");
    }

    private List<Map<String, Object>> bids(String id) {
        return (List<Map<String, Object>>) auction(id).get("bids");
    }

    /** Each bidder's request, all let go at the same moment. */
    private static List<ClientGraphQlResponse> atOnce(ExecutorService pool, List<Bidder> bidders,
                                                      java.util.function.Function<Bidder, ClientGraphQlResponse> request) throws Exception {
        CountDownLatch gate = new CountDownLatch(1);
        List<Future<ClientGraphQlResponse>> futures = new ArrayList<>();
        for (Bidder bidder : bidders) {
            Callable<ClientGraphQlResponse> call = () -> {
                gate.await();
                return request.apply(bidder);
            };
            futures.add(pool.submit(call));
        }
        gate.countDown();
        List<ClientGraphQlResponse> responses = new ArrayList<>();
        for (Future<ClientGraphQlResponse> future : futures) {
            responses.add(future.get());
        }
        return responses;
    }
}
