package cn.techmarket.tenant.contract;

import cn.techmarket.model.contract.ContractStatus;
import cn.techmarket.model.contract.ContractType;
import cn.techmarket.model.contract.PartyKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A contract as a client submits it. Credit codes are checked by their check character. */
@ContractInput.ValidContract
record ContractInput(
        @NotNull ContractType type,
        @NotBlank @Size(max = 200) String title,
        @NotNull @Valid PartyInput seller,
        @NotNull @Valid PartyInput buyer,
        @NotNull @Positive @Digits(integer = 13, fraction = 2) BigDecimal amount,
        @NotNull @PositiveOrZero @Digits(integer = 13, fraction = 2) BigDecimal technologyIncome,
        @NotNull @PastOrPresent LocalDate signedOn,
        @Size(max = 200) String achievementId,
        @Size(max = 200) String demandId,
        @Size(max = 200) String matchId,
        @Size(max = 20) List<@Valid AttachmentInput> attachments) {

    @PartyInput.ValidPartyCode
    record PartyInput(@NotBlank @Size(max = 200) String name, String creditCode, @NotNull PartyKind kind) {

        /** The code is checked against the kind: see {@link PartyCodeCheck}. */
        @java.lang.annotation.Target(java.lang.annotation.ElementType.TYPE)
        @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
        @jakarta.validation.Constraint(validatedBy = PartyCodeCheck.class)
        @interface ValidPartyCode {
            String message() default "is not a valid code";

            Class<?>[] groups() default {};

            Class<? extends jakarta.validation.Payload>[] payload() default {};
        }
    }

    record AttachmentInput(
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Size(max = 100) String mediaType,
            @PositiveOrZero long sizeBytes,
            @NotBlank @Pattern(regexp = "[0-9a-f]{64}", message = "must be 64 lower-case hex digits") String sha256) {
    }

    /** @param filedBy the member (global id) that files it, a party to it; null when the operators do */
    Contract toContract(String id, String tenantId, String author, Instant now, String filedBy) {
        return new Contract(id, tenantId, ContractStatus.SUBMITTED, 1, null, type, title.strip(), party(seller), party(buyer),
                money(amount), money(technologyIncome), signedOn, achievementId, demandId, matchId,
                attachments == null ? List.of() : attachments.stream()
                        .map(a -> new Contract.Attachment(a.name, a.mediaType, a.sizeBytes, a.sha256)).toList(),
                null, List.of(new Contract.Transition(now, author, null, ContractStatus.SUBMITTED, null)), List.of(),
                BigDecimal.ZERO, null, null, null, now, author, now, filedBy, null);
    }

    private static Contract.Party party(PartyInput input) {
        return new Contract.Party(input.name.strip(), input.creditCode.strip().toUpperCase(), input.kind);
    }

    private static BigDecimal money(BigDecimal value) {
        return value.setScale(2, RoundingMode.UNNECESSARY);
    }

    /** The technology income is part of the amount; reported on {@code technologyIncome}. */
    @java.lang.annotation.Target(java.lang.annotation.ElementType.TYPE)
    @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
    @jakarta.validation.Constraint(validatedBy = ValidContract.Check.class)
    @interface ValidContract {
        String message() default "must not exceed amount";

        Class<?>[] groups() default {};

        Class<? extends jakarta.validation.Payload>[] payload() default {};

        class Check implements jakarta.validation.ConstraintValidator<ValidContract, ContractInput> {
            @Override
            public boolean isValid(ContractInput input, jakarta.validation.ConstraintValidatorContext context) {
                if (input.amount == null || input.technologyIncome == null || input.technologyIncome.compareTo(input.amount) <= 0) {
                    return true;
                }
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate("must not exceed amount").addPropertyNode("technologyIncome").addConstraintViolation();
                return false;
            }
        }
    }
}
