package cn.techmarket.tenant.trading;

import cn.techmarket.model.trading.ListingMode;
import cn.techmarket.model.trading.ListingTerms;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;

/**
 * An owner's listing of its achievement. Money in CNY, exact to the fen.
 *
 * @param increment      required for bidding: an auction's minimum increment
 * @param auctionMinutes how long an auction runs; the market's default when absent
 * @param evaluationId   a filed evaluation report of the achievement, cited by the listing
 */
record ListingInput(
        @NotBlank @Size(max = 200) String achievementId,
        @NotNull ListingMode mode,
        @NotNull ListingTerms terms,
        @NotNull @DecimalMin("0.01") @Digits(integer = 13, fraction = 2) BigDecimal reservePrice,
        @DecimalMin("0.01") @Digits(integer = 13, fraction = 2) BigDecimal increment,
        @NotNull Integer noticeDays,
        @PositiveOrZero @Digits(integer = 13, fraction = 2) BigDecimal deposit,
        @Min(10) @Max(7 * 24 * 60) Integer auctionMinutes,
        @Size(max = 200) String evaluationId) {
}
