package cn.techmarket.tenant.instrument;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An innovation voucher the province issues to an enterprise member. */
record VoucherInput(
        @NotBlank String memberId,
        @NotNull @DecimalMin("100.00") @DecimalMax("1000000.00") @Digits(integer = 7, fraction = 2) BigDecimal amount,
        @NotNull LocalDate validUntil,
        @Size(max = 200) String purpose) {
}
