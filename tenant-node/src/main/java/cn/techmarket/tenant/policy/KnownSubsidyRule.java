package cn.techmarket.tenant.policy;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The id of a subsidy rule this market has configured ({@code market.node.subsidy.rules[].id}). */
@Target(ElementType.TYPE_USE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = SubsidyRuleCheck.class)
@interface KnownSubsidyRule {
    String message() default "is not a subsidy rule of this market";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
