package cn.techmarket.tenant.financingrequest;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;

/** What an institution approves: the amount (CNY, to the fen), the annual rate in percent and the term. */
record FinancingTermsInput(
        @NotNull @DecimalMin("0.01") @Digits(integer = 13, fraction = 2) BigDecimal amount,
        @NotNull @DecimalMin("0.00") @DecimalMax("36.00") @Digits(integer = 2, fraction = 2) BigDecimal ratePercent,
        @NotNull @Min(1) @Max(360) Integer termMonths) {
}
