package cn.techmarket.tenant.trading;

import cn.techmarket.model.region.MarketTime;
import cn.techmarket.model.trading.ListingStatus;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A sub-market's trading of one year, each event counted in the month (Beijing time) it happened:
 * listings published (挂牌), deals struck (成交) and their value, listings left unsold (未成交),
 * objections lodged (异议), auctions closed with a bid and what they fetched over their reserves.
 *
 * @param auctionFinal   the final prices of the auctions closed with a bid
 * @param auctionReserve their reserve prices: the premium is final ÷ reserve
 */
record TradingStatistics(int year, int listed, int dealt, BigDecimal dealValue, int unsold, int objections, int auctions, BigDecimal auctionFinal,
                         BigDecimal auctionReserve, List<TradingMonth> byMonth) {

    record TradingMonth(int month, int listed, int dealt, BigDecimal dealValue, int unsold, int objections, int auctions, BigDecimal auctionFinal,
                        BigDecimal auctionReserve) {

        static TradingMonth empty(int month) {
            return new TradingMonth(month, 0, 0, BigDecimal.ZERO, 0, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO);
        }

        TradingMonth plus(TradingMonth o) {
            return new TradingMonth(month, listed + o.listed, dealt + o.dealt, dealValue.add(o.dealValue), unsold + o.unsold, objections + o.objections,
                    auctions + o.auctions, auctionFinal.add(o.auctionFinal), auctionReserve.add(o.auctionReserve));
        }

        /** 溢价率: final ÷ reserve over the month's auctions; null without one. */
        public BigDecimal premium() {
            return TradingStatistics.premium(auctionFinal, auctionReserve);
        }
    }

    static Instant startOf(int year) {
        return ZonedDateTime.of(year, 1, 1, 0, 0, 0, 0, MarketTime.ZONE).toInstant();
    }

    public BigDecimal premium() {
        return premium(auctionFinal, auctionReserve);
    }

    static BigDecimal premium(BigDecimal fin, BigDecimal reserve) {
        return reserve.signum() == 0 ? null : fin.divide(reserve, 4, RoundingMode.HALF_UP);
    }

    /**
     * @param listings listings with any step or objection in the year (others are ignored)
     * @param auctions the closed auctions of those listings, by listing id
     */
    static TradingStatistics of(int year, Stream<Listing> listings, Map<String, Auction> auctions) {
        Instant from = startOf(year);
        Instant to = startOf(year + 1);
        TreeMap<Integer, TradingMonth> months = new TreeMap<>();
        listings.forEach(listing -> {
            for (Listing.Transition step : listing.history()) {
                if (step.at().isBefore(from) || !step.at().isBefore(to)) {
                    continue;
                }
                int month = step.at().atZone(MarketTime.ZONE).getMonthValue();
                TradingMonth counted = switch (step.to()) {
                    case LISTED -> step.from() == ListingStatus.SUBMITTED
                            ? new TradingMonth(month, 1, 0, BigDecimal.ZERO, 0, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO) : null;
                    case CONTRACTING -> dealIn(month, listing, auctions.get(listing.id()));
                    case UNSOLD -> new TradingMonth(month, 0, 0, BigDecimal.ZERO, 1, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO);
                    default -> null;
                };
                if (counted != null) {
                    months.merge(month, counted, TradingMonth::plus);
                }
            }
            listing.objections().stream().filter(o -> !o.lodgedAt().isBefore(from) && o.lodgedAt().isBefore(to)).forEach(o -> {
                int month = o.lodgedAt().atZone(MarketTime.ZONE).getMonthValue();
                months.merge(month, new TradingMonth(month, 0, 0, BigDecimal.ZERO, 0, 1, 0, BigDecimal.ZERO, BigDecimal.ZERO), TradingMonth::plus);
            });
        });
        List<TradingMonth> byMonth = new ArrayList<>(months.values());
        TradingMonth total = byMonth.stream().reduce(TradingMonth.empty(0), TradingMonth::plus);
        return new TradingStatistics(year, total.listed(), total.dealt(), total.dealValue(), total.unsold(), total.objections(), total.auctions(),
                total.auctionFinal(), total.auctionReserve(), byMonth);
    }

    private static TradingMonth dealIn(int month, Listing listing, Auction auction) {
        BigDecimal price = listing.deal() == null ? BigDecimal.ZERO : listing.deal().price();
        boolean auctioned = listing.deal() != null && listing.deal().via() == Listing.DealVia.AUCTION && auction != null;
        return new TradingMonth(month, 0, 1, price, 0, 0, auctioned ? 1 : 0, auctioned ? price : BigDecimal.ZERO,
                auctioned ? auction.startPrice() : BigDecimal.ZERO);
    }
}
