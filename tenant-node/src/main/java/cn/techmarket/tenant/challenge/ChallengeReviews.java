package cn.techmarket.tenant.challenge;

import cn.techmarket.graphql.errors.BadInputException;
import cn.techmarket.graphql.security.Caller;
import cn.techmarket.tenant.crossmarket.ExpertCard;
import cn.techmarket.tenant.crossmarket.OtherMarkets;
import cn.techmarket.tenant.documents.RecordNotFoundException;
import cn.techmarket.tenant.tenancy.HostedTenant;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The review (专家评审): each drawn reviewer's scores of each complete application, recorded while
 * the list is under review by the operators or by the reviewer, and the ranking they add up to.
 * Reviewers' names stay with the operators and province staff.
 */
@Component
class ChallengeReviews {

    static final String COLLECTION = "challenge_reviews";

    private final ChallengeStore store;
    private final ChallengeApplications applications;
    private final ReviewerDraws draws;
    private final OtherMarkets markets;
    private final Clock clock;

    ChallengeReviews(ChallengeStore store, ChallengeApplications applications, ReviewerDraws draws, OtherMarkets markets, Clock clock) {
        this.markets = markets;
        this.store = store;
        this.applications = applications;
        this.draws = draws;
        this.clock = clock;
    }

    /**
     * Recorded by the operators from the review meeting's sheets, or by the reviewer themselves: the
     * person of the member whose expert profile was drawn. Recorded again, the reviewer's scores of
     * the application replace the earlier ones: a retry changes nothing more.
     */
    ChallengeReview record(HostedTenant tenant, Caller caller, String author, String applicationId, String expertId, List<ScoreInput> scores) {
        ChallengeApplication application = ChallengeApplications.DOCUMENTS.find(tenant, "id", applicationId)
                .orElseThrow(() -> new RecordNotFoundException("id"));
        Challenge challenge = store.find(tenant, "id", ChallengeKind.globalId(tenant, application.challengeId()));
        ReviewerDraw draw = draws.find(tenant, challenge).orElse(null);
        int place = draw == null ? -1 : indexOf(draw, expertId);
        if (!caller.operates(tenant.id()) && (place < 0 || !isReviewer(caller, draw.drawn().get(place)))) {
            throw new RecordNotFoundException("id");
        }
        ChallengeStore.requireStage(challenge, ChallengeStage.REVIEWING);
        if (application.withdrawn() || !application.complete()) {
            throw BadInputException.illegalTransition("id", "the application is withdrawn or incomplete and is not reviewed");
        }
        if (place < 0) {
            throw new BadInputException("expertId", "is not one of the reviewers drawn for this list");
        }
        for (int i = 0; i < scores.size(); i++) {
            String criterion = scores.get(i).criterion();
            if (challenge.criteria().stream().noneMatch(c -> c.name().equals(criterion))) {
                throw new BadInputException("scores[" + i + "].criterion", "is not a criterion of this list");
            }
        }
        Set<String> scored = new HashSet<>();
        scores.forEach(score -> scored.add(score.criterion()));
        if (scored.size() != scores.size() || scored.size() != challenge.criteria().size()) {
            throw new BadInputException("scores", "score each of the list's " + challenge.criteria().size() + " criteria once");
        }
        List<ChallengeReview.Score> kept = scores.stream().map(s -> new ChallengeReview.Score(s.criterion(), s.score(),
                s.comment() == null || s.comment().isBlank() ? null : s.comment().strip())).toList();
        ChallengeReview review = new ChallengeReview(application.id() + "-" + place, challenge.id(), application.id(), expertId, kept,
                ChallengeReview.total(challenge.criteria(), kept), author, clock.instant());
        tenant.mongo().save(review, COLLECTION);
        return review;
    }

    /**
     * 评审任务: the lists under review on which the person is a drawn reviewer (they act for the member
     * whose expert profile was drawn), with the applications to score and their own scores so far;
     * never the other reviewers.
     */
    List<ReviewAssignment> assignments(HostedTenant tenant, Caller caller) {
        List<ReviewAssignment> assignments = new java.util.ArrayList<>();
        for (Challenge challenge : store.inStage(tenant, ChallengeStage.REVIEWING)) {
            draws.find(tenant, challenge).ifPresent(draw -> draw.drawn().stream().filter(expert -> isReviewer(caller, expert)).forEach(expert ->
                    assignments.add(new ReviewAssignment(challenge, expert, applications.complete(tenant, challenge),
                            of(tenant, challenge).stream().filter(review -> review.expertId().equals(expert.id())).toList()))));
        }
        return assignments;
    }

    /** Whether the person acts for the member whose profile the expert is; the market it lives in says. */
    private boolean isReviewer(Caller caller, ExpertCard expert) {
        if (expert.owner() == null || caller.isAnonymous()) {
            return false;
        }
        try {
            markets.actingFor(caller, "expertId", expert.owner());
            return true;
        } catch (BadInputException notTheirs) {
            return false;
        }
    }

    List<ChallengeReview> of(HostedTenant tenant, Challenge challenge) {
        return tenant.mongo().find(new Query(where("challengeId").is(challenge.id())).with(Sort.by("_id")), ChallengeReview.class, COLLECTION);
    }

    /** The complete applications, best score first; those not yet scored by anyone last. */
    List<Ranking> ranking(HostedTenant tenant, Challenge challenge) {
        int reviewers = draws.find(tenant, challenge).map(draw -> draw.drawn().size()).orElse(0);
        List<ChallengeReview> reviews = of(tenant, challenge);
        return applications.complete(tenant, challenge).stream().map(application -> {
            List<BigDecimal> totals = reviews.stream().filter(r -> r.applicationId().equals(application.id())).map(ChallengeReview::total).toList();
            return new Ranking(application, totals.size(), reviewers, ChallengeReview.aggregate(totals));
        }).sorted(Comparator.comparing(Ranking::score, Comparator.nullsLast(Comparator.reverseOrder()))).toList();
    }

    private static int indexOf(ReviewerDraw draw, String expertId) {
        for (int i = 0; i < draw.drawn().size(); i++) {
            if (draw.drawn().get(i).id().equals(expertId)) {
                return i;
            }
        }
        return -1;
    }
}
