package cn.techmarket.hub.matching;

import cn.techmarket.model.record.Industry;
import cn.techmarket.model.record.MaturityStage;
import cn.techmarket.model.record.RecordKind;
import cn.techmarket.model.record.TransferMode;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * How a candidate fits the structured side of a match, constraint by constraint, each with the
 * factor it multiplies the text relevance by and a sentence saying why. Multiplying keeps text
 * first (a perfect fit on unrelated text stays low); a constraint that does not fit demotes a
 * candidate rather than hiding it, since a broker may still want it.
 */
final class MatchFit {

    enum Aspect { INDUSTRY, MATURITY, BUDGET, TRANSFER_MODE, AVAILABILITY, FINANCING_AMOUNT, LOCATION }

    record Constraint(Aspect aspect, boolean fits, String detail, double factor) {
    }

    private MatchFit() {
    }

    /**
     * @param candidate the candidate as the search index holds it
     * @param cityName  a tenant's city name by id
     */
    static List<Constraint> evaluate(MatchProfile source, RecordKind kind, Map<String, Object> candidate, UnaryOperator<String> cityName) {
        List<Constraint> constraints = new ArrayList<>();
        constraints.add(industry(source.industry(), strings(candidate.get("industries"))));
        boolean demand = source.kind() == RecordKind.DEMAND;
        switch (kind) {
            case ACHIEVEMENT -> {
                constraints.add(maturity(stage(candidate.get("maturity")), source.minMaturity()));
                constraints.add(budget(decimal(candidate.get("price")), source.budget().max()));
                constraints.add(transferModes(modes(candidate.get("transferModes")), source.transferModes()));
            }
            case DEMAND -> {
                constraints.add(maturity(source.maturity(), stage(candidate.get("minMaturity"))));
                constraints.add(budget(source.price(), decimal(candidate.get("price"))));
                constraints.add(transferModes(source.transferModes(), modes(candidate.get("transferModes"))));
            }
            case EXPERT -> constraints.add(availability(candidate.get("available")));
            case FINANCING_INSTITUTION -> constraints.add(demand
                    ? financing(source.budget().min(), source.budget().max(), decimal(candidate.get("amountMin")), decimal(candidate.get("amountMax")))
                    : financing(source.price(), source.price(), decimal(candidate.get("amountMin")), decimal(candidate.get("amountMax"))));
            default -> {
            }
        }
        constraints.add(location(source.tenantId(), (String) candidate.get("tenantId"), cityName));
        return constraints;
    }

    static Constraint industry(Industry wanted, List<String> offered) {
        if (wanted == null) {
            return new Constraint(Aspect.INDUSTRY, true, "行业不限", 1.0);
        }
        if (offered.contains(wanted.name())) {
            return new Constraint(Aspect.INDUSTRY, true, "行业一致：" + wanted.label(), 1.2);
        }
        return new Constraint(Aspect.INDUSTRY, false, "行业不同：需要" + wanted.label() + "，对方为"
                + offered.stream().map(name -> Industry.valueOf(name).label()).collect(Collectors.joining("、")), 0.85);
    }

    /** @param offered the achievement's stage; @param required the least the demand accepts */
    static Constraint maturity(MaturityStage offered, MaturityStage required) {
        if (required == null) {
            return new Constraint(Aspect.MATURITY, true, "成熟度不限", 1.0);
        }
        if (offered == null) {
            return new Constraint(Aspect.MATURITY, true, "成熟度未注明", 1.0);
        }
        if (offered.compareTo(required) >= 0) {
            return new Constraint(Aspect.MATURITY, true, "成熟度" + offered.label() + "，满足至少" + required.label() + "的要求", 1.1);
        }
        return new Constraint(Aspect.MATURITY, false, "成熟度" + offered.label() + "，低于要求的" + required.label(), 0.6);
    }

    /** @param price the achievement's asking price; @param budget the demand's most */
    static Constraint budget(BigDecimal price, BigDecimal budget) {
        if (price == null) {
            return new Constraint(Aspect.BUDGET, true, "报价面议", 1.0);
        }
        if (budget == null) {
            return new Constraint(Aspect.BUDGET, true, "预算未定，报价" + money(price), 1.0);
        }
        if (price.compareTo(budget) <= 0) {
            return new Constraint(Aspect.BUDGET, true, "报价" + money(price) + "在预算" + money(budget) + "以内", 1.1);
        }
        return new Constraint(Aspect.BUDGET, false, "报价" + money(price) + "超出预算" + money(budget), 0.6);
    }

