package cn.techmarket.tenant.challenge;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * 企业出题: the owner of a published demand (of any market) puts it forward as a list here, with the
 * funding it commits, the indicators a solution must meet and the deadline for applications.
 */
record NominationInput(
        @NotBlank @Size(max = 200) String demandId,
        @NotBlank @Size(max = 200) String memberId,
        @NotNull @Positive @Digits(integer = 12, fraction = 2) BigDecimal funding,
        @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 300) String> indicators,
        @NotNull @Future Instant deadline,
        @Size(max = 2000) String eligibility) {
}
