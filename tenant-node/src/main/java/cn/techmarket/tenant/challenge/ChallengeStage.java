package cn.techmarket.tenant.challenge;

import java.util.Set;

/**
 * Where a published list (发榜) stands: open for applications until its deadline, under expert
 * review, a winner selected (揭榜), the agreement (军令状) signed and the work under way, then
 * accepted or failed at acceptance (验收); or withdrawn (撤榜), or closed with no suitable
 * applicant (流榜).
 */
public enum ChallengeStage {
    OPEN("揭榜中"),
    REVIEWING("专家评审"),
    SELECTED("已揭榜"),
    IN_PROGRESS("攻关中"),
    ACCEPTED("验收通过"),
    FAILED("验收未通过"),
    NO_SUITABLE_APPLICANT("流榜"),
    WITHDRAWN("已撤榜");

    private static final Set<ChallengeStage> CLOSED = Set.of(ACCEPTED, FAILED, NO_SUITABLE_APPLICANT, WITHDRAWN);

    private final String label;

    ChallengeStage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Nothing more happens to the list. */
    public boolean closed() {
        return CLOSED.contains(this);
    }
}
