package cn.techmarket.tenant.instrument;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;

import java.math.BigDecimal;

/** One month of an instrument's use outside bookings made here. */
record UsageReportInput(
        @NotNull @Pattern(regexp = "20[0-9]{2}-(0[1-9]|1[0-2])", message = "must be a month such as 2026-03") String month,
        @NotNull @DecimalMin("0.00") @Digits(integer = 3, fraction = 2) BigDecimal effectiveHours,
        @NotNull @DecimalMin("0.00") @Digits(integer = 3, fraction = 2) BigDecimal externalHours,
        @PositiveOrZero @Max(100000) Integer samples,
        @NotNull @DecimalMin("0.00") @Digits(integer = 9, fraction = 2) BigDecimal income) {
}
