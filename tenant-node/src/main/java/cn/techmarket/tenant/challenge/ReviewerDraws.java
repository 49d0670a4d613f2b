package cn.techmarket.tenant.challenge;

import cn.techmarket.graphql.errors.BadInputException;
import cn.techmarket.graphql.security.Caller;
import cn.techmarket.model.region.MarketTime;
import cn.techmarket.tenant.crossmarket.ExpertCard;
import cn.techmarket.tenant.crossmarket.OtherMarkets;
import cn.techmarket.tenant.tenancy.HostedTenant;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Drawing a list's reviewers once its applications have closed: from the experts of its field in
 * every market, less those with a conflict of interest with any complete application, by a seed the
 * operators may name (say, a number drawn in public) or the node picks; the draw is kept whole and
 * the list moves to review.
 */
@Component
class ReviewerDraws {

    static final String COLLECTION = "reviewer_draws";
    static final int FEWEST = 3;
    static final int MOST = 15;

    private final ChallengeStore store;
    private final ChallengeApplications applications;
    private final OtherMarkets markets;
    private final Clock clock;
    private final SecureRandom seeds = new SecureRandom();

    ReviewerDraws(ChallengeStore store, ChallengeApplications applications, OtherMarkets markets, Clock clock) {
        this.store = store;
        this.applications = applications;
        this.markets = markets;
        this.clock = clock;
    }

    /**
     * Run again after a failure between storing the draw and moving the list, it finds the draw it
     * stored and only moves the list: a list is drawn for once.
     */
    Challenge draw(HostedTenant tenant, Caller caller, String author, String challengeId, long expectedVersion, int count, String seedText) {
        Challenge challenge = store.forOperators(tenant, caller, challengeId, expectedVersion);
        ChallengeStore.requireStage(challenge, ChallengeStage.OPEN);
        Instant now = clock.instant();
        if (now.isBefore(challenge.deadline())) {
            throw BadInputException.illegalTransition("id", "applications are open until " + MarketTime.format(challenge.deadline()));
        }
        if (count < FEWEST || count > MOST) {
            throw new BadInputException("count", "draw " + FEWEST + " to " + MOST + " reviewers");
        }
        long seed = seed(seedText);
        ReviewerDraw draw = find(tenant, challenge).orElseGet(() -> {
            List<ChallengeApplication> complete = applications.complete(tenant, challenge);
            if (complete.isEmpty()) {
                throw BadInputException.illegalTransition("id", "no complete application arrived; close the list as 流榜 instead");
            }
            List<ExpertCard> pool = markets.experts(caller, "id", challenge.industry());
            List<ReviewerDraw.Exclusion> excluded = ConflictsOfInterest.of(pool, complete);
            ReviewerDraw made = new ReviewerDraw(challenge.id(), ChallengeKind.globalId(tenant, challenge.id()), seed, count, pool, excluded,
                    List.of(), author, now);
            List<ExpertCard> drawn = ReviewerDraw.draw(seed, pool, made.excludedIds(), count);
            if (drawn.size() < count) {
                throw new BadInputException("count", "only " + drawn.size() + " experts of " + challenge.industry().label()
                        + " are free of conflicts of interest (" + pool.size() + " in the field, " + excluded.size() + " excluded)");
            }
            ReviewerDraw kept = new ReviewerDraw(made.id(), made.challengeId(), seed, count, pool, excluded, drawn, author, now);
            try {
                tenant.mongo().insert(kept, COLLECTION);
                return kept;
            } catch (DuplicateKeyException drawnMeanwhile) {
                return find(tenant, challenge).orElseThrow();
            }
        });
        return store.save(tenant, challenge, author, current -> current.withStage(ChallengeStage.REVIEWING,
                draw.drawn().size() + " 位评审专家已抽取"));
    }

    Optional<ReviewerDraw> find(HostedTenant tenant, Challenge challenge) {
        return Optional.ofNullable(tenant.mongo().findById(challenge.id(), ReviewerDraw.class, COLLECTION));
    }

    private long seed(String seedText) {
        if (seedText == null || seedText.isBlank()) {
            return seeds.nextLong();
        }
        try {
            return Long.parseLong(seedText.strip());
        } catch (NumberFormatException e) {
            throw new BadInputException("seed", "must be a whole number (a 64-bit integer)");
        }
    }
}
