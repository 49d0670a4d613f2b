package cn.techmarket.tenant.achievement;

import cn.techmarket.model.record.Industry;
import cn.techmarket.model.record.MaturityStage;
import cn.techmarket.model.record.RecordKind;
import cn.techmarket.model.record.TransferMode;
import cn.techmarket.tenant.library.Contact;
import cn.techmarket.tenant.library.LibraryRecord;
import cn.techmarket.tenant.library.RecordMeta;

import java.math.BigDecimal;
import java.util.List;

/**
 * A technology achievement (科技成果) offered for transfer.
 *
 * @param askingPrice asking price in CNY, exact; {@code null} means negotiable (面议)
 * @param trade       where it stands on the market (挂牌交易), kept by trading; {@code null} until it is first listed
 */
public record Achievement(
        String id,
        RecordMeta meta,
        String title,
        String summary,
        String description,
        Industry industry,
        List<String> keywords,
        MaturityStage maturity,
        List<Patent> patents,
        String ownerInstitution,
        List<String> inventors,
        List<TransferMode> transferModes,
        BigDecimal askingPrice,
        Contact contact,
        AchievementTrade trade) implements LibraryRecord {

    /** The industry's Chinese name, for the {@code industryLabel} field. */
    public String industryLabel() {
        return industry.label();
    }

    /** The same achievement, where it now stands on the market. */
    public Achievement withTrade(AchievementTrade trade) {
        return new Achievement(id, meta, title, summary, description, industry, keywords, maturity, patents, ownerInstitution, inventors, transferModes,
                askingPrice, contact, trade);
    }

    @Override
    public RecordKind kind() {
        return RecordKind.ACHIEVEMENT;
    }

    @Override
    public Achievement withMeta(RecordMeta meta) {
        return new Achievement(id, meta, title, summary, description, industry, keywords, maturity, patents, ownerInstitution, inventors, transferModes, askingPrice, contact, trade);
    }
}
