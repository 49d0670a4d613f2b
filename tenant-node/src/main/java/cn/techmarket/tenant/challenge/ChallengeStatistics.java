package cn.techmarket.tenant.challenge;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The year's lists (those published in it, Beijing time): how many of each type, the applications
 * they drew, how many found a winner, the funding committed by signed agreements and paid, and
 * the same by the city of each winner's lead.
 */
record ChallengeStatistics(int year, Totals totals, List<TypeTotals> byType, List<CityTotals> byWinnerCity) {

    record Totals(int lists, int applications, int selected, BigDecimal funding, BigDecimal committed, BigDecimal paid) {

        static final Totals NONE = new Totals(0, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

        Totals plus(Challenge challenge, int applicationCount) {
            return new Totals(lists + 1, applications + applicationCount, selected + (challenge.selection() == null ? 0 : 1),
                    funding.add(challenge.funding()), committed.add(challenge.committed()), paid.add(challenge.paid()));
        }
    }

    record TypeTotals(ChallengeType type, Totals totals) {
    }

    record CityTotals(String tenantId, Totals totals) {
    }

    /** @param applicationCounts the applications (not withdrawn) of each list, by its local id */
    static ChallengeStatistics of(int year, List<Challenge> published, Map<String, Integer> applicationCounts) {
        Totals all = Totals.NONE;
        Map<ChallengeType, Totals> byType = new TreeMap<>();
        Map<String, Totals> byCity = new TreeMap<>();
        for (Challenge challenge : published) {
            int count = applicationCounts.getOrDefault(challenge.id(), 0);
            all = all.plus(challenge, count);
            byType.merge(challenge.type(), Totals.NONE.plus(challenge, count), (a, b) -> a.plus(challenge, count));
            if (challenge.selection() != null) {
                byCity.merge(challenge.selection().tenantId(), Totals.NONE.plus(challenge, count), (a, b) -> a.plus(challenge, count));
            }
        }
        List<TypeTotals> types = new ArrayList<>();
        for (ChallengeType type : ChallengeType.values()) {
            types.add(new TypeTotals(type, byType.getOrDefault(type, Totals.NONE)));
        }
        List<CityTotals> cities = byCity.entrySet().stream().map(e -> new CityTotals(e.getKey(), e.getValue()))
                .sorted(Comparator.comparing((CityTotals c) -> c.totals().committed()).reversed()).toList();
        return new ChallengeStatistics(year, all, types, cities);
    }
}
