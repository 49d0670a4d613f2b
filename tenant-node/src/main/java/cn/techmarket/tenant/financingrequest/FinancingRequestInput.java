package cn.techmarket.tenant.financingrequest;

import cn.techmarket.model.record.Industry;
import cn.techmarket.tenant.financing.FinancingProduct;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.List;

/**
 * An enterprise's financing need. Money in CNY, exact to the fen.
 *
 * @param memberId             the enterprise member of this sub-market the caller acts for
 * @param pledgedAchievementIds with IP_PLEDGE: the enterprise's own published achievements whose granted patents it pledges
 */
record FinancingRequestInput(
        @NotBlank @Size(max = 200) String memberId,
        @NotBlank @Size(max = 200) String title,
        @NotNull @DecimalMin("10000.00") @Digits(integer = 13, fraction = 2) BigDecimal amount,
        @NotBlank @Size(max = 2000) String purpose,
        @NotNull @Min(1) @Max(360) Integer termMonths,
        @NotNull FinancingProduct.EnterpriseStage stage,
        @NotNull Industry industry,
        @NotEmpty @Size(max = 7) List<FinancingRequest.@NotNull Collateral> collateral,
        @Size(max = 1000) String collateralNote,
        @Size(max = 20) List<@NotBlank @Size(max = 200) String> pledgedAchievementIds,
        @Size(max = 200) String achievementId,
        @Size(max = 200) String demandId) {
}
