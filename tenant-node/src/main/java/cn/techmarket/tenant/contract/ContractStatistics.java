package cn.techmarket.tenant.contract;

import cn.techmarket.model.contract.ContractTotals;
import cn.techmarket.model.contract.ContractTotals.MonthTotals;
import cn.techmarket.model.contract.ContractTotals.PartyTotals;
import cn.techmarket.model.contract.ContractTotals.TypeTotals;
import cn.techmarket.model.contract.ContractTotals.YearTotals;
import cn.techmarket.model.contract.ContractType;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One year of registered contracts, summed exactly (BigDecimal) in one pass over them. Summing in
 * the application rather than with {@code $group} keeps decimals exact on every server, the
 * MongoDB stand-in included.
 */
record ContractStatistics(int year, int registered, BigDecimal turnover, BigDecimal technologyIncome, BigDecimal subsidiesPaid,
                          YearTotals previousYear, Double turnoverGrowthPercent, List<TypeTotals> byType,
                          List<MonthTotals> byMonth, List<PartyTotals> topSellers, List<PartyTotals> topBuyers) {

    static ContractStatistics of(int year, Stream<ContractStore.Figures> thisYear, Stream<ContractStore.Figures> lastYear) {
        Sums sums = new Sums();
        thisYear.forEach(sums::add);
        Sums previous = new Sums();
        lastYear.forEach(previous::add);
        Double growth = ContractTotals.growthPercent(sums.turnover, previous.turnover);
        List<TypeTotals> byType = new ArrayList<>();
        for (ContractType type : ContractType.values()) {
            int[] count = sums.typeCounts.getOrDefault(type, new int[1]);
            byType.add(new TypeTotals(type, count[0], sums.typeTurnover.getOrDefault(type, BigDecimal.ZERO)));
        }
        List<MonthTotals> byMonth = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            byMonth.add(new MonthTotals(month, sums.monthCounts[month], sums.monthTurnover[month]));
        }
        return new ContractStatistics(year, sums.count, sums.turnover, sums.income, sums.subsidies,
                new YearTotals(year - 1, previous.count, previous.turnover), growth, byType, byMonth,
                ContractTotals.top(sums.sellers.values()), ContractTotals.top(sums.buyers.values()));
    }

    private static final class Sums {
        int count;
        BigDecimal turnover = BigDecimal.ZERO;
        BigDecimal income = BigDecimal.ZERO;
        BigDecimal subsidies = BigDecimal.ZERO;
        final Map<ContractType, int[]> typeCounts = new EnumMap<>(ContractType.class);
        final Map<ContractType, BigDecimal> typeTurnover = new EnumMap<>(ContractType.class);
        final int[] monthCounts = new int[13];
        final BigDecimal[] monthTurnover = new BigDecimal[13];
        final Map<String, PartyTotals> sellers = new HashMap<>();
        final Map<String, PartyTotals> buyers = new HashMap<>();

        Sums() {
            java.util.Arrays.fill(monthTurnover, BigDecimal.ZERO);
        }

        void add(ContractStore.Figures contract) {
            count++;
            turnover = turnover.add(contract.amount());
            income = income.add(contract.technologyIncome());
            subsidies = subsidies.add(contract.subsidyTotal());
            typeCounts.computeIfAbsent(contract.type(), t -> new int[1])[0]++;
            typeTurnover.merge(contract.type(), contract.amount(), BigDecimal::add);
            monthCounts[contract.registeredMonth()]++;
            monthTurnover[contract.registeredMonth()] = monthTurnover[contract.registeredMonth()].add(contract.amount());
            count(sellers, contract.seller(), contract.amount());
            count(buyers, contract.buyer(), contract.amount());
        }

        private static void count(Map<String, PartyTotals> parties, Contract.Party party, BigDecimal amount) {
            parties.merge(party.creditCode(), new PartyTotals(party.name(), party.creditCode(), 1, amount),
                    (a, b) -> new PartyTotals(a.name(), a.creditCode(), a.registered() + 1, a.turnover().add(b.turnover())));
        }
    }
}
