package cn.techmarket.tenant.settlement;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The market's service fee (服务费) on a settled contract: a share of its amount, kept between a
 * least and a most. A province edits these, no code changes.
 */
@ConfigurationProperties("market.node.settlement.service-fee")
@Validated
public record SettlementProperties(
        @NotNull @DecimalMin("0.0000") @DecimalMax("0.2000") @DefaultValue("0.0100") BigDecimal share,
        @NotNull @DecimalMin("0.00") @DefaultValue("500.00") BigDecimal minimum,
        @NotNull @DecimalMin("0.00") @DefaultValue("50000.00") BigDecimal maximum) {

    /** The fee on a contract of this amount, to the fen. */
    BigDecimal feeOn(BigDecimal amount) {
        BigDecimal fee = amount.multiply(share).setScale(2, RoundingMode.HALF_UP);
        return fee.max(minimum).min(maximum).min(amount).setScale(2, RoundingMode.HALF_UP);
    }

    String rule() {
        return share.multiply(BigDecimal.valueOf(100)).stripTrailingZeros().toPlainString() + "%，最低" + minimum.toPlainString() + "元，最高"
                + maximum.toPlainString() + "元";
    }
}
