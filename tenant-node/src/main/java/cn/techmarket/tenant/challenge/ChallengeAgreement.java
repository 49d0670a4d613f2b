package cn.techmarket.tenant.challenge;

import cn.techmarket.tenant.member.Member;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * 军令状: the milestones the winner commits to, each with its deliverable, due date and share of
 * the funding; then each milestone's progress report, the staff's acceptance of it, and the
 * payment of its share.
 */
public record ChallengeAgreement(List<Milestone> milestones, String signedBy, Instant signedAt) {

    /** PENDING (未到期/待报告) → REPORTED (已报告) → ACCEPTED (已通过) | RETURNED (退回, reported again). */
    public enum MilestoneStatus { PENDING, REPORTED, ACCEPTED, RETURNED }

    /**
     * @param index          1, 2, … in the agreement's order
     * @param paymentPercent its share of the funding, percent
     * @param amount         the share in yuan; the shares add up to the funding exactly
     * @param note           the staff's note on accepting or returning the report
     */
    public record Milestone(int index, String title, String deliverable, LocalDate due, int paymentPercent, BigDecimal amount,
                            MilestoneStatus status, Report report, String note, Instant acceptedAt, Payment payment) {

        Milestone reported(Report next) {
            return new Milestone(index, title, deliverable, due, paymentPercent, amount, MilestoneStatus.REPORTED, next, null, null, payment);
        }

        Milestone reviewed(boolean accepted, String staffNote, Instant at) {
            return new Milestone(index, title, deliverable, due, paymentPercent, amount,
                    accepted ? MilestoneStatus.ACCEPTED : MilestoneStatus.RETURNED, report, staffNote, accepted ? at : null, payment);
        }

        Milestone paid(Payment next) {
            return new Milestone(index, title, deliverable, due, paymentPercent, amount, status, report, note, acceptedAt, next);
        }
    }

    /** 进展报告: what the winner reports for a milestone, and who did. */
    public record Report(String summary, List<Member.Attachment> attachments, String actor, Instant at) {
    }

    /** A payment of a milestone's share (拨付), as the paying office recorded it. */
    public record Payment(BigDecimal amount, LocalDate paidOn, String reference, String actor, Instant at) {
    }

    BigDecimal paid() {
        return milestones.stream().map(Milestone::payment).filter(java.util.Objects::nonNull).map(Payment::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    boolean allAccepted() {
        return milestones.stream().allMatch(m -> m.status() == MilestoneStatus.ACCEPTED);
    }

    Milestone milestone(int index) {
        return milestones.get(index - 1);
    }

    ChallengeAgreement with(int index, UnaryOperator<Milestone> change) {
        List<Milestone> next = new ArrayList<>(milestones);
        next.set(index - 1, change.apply(milestones.get(index - 1)));
        return new ChallengeAgreement(List.copyOf(next), signedBy, signedAt);
    }
}
