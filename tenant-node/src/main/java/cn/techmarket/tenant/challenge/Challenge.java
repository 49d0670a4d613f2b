package cn.techmarket.tenant.challenge;

import cn.techmarket.model.record.Industry;
import cn.techmarket.model.record.RecordKind;
import cn.techmarket.tenant.library.Lifecycle;
import cn.techmarket.tenant.library.LibraryRecord;
import cn.techmarket.tenant.library.RecordMeta;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A challenge list (揭榜挂帅榜单): a problem with the indicators a solution must meet (考核指标), the
 * funding (榜额) and who pays it, a deadline for applications and who may apply; then, as it moves
 * on, the winner the staff selected and why, the agreement (军令状) with its milestones, and the
 * acceptance. The problem is public once published; what follows selection is read through the
 * winning application, by its parties and the market's operators.
 *
 * @param nomination for an enterprise demand list, the demand it was nominated from
 * @param criteria   what reviewers score, each with its weight (the weights sum to 100)
 */
public record Challenge(
        String id,
        RecordMeta meta,
        String title,
        ChallengeType type,
        Industry industry,
        String problem,
        List<String> indicators,
        BigDecimal funding,
        String funder,
        Instant deadline,
        String eligibility,
        String issuer,
        List<Criterion> criteria,
        Nomination nomination,
        ChallengeStage stage,
        String stageReason,
        Selection selection,
        ChallengeAgreement agreement,
        Acceptance acceptance) implements LibraryRecord {

    /** What reviewers score, 0–100, and its weight in a reviewer's total. */
    public record Criterion(String name, int weight) {
    }

    /** 企业出题: the published demand a member nominated, and the member. */
    public record Nomination(String demandId, String memberId, String memberName) {
    }

    /**
     * The staff's choice (揭榜), with the ranking they had in view and why they chose.
     *
     * @param tenantId the market of the winning application's lead
     */
    public record Selection(String applicationId, String memberId, String tenantId, String name, BigDecimal score, String reason,
                            List<Ranked> ranking, String actor, Instant at) {
    }

    public record Ranked(String applicationId, String name, BigDecimal score) {
    }

    /** 验收: the outcome and the opinion recorded with it. */
    public record Acceptance(boolean passed, String opinion, String actor, Instant at) {
    }

    @Override
    public RecordKind kind() {
        return RecordKind.CHALLENGE;
    }

    @Override
    public Challenge withMeta(RecordMeta meta) {
        return new Challenge(id, meta, title, type, industry, problem, indicators, funding, funder, deadline, eligibility, issuer, criteria,
                nomination, stage, stageReason, selection, agreement, acceptance);
    }

    Challenge withStage(ChallengeStage next, String reason) {
        return new Challenge(id, meta, title, type, industry, problem, indicators, funding, funder, deadline, eligibility, issuer, criteria,
                nomination, next, reason, selection, agreement, acceptance);
    }

    Challenge selected(Selection chosen) {
        return new Challenge(id, meta, title, type, industry, problem, indicators, funding, funder, deadline, eligibility, issuer, criteria,
                nomination, ChallengeStage.SELECTED, null, chosen, agreement, acceptance);
    }

    Challenge withAgreement(ChallengeAgreement next, ChallengeStage nextStage) {
        return new Challenge(id, meta, title, type, industry, problem, indicators, funding, funder, deadline, eligibility, issuer, criteria,
                nomination, nextStage, stageReason, selection, next, acceptance);
    }

    Challenge concluded(Acceptance outcome) {
        return new Challenge(id, meta, title, type, industry, problem, indicators, funding, funder, deadline, eligibility, issuer, criteria,
                nomination, outcome.passed() ? ChallengeStage.ACCEPTED : ChallengeStage.FAILED, null, selection, agreement, outcome);
    }

    /** Published, open, and before its deadline (申报截止时间). */
    public boolean acceptingApplications(Instant now) {
        return meta.lifecycle() == Lifecycle.PUBLISHED && stage == ChallengeStage.OPEN && now.isBefore(deadline);
    }

    /** The funding committed by a signed agreement; zero before. */
    public BigDecimal committed() {
        return agreement == null ? BigDecimal.ZERO : funding;
    }

    public BigDecimal paid() {
        return agreement == null ? BigDecimal.ZERO : agreement.paid();
    }
}
