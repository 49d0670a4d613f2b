package cn.techmarket.hub.province;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The province's shared instruments in a year, from each city's totals and units: the cities side
 * by side and the units ranked by utilisation (effective ÷ open hours), comparable with the
 * province averages the sharing reports give (Guangxi 2016: 53 %, 806 effective hours an instrument).
 */
final class ProvinceInstruments {

    private ProvinceInstruments() {
    }

    /** What a city answers to the {@code instrumentUtilisation} operation. */
    record Reported(int instruments, BigDecimal openHours, BigDecimal effectiveHours, BigDecimal externalHours, BigDecimal income,
                    List<ReportedUnit> units) {
    }

    record ReportedUnit(String unit, String managingUnit, int instruments, BigDecimal openHours, BigDecimal effectiveHours,
                        BigDecimal externalHours, BigDecimal income, Double rating, int ratings, boolean sharingRulesPublished) {
    }

    record CityInstruments(String tenantId, int instruments, BigDecimal openHours, BigDecimal effectiveHours, BigDecimal income,
                           BigDecimal utilisationPercent, BigDecimal externalSharePercent, BigDecimal averageEffectiveHours) {
    }

    record RankedUnit(int rank, String tenantId, String unit, String managingUnit, int instruments, BigDecimal effectiveHours,
                      BigDecimal utilisationPercent, BigDecimal externalSharePercent, BigDecimal income, Double rating,
                      boolean sharingRulesPublished) {
    }

    record ProvinceInstrumentUtilisation(int year, int instruments, BigDecimal openHours, BigDecimal effectiveHours, BigDecimal income,
                                         BigDecimal utilisationPercent, BigDecimal externalSharePercent, BigDecimal averageEffectiveHours,
                                         List<CityInstruments> byCity, List<RankedUnit> units) {
    }

    static ProvinceInstrumentUtilisation sum(int year, Map<String, Reported> cities, int first) {
        List<CityInstruments> byCity = new ArrayList<>();
        List<RankedUnit> units = new ArrayList<>();
        int instruments = 0;
        BigDecimal open = BigDecimal.ZERO;
        BigDecimal effective = BigDecimal.ZERO;
        BigDecimal external = BigDecimal.ZERO;
        BigDecimal income = BigDecimal.ZERO;
        for (Map.Entry<String, Reported> entry : cities.entrySet()) {
            Reported city = entry.getValue();
            byCity.add(new CityInstruments(entry.getKey(), city.instruments(), city.openHours(), city.effectiveHours(), city.income(),
                    percent(city.effectiveHours(), city.openHours()), percent(city.externalHours(), city.effectiveHours()),
                    average(city.effectiveHours(), city.instruments())));
            instruments += city.instruments();
            open = open.add(city.openHours());
            effective = effective.add(city.effectiveHours());
            external = external.add(city.externalHours());
            income = income.add(city.income());
            city.units().forEach(unit -> units.add(new RankedUnit(0, entry.getKey(), unit.unit(), unit.managingUnit(), unit.instruments(),
                    unit.effectiveHours(), percent(unit.effectiveHours(), unit.openHours()), percent(unit.externalHours(), unit.effectiveHours()),
                    unit.income(), unit.rating(), unit.sharingRulesPublished())));
        }
        byCity.sort(Comparator.comparing(CityInstruments::tenantId));
        List<RankedUnit> ordered = units.stream().sorted(Comparator.comparing(RankedUnit::utilisationPercent).reversed()
                .thenComparing(RankedUnit::effectiveHours, Comparator.reverseOrder()).thenComparing(RankedUnit::managingUnit)).limit(first).toList();
        List<RankedUnit> ranked = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            RankedUnit unit = ordered.get(i);
            ranked.add(new RankedUnit(i + 1, unit.tenantId(), unit.unit(), unit.managingUnit(), unit.instruments(), unit.effectiveHours(),
                    unit.utilisationPercent(), unit.externalSharePercent(), unit.income(), unit.rating(), unit.sharingRulesPublished()));
        }
        return new ProvinceInstrumentUtilisation(year, instruments, open, effective, income, percent(effective, open), percent(external, effective),
                average(effective, instruments), byCity, ranked);
    }

    private static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? BigDecimal.ZERO.setScale(1) : part.multiply(BigDecimal.valueOf(100)).divide(whole, 1, RoundingMode.HALF_UP);
    }

    private static BigDecimal average(BigDecimal hours, int instruments) {
        return instruments == 0 ? BigDecimal.ZERO.setScale(2) : hours.divide(BigDecimal.valueOf(instruments), 2, RoundingMode.HALF_UP);
    }
}
