package cn.techmarket.model.member;

import java.util.Set;

/**
 * Where a membership stands: applied (申请中) → verified (已认证) | returned for more information
 * (退回补充, then applied again) | rejected (未通过, final); verified → suspended (暂停) → verified.
 */
public enum MembershipStatus {

    APPLIED, RETURNED, VERIFIED, REJECTED, SUSPENDED;

    public boolean canMoveTo(MembershipStatus target) {
        return switch (this) {
            case APPLIED -> Set.of(VERIFIED, RETURNED, REJECTED).contains(target);
            case RETURNED -> target == APPLIED;
            case VERIFIED -> target == SUSPENDED;
            case SUSPENDED -> target == VERIFIED;
            case REJECTED -> false;
        };
    }

    /** A member acts on the market (publishes, bids, books) only while verified. */
    public boolean active() {
        return this == VERIFIED;
    }
}
