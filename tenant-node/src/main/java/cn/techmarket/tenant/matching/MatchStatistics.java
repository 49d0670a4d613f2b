package cn.techmarket.tenant.matching;

import cn.techmarket.model.matching.MatchStatus;
import cn.techmarket.model.region.MarketTime;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;

/** A sub-market's matchmaking of one year: each step counted in the month (Beijing time) it was taken. */
record MatchStatistics(int year, int proposed, int contacted, int signed, int closed, List<MatchMonth> byMonth) {


    record MatchMonth(int month, int proposed, int contacted, int signed, int closed) {

        MatchMonth plus(MatchStatus step) {
            return new MatchMonth(month, proposed + (step == MatchStatus.PROPOSED ? 1 : 0), contacted + (step == MatchStatus.CONTACTED ? 1 : 0),
                    signed + (step == MatchStatus.SIGNED ? 1 : 0), closed + (step == MatchStatus.CLOSED ? 1 : 0));
        }
    }

    static Instant startOf(int year) {
        return ZonedDateTime.of(year, 1, 1, 0, 0, 0, 0, MarketTime.ZONE).toInstant();
    }

    /** @param matches matches with any step in the year (others are ignored) */
    static MatchStatistics of(int year, Stream<Match> matches) {
        Instant from = startOf(year);
        Instant to = startOf(year + 1);
        TreeMap<Integer, MatchMonth> months = new TreeMap<>();
        matches.flatMap(match -> match.history().stream())
                .filter(step -> !step.at().isBefore(from) && step.at().isBefore(to) && step.to() != MatchStatus.NEGOTIATING)
                .forEach(step -> {
                    int month = step.at().atZone(MarketTime.ZONE).getMonthValue();
                    months.put(month, months.getOrDefault(month, new MatchMonth(month, 0, 0, 0, 0)).plus(step.to()));
                });
        List<MatchMonth> byMonth = new ArrayList<>(months.values());
        return new MatchStatistics(year, byMonth.stream().mapToInt(MatchMonth::proposed).sum(),
                byMonth.stream().mapToInt(MatchMonth::contacted).sum(), byMonth.stream().mapToInt(MatchMonth::signed).sum(),
                byMonth.stream().mapToInt(MatchMonth::closed).sum(), byMonth);
    }
}
