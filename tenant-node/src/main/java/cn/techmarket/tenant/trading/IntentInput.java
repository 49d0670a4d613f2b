package cn.techmarket.tenant.trading;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;

/**
 * A member's intent to buy a listed achievement.
 *
 * @param offeredPrice     what it offers, at least the reserve; the price of a negotiated deal
 * @param depositReference the payment's reference, when the listing asks a deposit
 */
record IntentInput(
        @NotBlank @Size(max = 200) String memberId,
        @NotNull @DecimalMin("0.01") @Digits(integer = 13, fraction = 2) BigDecimal offeredPrice,
        @Size(max = 100) String depositReference) {
}
