package cn.techmarket.tenant.challenge;

/**
 * Where an application stands, as it follows from the list: 已提交 / 待联合体确认 while the list is
 * open, 评审中 or 材料不全 (a partner never confirmed) once it is reviewed, then 已揭榜 or 未入选;
 * 已撤回 when the applicant withdrew it.
 */
enum ApplicationStatus {
    SUBMITTED, AWAITING_PARTNERS, UNDER_REVIEW, INCOMPLETE, SELECTED, NOT_SELECTED, WITHDRAWN;

    static ApplicationStatus of(ChallengeApplication application, Challenge challenge) {
        if (application.withdrawn()) {
            return WITHDRAWN;
        }
        boolean complete = application.complete();
        return switch (challenge.stage()) {
            case OPEN -> complete ? SUBMITTED : AWAITING_PARTNERS;
            case REVIEWING -> complete ? UNDER_REVIEW : INCOMPLETE;
            case SELECTED, IN_PROGRESS, ACCEPTED, FAILED -> challenge.selection().applicationId().equals(application.globalId()) ? SELECTED
                    : complete ? NOT_SELECTED : INCOMPLETE;
            case NO_SUITABLE_APPLICANT, WITHDRAWN -> complete ? NOT_SELECTED : INCOMPLETE;
        };
    }
}
