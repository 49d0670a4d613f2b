package cn.techmarket.tenant.documents;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A payment as the payer made it: amount, day and voucher or bank reference (凭证号); a milestone of a list or of a contract's payment plan. */
public record PaymentInput(
        @NotNull @Positive @Digits(integer = 12, fraction = 2) BigDecimal amount,
        // not in the future: checked against the market's own day (Beijing), not the server's
        @NotNull LocalDate paidOn,
        @NotBlank @Size(max = 60) String reference) {
}
