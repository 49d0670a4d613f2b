package cn.techmarket.tenant.challenge;

import cn.techmarket.tenant.documents.PaymentInput;

import cn.techmarket.graphql.errors.BadInputException;
import cn.techmarket.graphql.security.Caller;
import cn.techmarket.model.region.MarketTime;
import cn.techmarket.tenant.crossmarket.DemandCard;
import cn.techmarket.tenant.crossmarket.MemberCard;
import cn.techmarket.tenant.crossmarket.OtherMarkets;
import cn.techmarket.tenant.documents.NewIds;
import cn.techmarket.tenant.documents.RecordNotFoundException;
import cn.techmarket.tenant.library.LibraryWriter;
import cn.techmarket.tenant.library.Lifecycle;
import cn.techmarket.tenant.member.Member;
import cn.techmarket.tenant.tenancy.HostedTenant;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * A list's way from the nomination of a demand to its acceptance: the operators select the winner
 * with the ranking in view (揭榜), or close the list without one (流榜) or withdraw it (撤榜); sign
 * the agreement (军令状); accept or return each milestone the winner reports; record each payment;
 * and conclude the acceptance (验收). Each step is one write of the list at the version the caller saw.
 */
@Component
class ChallengeWorkflow {

    private final ChallengeStore store;
    private final ChallengeApplications applications;
    private final ChallengeReviews reviews;
    private final OtherMarkets markets;
    private final LibraryWriter writer;
    private final Clock clock;

    ChallengeWorkflow(ChallengeStore store, ChallengeApplications applications, ChallengeReviews reviews, OtherMarkets markets,
                      LibraryWriter writer, Clock clock) {
        this.store = store;
        this.applications = applications;
        this.reviews = reviews;
        this.markets = markets;
        this.writer = writer;
        this.clock = clock;
    }

    /** 企业出题: the demand's owner puts it forward; the list waits for the operators' review (待审核) as a member's record does. */
    Challenge nominate(HostedTenant tenant, Caller caller, String author, NominationInput input, NewIds ids) {
        MemberCard member = markets.actingFor(caller, "input.memberId", input.memberId());
        DemandCard demand = markets.publishedDemand(caller, "input.demandId", input.demandId());
        if (!member.id().equals(demand.owner())) {
            throw new BadInputException("input.demandId", "is not a demand of the member you named; only its owner nominates it");
        }
        String id = ids.next();
        boolean nominatedBefore = tenant.mongo().exists(new Query(where("nomination.demandId").is(demand.id()).and("_id").ne(id)
                .and("meta.lifecycle").ne(Lifecycle.DELETED.name())), ChallengeKind.LIBRARY.collection());
        if (nominatedBefore) {
            throw new BadInputException("input.demandId", "the demand is already nominated as a list", "ALREADY_NOMINATED");
        }
        Challenge created = writer.create(tenant, ChallengeKind.LIBRARY, id, author, member.id(), (newId, meta) -> new Challenge(newId, meta,
                demand.title(), ChallengeType.ENTERPRISE_DEMAND, demand.industry(), demand.problem(), input.indicators().stream().map(String::strip).toList(),
                input.funding(), member.name(), input.deadline(), blank(input.eligibility()) ? null : input.eligibility().strip(), member.name(),
                ChallengeInput.STANDARD_CRITERIA, new Challenge.Nomination(demand.id(), member.id(), member.name()), ChallengeStage.OPEN, null, null,
                null, null));
        if (created.meta().lifecycle() != Lifecycle.DRAFT) {
            return created;
        }
        return writer.transition(tenant, ChallengeKind.LIBRARY, created.id(), created.meta().version(), author, Lifecycle.SUBMITTED);
    }

    /** 揭榜: every complete application scored by every reviewer, the operators choose one and say why. */
    Challenge select(HostedTenant tenant, Caller caller, String author, String challengeId, long expectedVersion, String applicationId, String reason) {
        Challenge challenge = store.forOperators(tenant, caller, challengeId, expectedVersion);
        ChallengeStore.requireStage(challenge, ChallengeStage.REVIEWING);
        String why = reason(reason);
        List<Ranking> ranking = reviews.ranking(tenant, challenge);
        long unscored = ranking.stream().filter(rank -> !rank.complete()).count();
        if (unscored > 0) {
            throw BadInputException.illegalTransition("id", unscored + " application(s) still wait for reviewers' scores");
        }
        Ranking chosen = ranking.stream().filter(rank -> rank.application().globalId().equals(applicationId)).findFirst()
                .orElseThrow(() -> new BadInputException("applicationId", "is not a reviewed application of this list"));
        ChallengeApplication winner = chosen.application();
        Challenge.Selection selection = new Challenge.Selection(winner.globalId(), winner.lead().memberId(), winner.lead().tenantId(),
                winner.applicantNames(), chosen.score(), why,
                ranking.stream().map(rank -> new Challenge.Ranked(rank.application().globalId(), rank.application().applicantNames(), rank.score())).toList(),
                author, clock.instant());
        return store.save(tenant, challenge, author, current -> current.selected(selection));
    }

