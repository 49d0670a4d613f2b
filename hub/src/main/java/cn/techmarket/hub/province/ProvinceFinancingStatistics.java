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

/** The province's bank–enterprise financing of a year: the sums of the cities that answered, by city, month and institution type. */
record ProvinceFinancingStatistics(int year, int requests, BigDecimal requested, int approvals, BigDecimal approved, int disbursements,
                                   BigDecimal disbursed, List<FinancingMonth> byMonth, List<ByInstitutionType> byInstitutionType,
                                   List<CityFinancingStatistics> byCity) {

    record FinancingMonth(int month, int requests, BigDecimal requested, int approvals, BigDecimal approved, int disbursements, BigDecimal disbursed) {

        FinancingMonth plus(FinancingMonth o) {
            return new FinancingMonth(month, requests + o.requests, requested.add(o.requested), approvals + o.approvals, approved.add(o.approved),
                    disbursements + o.disbursements, disbursed.add(o.disbursed));
        }
    }

    record ByInstitutionType(String type, int approvals, BigDecimal approved, int disbursements, BigDecimal disbursed) {

        public String typeLabel() {
            return switch (type) {
                case "BANK" -> "银行";
                case "GUARANTEE" -> "担保";
                case "INSURANCE" -> "保险";
                case "VENTURE_CAPITAL" -> "创业投资";
                case "MICRO_LOAN" -> "小额贷款";
                default -> type;
            };
        }

        ByInstitutionType plus(ByInstitutionType o) {
            return new ByInstitutionType(type, approvals + o.approvals, approved.add(o.approved), disbursements + o.disbursements,
                    disbursed.add(o.disbursed));
        }
    }

    /** What a city answers to the {@code financingStatistics} operation. */
    record Reported(int year, int requests, BigDecimal requested, int approvals, BigDecimal approved, int disbursements, BigDecimal disbursed,
                    List<FinancingMonth> byMonth, List<ByInstitutionType> byInstitutionType) {
    }

    record CityFinancingStatistics(String tenantId, String cityName, int requests, BigDecimal requested, int approvals, BigDecimal approved,
                                   int disbursements, BigDecimal disbursed, List<FinancingMonth> byMonth, List<ByInstitutionType> byInstitutionType) {

        static CityFinancingStatistics of(RegisteredTenant tenant, Reported r) {
            return new CityFinancingStatistics(tenant.id(), tenant.name(), r.requests(), r.requested(), r.approvals(), r.approved(), r.disbursements(),
                    r.disbursed(), r.byMonth(), r.byInstitutionType());
        }
    }

    static ProvinceFinancingStatistics sum(int year, List<CityFinancingStatistics> cities) {
        List<CityFinancingStatistics> byCity = new ArrayList<>(cities);
        byCity.sort(Comparator.comparing(CityFinancingStatistics::tenantId));
        TreeMap<Integer, FinancingMonth> months = new TreeMap<>();
        TreeMap<String, ByInstitutionType> types = new TreeMap<>();
        byCity.forEach(city -> {
            city.byMonth().forEach(month -> months.merge(month.month(), month, FinancingMonth::plus));
            city.byInstitutionType().forEach(type -> types.merge(type.type(), type, ByInstitutionType::plus));
        });
        FinancingMonth total = months.values().stream()
                .reduce(new FinancingMonth(0, 0, BigDecimal.ZERO, 0, BigDecimal.ZERO, 0, BigDecimal.ZERO), FinancingMonth::plus);
        return new ProvinceFinancingStatistics(year, total.requests(), total.requested(), total.approvals(), total.approved(), total.disbursements(),
                total.disbursed(), List.copyOf(months.values()), List.copyOf(types.values()), List.copyOf(byCity));
    }

    static YearFigures.Asked<CityFinancingStatistics> ask(YearFigures figures, int year, Caller caller, Deadline deadline,
                                                          Predicate<RegisteredTenant> which) {
        return figures.ask("financingStatistics", year, caller, deadline, which, Reported.class, CityFinancingStatistics::of);
    }
}
