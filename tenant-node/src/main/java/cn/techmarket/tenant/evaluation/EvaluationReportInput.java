package cn.techmarket.tenant.evaluation;

import cn.techmarket.model.record.MaturityStage;
import cn.techmarket.tenant.member.MembershipApplicationInput.AttachmentInput;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;

/** An evaluation institution's report: value range in CNY, readiness 1–9, the report file's digest. */
record EvaluationReportInput(
        @NotNull Evaluation.Method method,
        @NotNull @DecimalMin("0.00") @Digits(integer = 13, fraction = 2) BigDecimal valueLow,
        @NotNull @DecimalMin("0.00") @Digits(integer = 13, fraction = 2) BigDecimal valueHigh,
        @NotNull @Min(1) @Max(9) Integer readiness,
        @NotNull MaturityStage maturity,
        @NotBlank @Size(max = 5000) String findings,
        @NotNull @Valid AttachmentInput file) {
}
