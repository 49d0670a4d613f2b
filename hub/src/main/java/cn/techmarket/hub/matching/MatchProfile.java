package cn.techmarket.hub.matching;

import cn.techmarket.model.record.Industry;
import cn.techmarket.model.record.MaturityStage;
import cn.techmarket.model.record.RecordKind;
import cn.techmarket.model.record.TransferMode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a demand or an achievement asks of its matches: the text to find and the constraints to
 * weigh, read from the whole record as its sub-market returned it.
 */
record MatchProfile(String id, RecordKind kind, String tenantId, String title, String text, Industry industry,
                    MaturityStage maturity, MaturityStage minMaturity, Set<TransferMode> transferModes,
                    BigDecimal price, BudgetRange budget) {

    /** A demand's budget; either end may be open. */
    record BudgetRange(BigDecimal min, BigDecimal max) {
    }

    /** The kinds each side is matched with: supply for a demand, demand and money for an achievement. */
    static final Map<RecordKind, List<RecordKind>> TARGETS = Map.of(
            RecordKind.DEMAND, List.of(RecordKind.ACHIEVEMENT, RecordKind.EXPERT, RecordKind.FINANCING_INSTITUTION),
            RecordKind.ACHIEVEMENT, List.of(RecordKind.DEMAND, RecordKind.FINANCING_INSTITUTION));

    @SuppressWarnings("unchecked")
    static MatchProfile of(RecordKind kind, Map<String, Object> record) {
        List<String> parts = new ArrayList<>();
        for (String field : List.of("title", "summary", "description", "problem", "expectedOutcome", "keywords")) {
            Object value = record.get(field);
            if (value instanceof List<?> list) {
                list.forEach(item -> parts.add(String.valueOf(item)));
            } else if (value != null) {
                parts.add(value.toString());
            }
        }
        Set<TransferMode> modes = EnumSet.noneOf(TransferMode.class);
        ((List<String>) record.getOrDefault("transferModes", List.of())).forEach(mode -> modes.add(TransferMode.valueOf(mode)));
        return new MatchProfile((String) record.get("id"), kind, (String) record.get("tenantId"), (String) record.get("title"),
                parts.stream().filter(Objects::nonNull).collect(Collectors.joining("\n")),
                enumOf(Industry.class, record.get("industry")), enumOf(MaturityStage.class, record.get("maturity")),
                enumOf(MaturityStage.class, record.get("minMaturity")), modes, decimal(record.get("askingPrice")),
                new BudgetRange(decimal(record.get("budgetMin")), decimal(record.get("budgetMax"))));
    }

    /**
     * A financing request (融资需求), matched with financing institutions as a need for money: its
     * amount is the budget the institutions' products must cover.
     */
    static MatchProfile financingNeed(Map<String, Object> request) {
        BigDecimal amount = decimal(request.get("amount"));
        String text = String.join("\n", String.valueOf(request.get("title")), String.valueOf(request.get("purpose")));
        return new MatchProfile((String) request.get("id"), RecordKind.DEMAND, (String) request.get("tenantId"), (String) request.get("title"), text,
                enumOf(Industry.class, request.get("industry")), null, null, Set.of(), null, new BudgetRange(amount, amount));
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, Object name) {
        return name == null ? null : Enum.valueOf(type, name.toString());
    }

    private static BigDecimal decimal(Object value) {
        return value == null ? null : new BigDecimal(value.toString());
    }
}
