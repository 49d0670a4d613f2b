package cn.techmarket.tenant.challenge;

import cn.techmarket.graphql.errors.BadInputException;
import cn.techmarket.graphql.security.Caller;
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
 * The review (专家评审): each drawn reviewer's scores of each complete application, recorded by the
 * operators while the list is under review, and the ranking they add up to. Reviewers' names stay
 * with the operators and province staff.
 */
@Component
class ChallengeReviews {

    static final String COLLECTION = "challenge_reviews";

    private final ChallengeStore store;
    private final ChallengeApplications applications;
    private final ReviewerDraws draws;
    private final Clock clock;

    ChallengeReviews(ChallengeStore store, ChallengeApplications applications, ReviewerDraws draws, Clock clock) {
        this.store = store;
        this.applications = applications;
        this.draws = draws;
        this.clock = clock;
    }

    /** Recorded again, the reviewer's scores of the application replace the earlier ones: a retry changes nothing more. */
    ChallengeReview record(HostedTenant tenant, Caller caller, String author, String applicationId, String expertId, List<ScoreInput> scores) {
        ChallengeStore.requireOperator(tenant, caller);
        ChallengeApplication application = ChallengeApplications.DOCUMENTS.find(tenant, "id", applicationId)
                .orElseThrow(() -> new RecordNotFoundException("id"));
        Challenge challenge = store.find(tenant, "id", ChallengeKind.globalId(tenant, application.challengeId()));
        ChallengeStore.requireStage(challenge, ChallengeStage.REVIEWING);
        if (application.withdrawn() || !application.complete()) {
            throw BadInputException.illegalTransition("id", "the application is withdrawn or incomplete and is not reviewed");
        }
        ReviewerDraw draw = draws.find(tenant, challenge).orElseThrow();
        int place = indexOf(draw, expertId);
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
