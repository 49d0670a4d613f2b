package cn.techmarket.tenant.evaluation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * @param institutionId a published evaluation institution (service institution of type EVALUATION) of any city
 * @param purpose       what the evaluation is for, e.g. 挂牌定价, 作价入股
 */
record EvaluationRequestInput(
        @NotBlank @Size(max = 200) String achievementId,
        @NotBlank @Size(max = 200) String institutionId,
        @NotBlank @Size(max = 500) String purpose) {
}
