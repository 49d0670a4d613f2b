package cn.techmarket.model.contract;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The pieces of contract statistics a city computes and the province adds up: totals by year,
 * contract type, month and party, all in exact CNY.
 */
public final class ContractTotals {

    /** How many parties a "top" list names. */
    public static final int TOP = 10;

    private ContractTotals() {
    }

    public record YearTotals(int year, int registered, BigDecimal turnover) {
    }

    public record TypeTotals(ContractType type, int registered, BigDecimal turnover) {
    }

    public record MonthTotals(int month, int registered, BigDecimal turnover) {
    }

    public record PartyTotals(String name, String creditCode, int registered, BigDecimal turnover) {

        PartyTotals plus(PartyTotals other) {
            return new PartyTotals(name, creditCode, registered + other.registered, turnover.add(other.turnover));
        }
    }

    /** Growth from the previous year in percent, two decimals; null when there was nothing to grow from. */
    public static Double growthPercent(BigDecimal current, BigDecimal previous) {
        if (previous.signum() == 0) {
            return null;
        }
        return current.subtract(previous).multiply(BigDecimal.valueOf(100)).divide(previous, 2, RoundingMode.HALF_UP).doubleValue();
    }

    /** The {@link #TOP} largest by turnover, the same party counted once however often it appears. */
    public static List<PartyTotals> top(Collection<PartyTotals> parties) {
        java.util.Map<String, PartyTotals> byCode = new java.util.HashMap<>();
        parties.forEach(party -> byCode.merge(party.creditCode(), party, PartyTotals::plus));
        return byCode.values().stream()
                .sorted(Comparator.comparing(PartyTotals::turnover).reversed().thenComparing(PartyTotals::creditCode))
                .limit(TOP).toList();
    }
}
