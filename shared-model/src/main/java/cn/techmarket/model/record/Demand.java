package cn.techmarket.model.record;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An enterprise's technology demand (技术需求): a problem it wants solved. Budgets in CNY, exact.
 *
 * @param enterpriseIntro what the enterprise does: scale, products, R&D base
 */
public record Demand(
        String id,
        RecordMeta meta,
        String title,
        String problem,
        Industry industry,
        String expectedOutcome,
        BigDecimal budgetMin,
        BigDecimal budgetMax,
        LocalDate deadline,
        String enterpriseName,
        String enterpriseIntro,
        Contact contact) implements LibraryRecord {

    @Override
    public RecordKind kind() {
        return RecordKind.DEMAND;
    }

    @Override
    public Demand withMeta(RecordMeta meta) {
        return new Demand(id, meta, title, problem, industry, expectedOutcome, budgetMin, budgetMax, deadline, enterpriseName, enterpriseIntro, contact);
    }
}
