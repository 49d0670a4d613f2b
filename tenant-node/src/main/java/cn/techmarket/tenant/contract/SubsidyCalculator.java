package cn.techmarket.tenant.contract;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The arithmetic of one grant, kept apart from storage so that its table of cases reads plainly. */
final class SubsidyCalculator {

    private SubsidyCalculator() {
    }

    /**
     * @param alreadyGranted what the recipient has received under this rule this year
     * @return the grant, rounded half-up to the fen (分), never below zero
     */
    static Contract.SubsidyGrant grant(SubsidyProperties.Rule rule, Contract contract, BigDecimal alreadyGranted) {
        BigDecimal base = rule.base() == SubsidyProperties.Base.AMOUNT ? contract.amount() : contract.technologyIncome();
        BigDecimal amount = base.multiply(rule.share()).setScale(2, RoundingMode.HALF_UP);
        boolean capped = false;
        if (rule.capPerContract() != null && amount.compareTo(rule.capPerContract()) > 0) {
            amount = rule.capPerContract().setScale(2, RoundingMode.HALF_UP);
            capped = true;
        }
        if (rule.capPerPartyPerYear() != null) {
            BigDecimal left = rule.capPerPartyPerYear().subtract(alreadyGranted).max(BigDecimal.ZERO).setScale(2, RoundingMode.HALF_UP);
            if (amount.compareTo(left) > 0) {
                amount = left;
                capped = true;
            }
        }
        return new Contract.SubsidyGrant(rule.id(), rule.recipient(), contract.party(rule.recipient()).creditCode(), amount, capped);
    }
}
