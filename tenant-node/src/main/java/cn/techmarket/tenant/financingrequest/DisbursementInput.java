package cn.techmarket.tenant.financingrequest;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Money paid out (放款): at most what was approved, on a market day that has come. */
record DisbursementInput(
        @NotNull @DecimalMin("0.01") @Digits(integer = 13, fraction = 2) BigDecimal amount,
        @NotNull @PastOrPresent LocalDate disbursedOn) {
}
