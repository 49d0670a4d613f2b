package cn.techmarket.tenant.instrument;

import org.springframework.data.annotation.Id;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A year's performance review of the sub-market's instrument sharing: each unit's indicators,
 * score and grade, and its post-subsidy, with the rule that produced them. Concluded once the year
 * is over, and kept as concluded even if the rules change later.
 *
 * @param concluded false for a preview computed now, true once province staff concluded it
 */
public record InstrumentReview(@Id int year, boolean concluded, String rule, List<UnitReview> units, BigDecimal subsidyTotal,
                               Instant concludedAt, String concludedBy) {

    static final String COLLECTION = "instrument_reviews";

    /** 优秀 / 良好 / 合格 / 不合格. */
    public enum Grade { EXCELLENT, GOOD, PASS, FAIL }

    public record UnitReview(String unit, String managingUnit, int instruments, BigDecimal utilisationPercent, BigDecimal externalSharePercent,
                             BigDecimal externalHours, Double rating, boolean sharingRulesPublished, BigDecimal utilisationScore,
                             BigDecimal externalScore, BigDecimal ratingScore, BigDecimal sharingRulesScore, BigDecimal score, Grade grade,
                             BigDecimal subsidy, boolean capped) {
    }
}
