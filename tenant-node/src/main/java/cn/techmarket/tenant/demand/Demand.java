package cn.techmarket.tenant.demand;

import cn.techmarket.model.record.Industry;
import cn.techmarket.model.record.MaturityStage;
import cn.techmarket.model.record.RecordKind;
import cn.techmarket.model.record.TransferMode;
import cn.techmarket.tenant.library.Contact;
import cn.techmarket.tenant.library.LibraryRecord;
import cn.techmarket.tenant.library.RecordMeta;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An enterprise's technology demand (技术需求): a problem it wants solved. Budgets in CNY, exact.
 *
 * @param enterpriseIntro what the enterprise does: scale, products, R&D base
 * @param minMaturity     the least mature stage the enterprise can take on; {@code null}: any
 * @param transferModes   the ways the enterprise would take a technology on; empty: any
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
        Contact contact,
        MaturityStage minMaturity,
        List<TransferMode> transferModes) implements LibraryRecord {

    public Demand {
        transferModes = transferModes == null ? List.of() : List.copyOf(transferModes);
    }

    /** The industry's Chinese name, for the {@code industryLabel} field. */
    public String industryLabel() {
        return industry.label();
    }

    @Override
    public RecordKind kind() {
        return RecordKind.DEMAND;
    }

    @Override
    public Demand withMeta(RecordMeta meta) {
        return new Demand(id, meta, title, problem, industry, expectedOutcome, budgetMin, budgetMax, deadline, enterpriseName, enterpriseIntro, contact, minMaturity, transferModes);
    }
}