    /** 流榜: no suitable applicant, after the deadline. */
    Challenge closeWithoutWinner(HostedTenant tenant, Caller caller, String author, String challengeId, long expectedVersion, String reason) {
        Challenge challenge = store.forOperators(tenant, caller, challengeId, expectedVersion);
        ChallengeStore.requireStage(challenge, ChallengeStage.OPEN, ChallengeStage.REVIEWING);
        if (clock.instant().isBefore(challenge.deadline())) {
            throw BadInputException.illegalTransition("id", "applications are open until " + MarketTime.format(challenge.deadline()) + "; withdraw it instead");
        }
        String why = reason(reason);
        return store.save(tenant, challenge, author, current -> current.withStage(ChallengeStage.NO_SUITABLE_APPLICANT, why));
    }

    /** 撤榜: before a winner is selected. */
    Challenge withdraw(HostedTenant tenant, Caller caller, String author, String challengeId, long expectedVersion, String reason) {
        Challenge challenge = store.forOperators(tenant, caller, challengeId, expectedVersion);
        ChallengeStore.requireStage(challenge, ChallengeStage.OPEN, ChallengeStage.REVIEWING);
        String why = reason(reason);
        return store.save(tenant, challenge, author, current -> current.withStage(ChallengeStage.WITHDRAWN, why));
    }

    /** 军令状: the milestones, each share of the funding fixed in yuan (the last takes the rounding, so they add up). */
    Challenge signAgreement(HostedTenant tenant, Caller caller, String author, String challengeId, long expectedVersion, List<MilestoneInput> milestones) {
        Challenge challenge = store.forOperators(tenant, caller, challengeId, expectedVersion);
        ChallengeStore.requireStage(challenge, ChallengeStage.SELECTED);
        if (milestones.isEmpty() || milestones.size() > 10) {
            throw new BadInputException("milestones", "give one to ten milestones");
        }
        MilestoneInput.check("milestones", milestones, today());
        List<ChallengeAgreement.Milestone> fixed = new ArrayList<>();
        BigDecimal allotted = BigDecimal.ZERO;
        for (int i = 0; i < milestones.size(); i++) {
            MilestoneInput m = milestones.get(i);
            BigDecimal amount = i == milestones.size() - 1 ? challenge.funding().subtract(allotted)
                    : challenge.funding().multiply(BigDecimal.valueOf(m.paymentPercent())).divide(BigDecimal.valueOf(100), 2, RoundingMode.DOWN);
            allotted = allotted.add(amount);
            fixed.add(new ChallengeAgreement.Milestone(i + 1, m.title().strip(), m.deliverable().strip(), m.due(), m.paymentPercent(),
                    amount.setScale(2, RoundingMode.UNNECESSARY), ChallengeAgreement.MilestoneStatus.PENDING, null, null, null, null));
        }
        ChallengeAgreement agreement = new ChallengeAgreement(List.copyOf(fixed), author, clock.instant());
        return store.save(tenant, challenge, author, current -> current.withAgreement(agreement, ChallengeStage.IN_PROGRESS));
    }

    /** 进展报告: the winner's people report a milestone not yet accepted. */
    Challenge reportMilestone(HostedTenant tenant, Caller caller, String author, String challengeId, long expectedVersion, int milestone,
                              MilestoneReportInput report) {
        Challenge challenge = store.published(tenant, "id", challengeId);
        if (challenge.selection() == null) {
            throw new RecordNotFoundException("id");
        }
        markets.actingFor(caller, "id", challenge.selection().memberId());
        ChallengeStore.atVersion(challenge, expectedVersion);
        ChallengeStore.requireStage(challenge, ChallengeStage.IN_PROGRESS);
        ChallengeAgreement.Milestone current = milestone(challenge, milestone);
        if (current.status() == ChallengeAgreement.MilestoneStatus.ACCEPTED || current.status() == ChallengeAgreement.MilestoneStatus.REPORTED) {
            throw BadInputException.illegalTransition("milestone", "milestone " + milestone + " is already " + current.status().name().toLowerCase());
        }
        ChallengeAgreement.Report filed = new ChallengeAgreement.Report(report.summary().strip(), report.attachments() == null ? List.of()
                : report.attachments().stream().map(a -> new Member.Attachment(a.name(), a.mediaType(), a.sizeBytes(), a.sha256())).toList(),
                caller.subject(), clock.instant());
        return store.save(tenant, challenge, author, c -> c.withAgreement(c.agreement().with(milestone, m -> m.reported(filed)), c.stage()));
    }