    /** @param offered how the achievement may change hands; @param accepted how the demand would take it (empty: any) */
    static Constraint transferModes(Set<TransferMode> offered, Set<TransferMode> accepted) {
        if (accepted.isEmpty()) {
            return new Constraint(Aspect.TRANSFER_MODE, true, "转化方式不限", 1.0);
        }
        Set<TransferMode> common = EnumSet.noneOf(TransferMode.class);
        common.addAll(offered);
        common.retainAll(accepted);
        if (!common.isEmpty()) {
            return new Constraint(Aspect.TRANSFER_MODE, true, "转化方式可行：" + labels(common), 1.05);
        }
        return new Constraint(Aspect.TRANSFER_MODE, false, "转化方式不符：需要" + labels(accepted) + "，对方提供" + labels(offered), 0.75);
    }

    static Constraint availability(Object available) {
        if (Boolean.FALSE.equals(available)) {
            return new Constraint(Aspect.AVAILABILITY, false, "专家暂不接受咨询", 0.5);
        }
        return new Constraint(Aspect.AVAILABILITY, true, "专家可接受咨询", 1.05);
    }

    /** Whether the amount sought (a range, or one price) overlaps what the financier's products lend or invest. */
    static Constraint financing(BigDecimal soughtMin, BigDecimal soughtMax, BigDecimal offeredMin, BigDecimal offeredMax) {
        if ((soughtMin == null && soughtMax == null) || (offeredMin == null && offeredMax == null)) {
            return new Constraint(Aspect.FINANCING_AMOUNT, true, "融资额度待商议", 1.0);
        }
        boolean tooSmall = offeredMax != null && soughtMin != null && offeredMax.compareTo(soughtMin) < 0;
        boolean tooLarge = offeredMin != null && soughtMax != null && offeredMin.compareTo(soughtMax) > 0;
        String range = "产品额度" + money(offeredMin) + "至" + money(offeredMax);
        if (tooSmall || tooLarge) {
            return new Constraint(Aspect.FINANCING_AMOUNT, false, range + "，与所需资金不符", 0.75);
        }
        return new Constraint(Aspect.FINANCING_AMOUNT, true, range + "，覆盖所需资金", 1.1);
    }

    static Constraint location(String sourceTenant, String candidateTenant, UnaryOperator<String> cityName) {
        if (sourceTenant != null && sourceTenant.equals(candidateTenant)) {
            return new Constraint(Aspect.LOCATION, true, "同在" + cityName.apply(candidateTenant), 1.03);
        }
        return new Constraint(Aspect.LOCATION, true, "来自省内" + cityName.apply(candidateTenant) + "（跨市对接）", 1.0);
    }

    /** The most each aspect can weigh: a candidate that fits every aspect as well as any can scores its text relevance. */
    private static final java.util.Map<Aspect, Double> BEST = java.util.Map.of(Aspect.INDUSTRY, 1.2, Aspect.MATURITY, 1.1, Aspect.BUDGET, 1.1,
            Aspect.TRANSFER_MODE, 1.05, Aspect.AVAILABILITY, 1.05, Aspect.FINANCING_AMOUNT, 1.1, Aspect.LOCATION, 1.03);

    /**
     * How well the constraints fit, 0-1: their factors as a share of the best each could be. The
     * same aspects are weighed for every candidate of a kind, so ranking is as by {@link #factor};
     * the score a client reads stays within 0-1 as documented.
     */
    static double fit(Collection<Constraint> constraints) {
        return factor(constraints) / constraints.stream().mapToDouble(c -> BEST.getOrDefault(c.aspect(), 1.0)).reduce(1, (a, b) -> a * b);
    }

    static double factor(Collection<Constraint> constraints) {
        return constraints.stream().mapToDouble(Constraint::factor).reduce(1, (a, b) -> a * b);
    }

    /** CNY as a person reads it: 万元 for round amounts of ten thousand and more. */
    static String money(BigDecimal amount) {
        if (amount == null) {
            return "不限";
        }
        if (amount.compareTo(BigDecimal.valueOf(10_000)) >= 0) {
            return amount.divide(BigDecimal.valueOf(10_000), 2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + "万元";
        }
        return amount.stripTrailingZeros().toPlainString() + "元";
    }

    private static String labels(Set<TransferMode> modes) {
        return modes.stream().map(TransferMode::label).collect(Collectors.joining("、"));
    }

    private static MaturityStage stage(Object name) {
        return name == null ? null : MaturityStage.valueOf(name.toString());
    }

    private static Set<TransferMode> modes(Object names) {
        Set<TransferMode> modes = EnumSet.noneOf(TransferMode.class);
        strings(names).forEach(name -> modes.add(TransferMode.valueOf(name)));
        return modes;
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object list) {
        return list instanceof List<?> values ? (List<String>) values : List.of();
    }

    private static BigDecimal decimal(Object number) {
        return number == null ? null : BigDecimal.valueOf(((Number) number).doubleValue());
    }
}
