package cn.techmarket.model.contract;

import java.util.EnumSet;
import java.util.Set;

/**
 * The registration workflow: submitted → under review → registered | rejected | returned for
 * correction; a returned contract is corrected and submitted again. Registered and rejected are
 * final.
 */
public enum ContractStatus {
    SUBMITTED, UNDER_REVIEW, REGISTERED, REJECTED, RETURNED;

    public boolean canMoveTo(ContractStatus target) {
        return next().contains(target);
    }

    private Set<ContractStatus> next() {
        return switch (this) {
            case SUBMITTED -> EnumSet.of(UNDER_REVIEW);
            case UNDER_REVIEW -> EnumSet.of(REGISTERED, REJECTED, RETURNED);
            case RETURNED -> EnumSet.of(SUBMITTED);
            case REGISTERED, REJECTED -> EnumSet.noneOf(ContractStatus.class);
        };
    }
}