    /** The operators accept a reported milestone, or return it with a note to be reported again. */
    Challenge reviewMilestone(HostedTenant tenant, Caller caller, String author, String challengeId, long expectedVersion, int milestone,
                              boolean accepted, String note) {
        Challenge challenge = store.forOperators(tenant, caller, challengeId, expectedVersion);
        ChallengeStore.requireStage(challenge, ChallengeStage.IN_PROGRESS);
        if (milestone(challenge, milestone).status() != ChallengeAgreement.MilestoneStatus.REPORTED) {
            throw BadInputException.illegalTransition("milestone", "milestone " + milestone + " has no report waiting");
        }
        if (!accepted && blank(note)) {
            throw new BadInputException("note", "say what is missing when returning a report");
        }
        if (note != null && note.length() > 2000) {
            throw new BadInputException("note", "at most 2000 characters");
        }
        Instant now = clock.instant();
        return store.save(tenant, challenge, author, c -> c.withAgreement(c.agreement().with(milestone,
                m -> m.reviewed(accepted, blank(note) ? null : note.strip(), now)), c.stage()));
    }

    /** 拨付: once per accepted milestone, at most its share. */
    Challenge recordPayment(HostedTenant tenant, Caller caller, String author, String challengeId, long expectedVersion, int milestone,
                            PaymentInput payment) {
        Challenge challenge = store.forOperators(tenant, caller, challengeId, expectedVersion);
        ChallengeStore.requireStage(challenge, ChallengeStage.IN_PROGRESS, ChallengeStage.ACCEPTED);
        ChallengeAgreement.Milestone current = milestone(challenge, milestone);
        if (current.status() != ChallengeAgreement.MilestoneStatus.ACCEPTED) {
            throw BadInputException.illegalTransition("milestone", "milestone " + milestone + " is paid once it is accepted");
        }
        if (current.payment() != null) {
            throw BadInputException.illegalTransition("milestone", "milestone " + milestone + " is already paid");
        }
        if (payment.paidOn().isAfter(today())) {
            throw new BadInputException("payment.paidOn", "must not be in the future");
        }
        if (payment.amount().compareTo(current.amount()) > 0) {
            throw new BadInputException("payment.amount", "must not exceed the milestone's share, " + current.amount().toPlainString() + " yuan");
        }
        ChallengeAgreement.Payment paid = new ChallengeAgreement.Payment(payment.amount(), payment.paidOn(), payment.reference().strip(), author,
                clock.instant());
        return store.save(tenant, challenge, author, c -> c.withAgreement(c.agreement().with(milestone, m -> m.paid(paid)), c.stage()));
    }

    /** 验收: passed once every milestone is accepted; failed at any point of the work, with the opinion. */
    Challenge conclude(HostedTenant tenant, Caller caller, String author, String challengeId, long expectedVersion, boolean passed, String opinion) {
        Challenge challenge = store.forOperators(tenant, caller, challengeId, expectedVersion);
        ChallengeStore.requireStage(challenge, ChallengeStage.IN_PROGRESS);
        if (passed && !challenge.agreement().allAccepted()) {
            throw BadInputException.illegalTransition("passed", "every milestone must be accepted before the list passes acceptance");
        }
        if (blank(opinion) || opinion.length() > 5000) {
            throw new BadInputException("opinion", "give the acceptance opinion (验收意见), at most 5000 characters");
        }
        Challenge.Acceptance outcome = new Challenge.Acceptance(passed, opinion.strip(), author, clock.instant());
        return store.save(tenant, challenge, author, current -> current.concluded(outcome));
    }

    private static ChallengeAgreement.Milestone milestone(Challenge challenge, int index) {
        if (challenge.agreement() == null || index < 1 || index > challenge.agreement().milestones().size()) {
            throw new BadInputException("milestone", "is not a milestone of the agreement");
        }
        return challenge.agreement().milestone(index);
    }

    private static String reason(String reason) {
        if (blank(reason) || reason.length() > 2000) {
            throw new BadInputException("reason", "say why, in at most 2000 characters");
        }
        return reason.strip();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), MarketTime.ZONE);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
