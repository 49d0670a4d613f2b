package cn.techmarket.tenant.instrument;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.math.BigDecimal;

/**
 * The annual performance review of instrument sharing (开放共享绩效考核) and the post-subsidies
 * (后补助) it leads to. Each indicator scores 0–100 and the score is their weighted mean:
 * utilisation against a target, the external share of effective hours against a target, the
 * users' mean rating, and whether every instrument of the unit has published sharing rules.
 *
 * @param targetUtilisationPercent utilisation that scores 100
 * @param targetExternalPercent    external share that scores 100
 * @param unratedScore             the rating indicator of a unit no user rated
 * @param subsidyPerExternalHour   yuan per external service hour, by grade (优秀, 良好, 合格; 不合格 gets none)
 * @param subsidyCap               the most one unit receives in a year
 */
@ConfigurationProperties("market.node.instruments.review")
@Validated
public record ReviewProperties(
        @NotNull @Valid @DefaultValue Weights weights,
        @NotNull @DecimalMin("1") @DecimalMax("100") @DefaultValue("60") BigDecimal targetUtilisationPercent,
        @NotNull @DecimalMin("1") @DecimalMax("100") @DefaultValue("40") BigDecimal targetExternalPercent,
        @NotNull @DecimalMin("0") @DecimalMax("100") @DefaultValue("60") BigDecimal unratedScore,
        @NotNull @Valid @DefaultValue Grades grades,
        @NotNull @Valid @DefaultValue Subsidies subsidyPerExternalHour,
        @NotNull @DecimalMin("0") @DefaultValue("300000") BigDecimal subsidyCap) {

    public record Weights(@PositiveOrZero @DefaultValue("40") int utilisation, @PositiveOrZero @DefaultValue("30") int external,
                          @PositiveOrZero @DefaultValue("20") int rating, @PositiveOrZero @DefaultValue("10") int sharingRules) {

        int total() {
            return utilisation + external + rating + sharingRules;
        }
    }

    /** The least score of each grade. */
    public record Grades(@DecimalMin("0") @DefaultValue("85") BigDecimal excellent, @DecimalMin("0") @DefaultValue("70") BigDecimal good,
                         @DecimalMin("0") @DefaultValue("60") BigDecimal pass) {
    }

    public record Subsidies(@DecimalMin("0") @DefaultValue("60") BigDecimal excellent, @DecimalMin("0") @DefaultValue("40") BigDecimal good,
                            @DecimalMin("0") @DefaultValue("20") BigDecimal pass) {
    }

    /** The rule in words, kept with each review it produced. */
    String describe() {
        return "得分 = 利用率(目标" + targetUtilisationPercent.toPlainString() + "%)×" + weights.utilisation()
                + " + 对外服务占比(目标" + targetExternalPercent.toPlainString() + "%)×" + weights.external()
                + " + 用户评价×" + weights.rating() + "(未评价按" + unratedScore.toPlainString() + "分)"
                + " + 共享制度公开×" + weights.sharingRules() + "，按权重加权平均；优秀≥" + grades.excellent().toPlainString()
                + "，良好≥" + grades.good().toPlainString() + "，合格≥" + grades.pass().toPlainString()
                + "；后补助 = 对外服务机时 × 每机时" + subsidyPerExternalHour.excellent().toPlainString() + "/"
                + subsidyPerExternalHour.good().toPlainString() + "/" + subsidyPerExternalHour.pass().toPlainString()
                + "元（优秀/良好/合格），每单位封顶" + subsidyCap.toPlainString() + "元";
    }
}
