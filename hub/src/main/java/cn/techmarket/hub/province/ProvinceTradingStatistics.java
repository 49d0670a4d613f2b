package cn.techmarket.hub.province;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;

/** The province's trading of a year: the sums of the cities that answered, by city and month. */
record ProvinceTradingStatistics(int year, int listed, int dealt, BigDecimal dealValue, int unsold, int objections, int auctions,
                                 BigDecimal auctionFinal, BigDecimal auctionReserve, List<TradingMonth> byMonth, List<CityTradingStatistics> byCity) {

    record TradingMonth(int month, int listed, int dealt, BigDecimal dealValue, int unsold, int objections, int auctions, BigDecimal auctionFinal,
                        BigDecimal auctionReserve) {

        TradingMonth plus(TradingMonth o) {
            return new TradingMonth(month, listed + o.listed, dealt + o.dealt, dealValue.add(o.dealValue), unsold + o.unsold, objections + o.objections,
                    auctions + o.auctions, auctionFinal.add(o.auctionFinal), auctionReserve.add(o.auctionReserve));
        }

        public BigDecimal premium() {
            return ProvinceTradingStatistics.premium(auctionFinal, auctionReserve);
        }
    }

    /** What a city answers to the {@code tradingStatistics} operation. */
    record Reported(int year, int listed, int dealt, BigDecimal dealValue, int unsold, int objections, int auctions, BigDecimal auctionFinal,
                    BigDecimal auctionReserve, List<TradingMonth> byMonth) {
    }

    record CityTradingStatistics(String tenantId, String cityName, Reported figures) {

        public int listed() {
            return figures.listed();
        }

        public int dealt() {
            return figures.dealt();
        }

        public BigDecimal dealValue() {
            return figures.dealValue();
        }

        public int unsold() {
            return figures.unsold();
        }

        public int objections() {
            return figures.objections();
        }

        public int auctions() {
            return figures.auctions();
        }

        public BigDecimal premium() {
            return ProvinceTradingStatistics.premium(figures.auctionFinal(), figures.auctionReserve());
        }

        public List<TradingMonth> byMonth() {
            return figures.byMonth();
        }
    }

    public BigDecimal premium() {
        return premium(auctionFinal, auctionReserve);
    }

    static BigDecimal premium(BigDecimal fin, BigDecimal reserve) {
        return reserve.signum() == 0 ? null : fin.divide(reserve, 4, RoundingMode.HALF_UP);
    }

    static ProvinceTradingStatistics sum(int year, List<CityTradingStatistics> cities) {
        List<CityTradingStatistics> byCity = new ArrayList<>(cities);
        byCity.sort(Comparator.comparing(CityTradingStatistics::tenantId));
        TreeMap<Integer, TradingMonth> months = new TreeMap<>();
        byCity.forEach(city -> city.byMonth().forEach(month -> months.merge(month.month(), month, TradingMonth::plus)));
        TradingMonth total = months.values().stream().reduce(new TradingMonth(0, 0, 0, BigDecimal.ZERO, 0, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO),
                TradingMonth::plus);
        return new ProvinceTradingStatistics(year, total.listed(), total.dealt(), total.dealValue(), total.unsold(), total.objections(),
                total.auctions(), total.auctionFinal(), total.auctionReserve(), List.copyOf(months.values()), List.copyOf(byCity));
    }

    /** Each city's figures of the year, asked of the cities that {@code which} admits. */
    static YearFigures.Asked<CityTradingStatistics> ask(YearFigures figures, int year, cn.techmarket.graphql.security.Caller caller,
                                     cn.techmarket.hub.federation.Deadline deadline,
                                     java.util.function.Predicate<cn.techmarket.hub.registry.RegisteredTenant> which) {
        return figures.ask("tradingStatistics", year, caller, deadline, which, Reported.class, (tenant, reported) -> new CityTradingStatistics(tenant.id(), tenant.name(), reported));
    }
}
