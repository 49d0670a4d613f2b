package cn.techmarket.tenant.contract;

import cn.techmarket.model.contract.PartyCodes;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** A party's code must be valid for its kind; the refusal names {@code creditCode}. */
class PartyCodeCheck implements ConstraintValidator<ContractInput.PartyInput.ValidPartyCode, ContractInput.PartyInput> {

    @Override
    public boolean isValid(ContractInput.PartyInput party, ConstraintValidatorContext context) {
        if (party.kind() == null) {
            return true; // refused by @NotNull on kind
        }
        return PartyCodes.problem(party.kind(), party.creditCode() == null ? null : party.creditCode().strip().toUpperCase())
                .map(problem -> {
                    context.disableDefaultConstraintViolation();
                    context.buildConstraintViolationWithTemplate(problem).addPropertyNode("creditCode").addConstraintViolation();
                    return false;
                })
                .orElse(true);
    }
}
