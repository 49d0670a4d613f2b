package cn.techmarket.hub.province;

import cn.techmarket.graphql.security.Caller;
import cn.techmarket.hub.federation.Deadline;
import cn.techmarket.hub.registry.RegisteredTenant;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Predicate;

/** The province's activities of a year: the sums of the markets that answered, by market and month. */
record ProvinceActivityStatistics(int year, ActivityMonth total, List<ActivityMonth> byMonth, List<CityActivityStatistics> byCity) {

    record ActivityMonth(int month, int activities, int exhibitions, int roadshows, int fairs, int bankEnterprise, int exhibits, int registered,
                         int attended, int agreements, BigDecimal agreementAmount, int matchesStarted, int financingIntentions,
                         BigDecimal financingAmount) {

        static ActivityMonth empty(int month) {
            return new ActivityMonth(month, 0, 0, 0, 0, 0, 0, 0, 0, 0, BigDecimal.ZERO, 0, 0, BigDecimal.ZERO);
        }

        ActivityMonth plus(ActivityMonth o) {
            return new ActivityMonth(month, activities + o.activities, exhibitions + o.exhibitions, roadshows + o.roadshows, fairs + o.fairs,
                    bankEnterprise + o.bankEnterprise, exhibits + o.exhibits, registered + o.registered, attended + o.attended,
                    agreements + o.agreements, agreementAmount.add(o.agreementAmount), matchesStarted + o.matchesStarted,
                    financingIntentions + o.financingIntentions, financingAmount.add(o.financingAmount));
        }
    }

    /** What a market answers to the {@code activityStatistics} operation: its year's months (its totals are their sum). */
    record Reported(int year, List<ActivityMonth> byMonth) {
    }

    /** A market's figures: its total is the sum of its months, as the market's own is. */
    record CityActivityStatistics(String tenantId, String cityName, ActivityMonth total, List<ActivityMonth> byMonth) {

        static CityActivityStatistics of(RegisteredTenant tenant, Reported reported) {
            return new CityActivityStatistics(tenant.id(), tenant.name(), reported.byMonth().stream().reduce(ActivityMonth.empty(0), ActivityMonth::plus),
                    reported.byMonth());
        }
    }

    static ProvinceActivityStatistics sum(int year, List<CityActivityStatistics> cities) {
        List<CityActivityStatistics> byCity = new ArrayList<>(cities);
        byCity.sort(Comparator.comparing(CityActivityStatistics::tenantId));
        TreeMap<Integer, ActivityMonth> months = new TreeMap<>();
        byCity.forEach(city -> city.byMonth().forEach(month -> months.merge(month.month(), month, ActivityMonth::plus)));
        return new ProvinceActivityStatistics(year, months.values().stream().reduce(ActivityMonth.empty(0), ActivityMonth::plus),
                List.copyOf(months.values()), List.copyOf(byCity));
    }

    static YearFigures.Asked<CityActivityStatistics> ask(YearFigures figures, int year, Caller caller, Deadline deadline,
                                                         Predicate<RegisteredTenant> which) {
        return figures.ask("activityStatistics", year, caller, deadline, which, Reported.class, CityActivityStatistics::of);
    }
}
