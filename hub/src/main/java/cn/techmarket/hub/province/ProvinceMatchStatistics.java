package cn.techmarket.hub.province;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;

/** The province's matchmaking of a year: the sums of the cities that answered, by city and month. */
record ProvinceMatchStatistics(int year, int proposed, int contacted, int signed, int closed, List<MatchMonth> byMonth,
                               List<CityMatchStatistics> byCity) {

    record MatchMonth(int month, int proposed, int contacted, int signed, int closed) {

        MatchMonth plus(MatchMonth other) {
            return new MatchMonth(month, proposed + other.proposed, contacted + other.contacted, signed + other.signed, closed + other.closed);
        }

    }

    /** What a city answers to the {@code matchStatistics} operation. */
    record Reported(int year, int proposed, int contacted, int signed, int closed, List<MatchMonth> byMonth) {
    }

    record CityMatchStatistics(String tenantId, String cityName, int proposed, int contacted, int signed, int closed,
                               List<MatchMonth> byMonth) {

        static CityMatchStatistics of(String tenantId, String cityName, Reported city) {
            return new CityMatchStatistics(tenantId, cityName, city.proposed(), city.contacted(), city.signed(), city.closed(), city.byMonth());
        }
    }

    static ProvinceMatchStatistics sum(int year, List<CityMatchStatistics> cities) {
        List<CityMatchStatistics> byCity = new ArrayList<>(cities);
        byCity.sort(Comparator.comparing(CityMatchStatistics::tenantId));
        TreeMap<Integer, MatchMonth> months = new TreeMap<>();
        byCity.forEach(city -> city.byMonth().forEach(month -> months.merge(month.month(), month, MatchMonth::plus)));
        return new ProvinceMatchStatistics(year, byCity.stream().mapToInt(CityMatchStatistics::proposed).sum(),
                byCity.stream().mapToInt(CityMatchStatistics::contacted).sum(), byCity.stream().mapToInt(CityMatchStatistics::signed).sum(),
                byCity.stream().mapToInt(CityMatchStatistics::closed).sum(), List.copyOf(months.values()), List.copyOf(byCity));
    }
}
