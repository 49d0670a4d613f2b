package cn.techmarket.hub.province;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The province's broker pool ranked for a year: the cities' broker records summed per certificate
 * number, since a broker may be a member of several cities and is one person in the pool.
 */
final class ProvinceBrokers {

    private ProvinceBrokers() {
    }

    /** What a city answers to the {@code brokerRanking} operation, per broker. */
    record Reported(String memberId, String tenantId, String name, String certificateNumber, String level, int proposed, int contacted,
                    int signed, int contracts, BigDecimal turnover) {
    }

    record ProvinceBroker(int rank, String certificateNumber, String name, String level, List<String> tenantIds, int proposed,
                          int contacted, int signed, int contracts, BigDecimal turnover) {
    }

    /** The largest turnover first, then the most signed, then by certificate; at most {@code first}. */
    static List<ProvinceBroker> rank(Collection<Reported> cities, int first) {
        Map<String, List<Reported>> byCertificate = new LinkedHashMap<>();
        cities.forEach(city -> byCertificate.computeIfAbsent(city.certificateNumber(), number -> new ArrayList<>()).add(city));
        List<ProvinceBroker> summed = byCertificate.values().stream().map(ProvinceBrokers::sum)
                .sorted(Comparator.comparing(ProvinceBroker::turnover).thenComparingInt(ProvinceBroker::signed).reversed()
                        .thenComparing(ProvinceBroker::certificateNumber))
                .limit(first).toList();
        List<ProvinceBroker> ranked = new ArrayList<>();
        for (int i = 0; i < summed.size(); i++) {
            ProvinceBroker broker = summed.get(i);
            ranked.add(new ProvinceBroker(i + 1, broker.certificateNumber(), broker.name(), broker.level(), broker.tenantIds(),
                    broker.proposed(), broker.contacted(), broker.signed(), broker.contracts(), broker.turnover()));
        }
        return ranked;
    }

    private static ProvinceBroker sum(List<Reported> records) {
        Reported any = records.get(0);
        return new ProvinceBroker(0, any.certificateNumber(), any.name(), any.level(),
                List.copyOf(new TreeSet<>(records.stream().map(Reported::tenantId).toList())),
                records.stream().mapToInt(Reported::proposed).sum(), records.stream().mapToInt(Reported::contacted).sum(),
                records.stream().mapToInt(Reported::signed).sum(), records.stream().mapToInt(Reported::contracts).sum(),
                records.stream().map(Reported::turnover).reduce(BigDecimal.ZERO, BigDecimal::add));
    }
}
