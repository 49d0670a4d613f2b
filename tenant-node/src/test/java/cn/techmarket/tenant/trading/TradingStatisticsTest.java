package cn.techmarket.tenant.trading;

import cn.techmarket.model.trading.ListingMode;
import cn.techmarket.model.trading.ListingStatus;
import cn.techmarket.model.trading.ListingTerms;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A year's trading counts each event in its own month, Beijing time: a listing when it is first
 * listed (not when reinstated), a deal and its price when struck, an auction's premium over the
 * auctions closed with a bid, objections when lodged; the year before and after are left out.
 */
class TradingStatisticsTest {

    private static final Instant MARCH = Instant.parse("2026-03-10T02:00:00Z");
    private static final Instant APRIL = Instant.parse("2026-04-01T01:00:00Z");

    @Test
    void eachEventIsCountedInTheMonthItHappenedAndThePremiumIsTheAuctionsFinalOverTheirReserves() {
        Listing auctioned = listing("a", BigDecimal.valueOf(800_000), List.of(
                step(MARCH.minus(Duration.ofDays(2)), null, ListingStatus.SUBMITTED),
                step(MARCH, ListingStatus.SUBMITTED, ListingStatus.LISTED),
                step(APRIL, ListingStatus.LISTED, ListingStatus.AUCTION),
                step(APRIL.plus(Duration.ofHours(2)), ListingStatus.AUCTION, ListingStatus.CONTRACTING)),
                new Listing.Deal(Listing.DealVia.AUCTION, "m", "changchun", "买方", null, null, new BigDecimal("1000000.00"), APRIL, null),
                List.of(new Listing.Objection(1, "p", "理由", MARCH.plus(Duration.ofDays(1)), Listing.ObjectionStatus.DISMISSED, "不成立", "o", APRIL)));
        Listing reinstatedThenUnsold = listing("b", BigDecimal.valueOf(500_000), List.of(
                step(MARCH, ListingStatus.SUBMITTED, ListingStatus.LISTED),
                step(MARCH.plus(Duration.ofDays(2)), ListingStatus.LISTED, ListingStatus.SUSPENDED),
                step(MARCH.plus(Duration.ofDays(3)), ListingStatus.SUSPENDED, ListingStatus.LISTED),
                step(APRIL, ListingStatus.LISTED, ListingStatus.UNSOLD)), null, List.of());
        Listing lastYear = listing("c", BigDecimal.ONE, List.of(step(Instant.parse("2025-12-31T15:59:00Z"), ListingStatus.SUBMITTED, ListingStatus.LISTED)),
                null, List.of());
        Auction auction = new Auction("a", "changchun", 3, "t", BigDecimal.valueOf(800_000), BigDecimal.TEN, APRIL, APRIL, APRIL, Duration.ofMinutes(5),
                List.of(), Auction.State.CLOSED, List.of(), APRIL, "node");

        TradingStatistics year = TradingStatistics.of(2026, Stream.of(auctioned, reinstatedThenUnsold, lastYear), Map.of("a", auction));

        assertThat(year.listed()).as("first listed, not reinstated, and not last year's").isEqualTo(2);
        assertThat(year.dealt()).isEqualTo(1);
        assertThat(year.unsold()).isEqualTo(1);
        assertThat(year.objections()).isEqualTo(1);
        assertThat(year.premium()).isEqualByComparingTo("1.25");
        assertThat(year.byMonth()).extracting(m -> m.month() + ": " + m.listed() + " listed, " + m.dealt() + " dealt " + m.dealValue().toPlainString()
                        + ", " + m.unsold() + " unsold, " + m.objections() + " objections")
                .containsExactly("3: 2 listed, 0 dealt 0, 0 unsold, 1 objections", "4: 0 listed, 1 dealt 1000000.00, 1 unsold, 0 objections");
    }

    private static Listing.Transition step(Instant at, ListingStatus from, ListingStatus to) {
        return new Listing.Transition(at, "x", from, to, null);
    }

    private static Listing listing(String id, BigDecimal reserve, List<Listing.Transition> history, Listing.Deal deal, List<Listing.Objection> objections) {
        ListingStatus status = history.get(history.size() - 1).to();
        return new Listing(id, "changchun", history.size(), "changchun:Achievement:" + id, "成果", "owner", "大学", ListingMode.BIDDING,
                ListingTerms.ASSIGNMENT, reserve, BigDecimal.TEN, 5, BigDecimal.ZERO, Duration.ofHours(2), null, status, null, MARCH, MARCH,
                List.of(), objections, deal, null, null, history, MARCH, "x", APRIL);
    }
}
