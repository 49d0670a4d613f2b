package cn.techmarket.tenant.policy;

import cn.techmarket.tenant.contract.SubsidyProperties;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import java.util.Set;
import java.util.stream.Collectors;

/** Checks a rule id against the configured rules; Spring's validator factory gives it the configuration. */
class SubsidyRuleCheck implements ConstraintValidator<KnownSubsidyRule, String> {

    private final Set<String> known;

    SubsidyRuleCheck(SubsidyProperties subsidies) {
        this.known = subsidies.rules().stream().map(SubsidyProperties.Rule::id).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public boolean isValid(String ruleId, ConstraintValidatorContext context) {
        if (ruleId == null || known.contains(ruleId)) {
            return true; // a missing id is refused by @NotNull
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate("is not a subsidy rule of this market; known: " + String.join(", ", known.stream().sorted().toList()))
                .addConstraintViolation();
        return false;
    }
}
