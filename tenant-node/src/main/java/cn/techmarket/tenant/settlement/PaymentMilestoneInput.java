package cn.techmarket.tenant.settlement;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A milestone of a payment plan: its condition, its amount in CNY to the fen, and when it is due. */
record PaymentMilestoneInput(
        @NotBlank @Size(max = 300) String condition,
        @NotNull @DecimalMin("0.01") @Digits(integer = 13, fraction = 2) BigDecimal amount,
        @NotNull LocalDate dueOn) {
}
