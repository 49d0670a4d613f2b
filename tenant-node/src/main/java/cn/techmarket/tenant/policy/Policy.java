package cn.techmarket.tenant.policy;

import cn.techmarket.model.record.Industry;
import cn.techmarket.model.record.RecordKind;
import cn.techmarket.tenant.library.LibraryRecord;
import cn.techmarket.tenant.library.RecordMeta;

import java.time.LocalDate;
import java.util.List;

/**
 * A policy document (政策文件) a market publishes for the people it serves (政策发布): who issued it,
 * its document number, when it applies, to which industries, what it says, and which of the
 * market's subsidy rules it authorises.
 *
 * @param regions       the places it applies to in words (全省, 长春市); empty for the issuer's whole area
 * @param industries    the industries it applies to; empty for every industry
 * @param subsidyRules  the ids of the configured subsidy rules (奖补) it authorises
 */
public record Policy(
        String id,
        RecordMeta meta,
        String title,
        String issuer,
        String documentNumber,
        Level level,
        Type type,
        LocalDate issuedOn,
        LocalDate effectiveFrom,
        LocalDate effectiveUntil,
        List<String> regions,
        List<Industry> industries,
        String summary,
        String fullText,
        String sourceUrl,
        List<String> subsidyRules) implements LibraryRecord {

    /** 国家级 / 省级 / 市级. */
    public enum Level {
        NATIONAL("国家级"), PROVINCE("省级"), CITY("市级");

        private final String label;

        Level(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** What the policy mainly does. */
    public enum Type {
        TRANSFER("成果转化"), SUBSIDY("资金奖补"), TAX("税收优惠"), TALENT("人才激励"), FINANCE("科技金融"), PLATFORM("平台建设"),
        SHARING("开放共享"), GENERAL("综合");

        private final String label;

        Type(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    @Override
    public RecordKind kind() {
        return RecordKind.POLICY;
    }

    @Override
    public Policy withMeta(RecordMeta meta) {
        return new Policy(id, meta, title, issuer, documentNumber, level, type, issuedOn, effectiveFrom, effectiveUntil, regions, industries,
                summary, fullText, sourceUrl, subsidyRules);
    }

    /** Whether it is in force on the day. */
    public boolean inForce(LocalDate day) {
        return !day.isBefore(effectiveFrom) && (effectiveUntil == null || !day.isAfter(effectiveUntil));
    }
}
