package cn.techmarket.tenant.member;

import cn.techmarket.model.contract.PartyCodes;
import cn.techmarket.model.member.BrokerLevel;
import cn.techmarket.model.member.MemberKind;
import cn.techmarket.model.member.MemberRole;
import cn.techmarket.model.member.MembershipStatus;
import cn.techmarket.model.record.Industry;
import cn.techmarket.tenant.library.ContactInput;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Instant;
import java.util.List;

/**
 * An application for membership as a person sends it. The code must be valid for the kind (a
 * person's resident identity number, an organisation's unified social credit code), and a broker
 * gives their certificate, no one else does.
 */
@MembershipApplicationInput.Consistent
public record MembershipApplicationInput(
        @NotNull MemberKind kind,
        @NotBlank @Size(max = 200) String name,
        String creditCode,
        @NotNull @Pattern(regexp = "\\d{6}", message = "must be a six-digit administrative code, e.g. 220102") String regionCode,
        @Size(max = 300) String address,
        @NotNull @Valid ContactInput contact,
        @Size(max = 5) List<@NotNull Industry> industries,
        @Size(max = 2000) String introduction,
        @Valid BrokerCertificateInput broker,
        @Size(max = 20) List<@Valid AttachmentInput> documents) {

    public record BrokerCertificateInput(
            @NotBlank @Size(max = 50) String certificateNumber,
            @NotNull BrokerLevel level,
            @Size(max = 200) String institution) {
    }

    public record AttachmentInput(
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Size(max = 100) String mediaType,
            @PositiveOrZero long sizeBytes,
            @NotBlank @Pattern(regexp = "[0-9a-f]{64}", message = "must be 64 lower-case hex digits") String sha256) {
    }

    String normalizedCode() {
        return creditCode.strip().toUpperCase();
    }

    /** A new application, owned by the person who sent it. */
    Member toMember(String id, String tenantId, String applicant, Instant now) {
        return new Member(id, tenantId, kind, MembershipStatus.APPLIED, 1, name.strip(), normalizedCode(), regionCode,
                blankToNull(address), ContactInput.toContact(contact), industries == null ? List.of() : List.copyOf(industries),
                blankToNull(introduction),
                broker == null ? null : new Member.BrokerCertificate(broker.certificateNumber.strip(), broker.level, blankToNull(broker.institution)),
                documents == null ? List.of() : documents.stream().map(d -> new Member.Attachment(d.name, d.mediaType, d.sizeBytes, d.sha256)).toList(),
                List.of(new Member.MemberUser(applicant, MemberRole.OWNER, now)), null,
                List.of(new Member.Transition(now, applicant, null, MembershipStatus.APPLIED, null)), now, null, now);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The code fits the kind, and the broker certificate is there for brokers only; each refusal names its field. */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = Consistent.Check.class)
    @interface Consistent {
        String message() default "is not consistent";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        class Check implements ConstraintValidator<Consistent, MembershipApplicationInput> {
            @Override
            public boolean isValid(MembershipApplicationInput input, ConstraintValidatorContext context) {
                if (input.kind == null) {
                    return true; // refused by @NotNull on kind
                }
                context.disableDefaultConstraintViolation();
                boolean valid = true;
                var codeProblem = PartyCodes.problem(input.kind.codeKind(), input.creditCode == null ? null : input.creditCode.strip().toUpperCase());
                if (codeProblem.isPresent()) {
                    context.buildConstraintViolationWithTemplate(codeProblem.get()).addPropertyNode("creditCode").addConstraintViolation();
                    valid = false;
                }
                if (input.kind == MemberKind.BROKER && input.broker == null) {
                    context.buildConstraintViolationWithTemplate("a broker gives their certificate (技术经纪人证书)")
                            .addPropertyNode("broker").addConstraintViolation();
                    valid = false;
                } else if (input.kind != MemberKind.BROKER && input.broker != null) {
                    context.buildConstraintViolationWithTemplate("only brokers give a broker certificate")
                            .addPropertyNode("broker").addConstraintViolation();
                    valid = false;
                }
                return valid;
            }
        }
    }
}
