package cn.techmarket.hub.province;

import cn.techmarket.model.contract.ContractTotals;
import cn.techmarket.model.contract.ContractTotals.MonthTotals;
import cn.techmarket.model.contract.ContractTotals.PartyTotals;
import cn.techmarket.model.contract.ContractTotals.TypeTotals;
import cn.techmarket.model.contract.ContractTotals.YearTotals;
import cn.techmarket.model.contract.ContractType;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The province's registered contracts of a year: the sums of the cities that answered. */
record ProvinceContractStatistics(int year, int registered, BigDecimal turnover, BigDecimal technologyIncome,
                                  BigDecimal subsidiesPaid, YearTotals previousYear, Double turnoverGrowthPercent,
                                  List<CityContractTotals> byCity, List<TypeTotals> byType, List<MonthTotals> byMonth,
                                  List<PartyTotals> topSellers, List<PartyTotals> topBuyers) {

    /** What a city answers to the {@code contractStatistics} operation. */
    record Reported(int year, int registered, BigDecimal turnover, BigDecimal technologyIncome, BigDecimal subsidiesPaid,
                    YearTotals previousYear, List<TypeTotals> byType, List<MonthTotals> byMonth, List<PartyTotals> topSellers,
                    List<PartyTotals> topBuyers) {
    }

    /** One city's figures as it reported them. */
    record CityContractTotals(String tenantId, String cityName, int registered, BigDecimal turnover, BigDecimal technologyIncome,
                              BigDecimal subsidiesPaid, YearTotals previousYear, Double turnoverGrowthPercent,
                              List<TypeTotals> byType, List<MonthTotals> byMonth, List<PartyTotals> topSellers,
                              List<PartyTotals> topBuyers) {

        static CityContractTotals of(String tenantId, String cityName, Reported city) {
            return new CityContractTotals(tenantId, cityName, city.registered(), city.turnover(), city.technologyIncome(), city.subsidiesPaid(),
                    city.previousYear(), ContractTotals.growthPercent(city.turnover(), city.previousYear().turnover()),
                    city.byType(), city.byMonth(), city.topSellers(), city.topBuyers());
        }
    }

    static ProvinceContractStatistics sum(int year, List<CityContractTotals> cities) {
        int registered = 0;
        int previousRegistered = 0;
        BigDecimal turnover = BigDecimal.ZERO, income = BigDecimal.ZERO, subsidies = BigDecimal.ZERO, previousTurnover = BigDecimal.ZERO;
        Map<ContractType, TypeTotals> byType = new EnumMap<>(ContractType.class);
        for (ContractType type : ContractType.values()) {
            byType.put(type, new TypeTotals(type, 0, BigDecimal.ZERO));
        }
        List<MonthTotals> byMonth = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            byMonth.add(new MonthTotals(month, 0, BigDecimal.ZERO));
        }
        List<PartyTotals> sellers = new ArrayList<>();
        List<PartyTotals> buyers = new ArrayList<>();
        for (CityContractTotals city : cities) {
            registered += city.registered();
            turnover = turnover.add(city.turnover());
            income = income.add(city.technologyIncome());
            subsidies = subsidies.add(city.subsidiesPaid());
            previousRegistered += city.previousYear().registered();
            previousTurnover = previousTurnover.add(city.previousYear().turnover());
            city.byType().forEach(t -> byType.merge(t.type(), t,
                    (a, b) -> new TypeTotals(a.type(), a.registered() + b.registered(), a.turnover().add(b.turnover()))));
            city.byMonth().forEach(m -> {
                MonthTotals sum = byMonth.get(m.month() - 1);
                byMonth.set(m.month() - 1, new MonthTotals(m.month(), sum.registered() + m.registered(), sum.turnover().add(m.turnover())));
            });
            sellers.addAll(city.topSellers());
            buyers.addAll(city.topBuyers());
        }
        return new ProvinceContractStatistics(year, registered, turnover, income, subsidies,
                new YearTotals(year - 1, previousRegistered, previousTurnover), ContractTotals.growthPercent(turnover, previousTurnover),
                cities, List.copyOf(byType.values()), byMonth, ContractTotals.top(sellers), ContractTotals.top(buyers));
    }

    /** Each city's figures of the year, asked of the cities that {@code which} admits. */
    static YearFigures.Asked<CityContractTotals> ask(YearFigures figures, int year, cn.techmarket.graphql.security.Caller caller,
                                     cn.techmarket.hub.federation.Deadline deadline,
                                     java.util.function.Predicate<cn.techmarket.hub.registry.RegisteredTenant> which) {
        return figures.ask("contractStatistics", year, caller, deadline, which, Reported.class, (tenant, reported) -> CityContractTotals.of(tenant.id(), tenant.name(), reported));
    }
}
