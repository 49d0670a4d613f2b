package cn.techmarket.tenant.instrument;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import java.math.BigDecimal;
import java.time.Instant;

/** What the unit records after a use (上机记录). */
record UsageInput(
        @NotNull Instant actualStart,
        @NotNull Instant actualEnd,
        @NotNull @DecimalMin("0.01") @Digits(integer = 4, fraction = 2) BigDecimal effectiveHours,
        @PositiveOrZero @Max(1000) Integer samples,
        @NotNull @DecimalMin("0.00") @Digits(integer = 9, fraction = 2) BigDecimal fee) {
}
