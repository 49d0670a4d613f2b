package cn.techmarket.tenant.challenge;

import cn.techmarket.tenant.documents.PaymentInput;

import cn.techmarket.graphql.errors.CalendarYears;
import cn.techmarket.graphql.security.Caller;
import cn.techmarket.model.region.MarketTime;
import cn.techmarket.tenant.documents.NewIds;
import cn.techmarket.tenant.library.LibraryStore;
import cn.techmarket.tenant.tenancy.Author;
import cn.techmarket.tenant.tenancy.HostedTenant;
import jakarta.validation.Valid;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** 揭榜挂帅 over GraphQL; who may take which step is the services' to say. */
@Controller
class ChallengeController {

    private final ChallengeStore store;
    private final ChallengeApplications applications;
    private final ReviewerDraws draws;
    private final ChallengeReviews reviews;
    private final ChallengeWorkflow workflow;
    private final LibraryStore library;
    private final Clock clock;

    ChallengeController(ChallengeStore store, ChallengeApplications applications, ReviewerDraws draws, ChallengeReviews reviews,
                        ChallengeWorkflow workflow, LibraryStore library, Clock clock) {
        this.store = store;
        this.applications = applications;
        this.draws = draws;
        this.reviews = reviews;
        this.workflow = workflow;
        this.library = library;
        this.clock = clock;
    }

    @QueryMapping
    List<ChallengeApplication> challengeApplications(@ContextValue HostedTenant tenant, @ContextValue Caller caller, @Argument String challengeId) {
        return applications.of(tenant, caller, store.find(tenant, "challengeId", challengeId));
    }

    @QueryMapping
    List<ChallengeApplication> myChallengeApplications(@ContextValue HostedTenant tenant, @ContextValue Caller caller) {
        return applications.mine(tenant, caller);
    }

    @QueryMapping
    List<ChallengeApplication> consortiumInvitations(@ContextValue HostedTenant tenant, @ContextValue Caller caller, @Argument String memberId) {
        return applications.invitations(tenant, caller, memberId);
    }

    @QueryMapping
    List<ReviewAssignment> myReviewAssignments(@ContextValue HostedTenant tenant, @ContextValue Caller caller) {
        return reviews.assignments(tenant, caller);
    }

    @QueryMapping
    ReviewerDraw reviewerDraw(@ContextValue HostedTenant tenant, @Argument String challengeId) {
        return draws.find(tenant, store.find(tenant, "challengeId", challengeId)).orElse(null);
    }

    @QueryMapping
    List<ChallengeReview> challengeReviews(@ContextValue HostedTenant tenant, @Argument String challengeId) {
        return reviews.of(tenant, store.find(tenant, "challengeId", challengeId));
    }

    @QueryMapping
    List<Ranking> challengeRanking(@ContextValue HostedTenant tenant, @Argument String challengeId) {
        return reviews.ranking(tenant, store.find(tenant, "challengeId", challengeId));
    }

    @QueryMapping
    ChallengeStatistics challengeStatistics(@ContextValue HostedTenant tenant, @Argument int year) {
        CalendarYears.require("year", year);
        List<Challenge> published = library.streamPublished(tenant, ChallengeKind.LIBRARY)
                .filter(challenge -> challenge.meta().publishedAt() != null
                        && ZonedDateTime.ofInstant(challenge.meta().publishedAt(), MarketTime.ZONE).getYear() == year)
                .toList();
        Map<String, Integer> counts = new HashMap<>();
        for (Challenge challenge : published) {
            counts.put(challenge.id(), applications.countActive(tenant, challenge));
        }
        return ChallengeStatistics.of(year, published, counts);
    }

    @MutationMapping
    Challenge nominateDemandAsChallenge(@ContextValue HostedTenant tenant, @ContextValue Caller caller, @ContextValue(name = Author.CONTEXT_KEY) String author,
                                        @ContextValue(name = NewIds.CONTEXT_KEY) NewIds ids, @Argument @Valid NominationInput input) {
        return workflow.nominate(tenant, caller, author, input, ids);
    }

    @MutationMapping
    ChallengeApplication applyForChallenge(@ContextValue HostedTenant tenant, @ContextValue Caller caller,
                                           @ContextValue(name = NewIds.CONTEXT_KEY) NewIds ids, @Argument String id,
                                           @Argument @Valid ChallengeApplicationInput input) {
        return applications.apply(tenant, caller, id, input, ids);
    }

    @MutationMapping
    ChallengeApplication confirmConsortiumPartner(@ContextValue HostedTenant tenant, @ContextValue Caller caller, @Argument String id,
                                                  @Argument String memberId) {
        return applications.confirmPartner(tenant, caller, id, memberId);
    }

    @MutationMapping
    ChallengeApplication withdrawChallengeApplication(@ContextValue HostedTenant tenant, @ContextValue Caller caller, @Argument String id,
                                                      @Argument long expectedVersion, @Argument String reason) {
        return applications.withdraw(tenant, caller, id, expectedVersion, reason);
    }

    @MutationMapping
    Challenge drawChallengeReviewers(@ContextValue HostedTenant tenant, @ContextValue Caller caller, @ContextValue(name = Author.CONTEXT_KEY) String author,
                                     @Argument String id, @Argument long expectedVersion, @Argument int count, @Argument String seed) {
        return draws.draw(tenant, caller, author, id, expectedVersion, count, seed);
    }

    @MutationMapping
    ChallengeReview recordChallengeReview(@ContextValue HostedTenant tenant, @ContextValue Caller caller, @ContextValue(name = Author.CONTEXT_KEY) String author,
                                          @Argument String id, @Argument String expertId, @Argument List<@Valid ScoreInput> scores) {
        return reviews.record(tenant, caller, author, id, expertId, scores);
    }

    @MutationMapping
    Challenge selectChallengeWinner(@ContextValue HostedTenant tenant, @ContextValue Caller caller, @ContextValue(name = Author.CONTEXT_KEY) String author,
                                    @Argument String id, @Argument long expectedVersion, @Argument String applicationId, @Argument String reason) {
        return workflow.select(tenant, caller, author, id, expectedVersion, applicationId, reason);
    }

    @MutationMapping
    Challenge closeChallengeWithoutWinner(@ContextValue HostedTenant tenant, @ContextValue Caller caller, @ContextValue(name = Author.CONTEXT_KEY) String author,
                                          @Argument String id, @Argument long expectedVersion, @Argument String reason) {
        return workflow.closeWithoutWinner(tenant, caller, author, id, expectedVersion, reason);
    }

    @MutationMapping
    Challenge withdrawChallenge(@ContextValue HostedTenant tenant, @ContextValue Caller caller, @ContextValue(name = Author.CONTEXT_KEY) String author,
                                @Argument String id, @Argument long expectedVersion, @Argument String reason) {
        return workflow.withdraw(tenant, caller, author, id, expectedVersion, reason);
    }

    @MutationMapping
    Challenge signChallengeAgreement(@ContextValue HostedTenant tenant, @ContextValue Caller caller, @ContextValue(name = Author.CONTEXT_KEY) String author,
                                     @Argument String id, @Argument long expectedVersion, @Argument List<@Valid MilestoneInput> milestones) {
        return workflow.signAgreement(tenant, caller, author, id, expectedVersion, milestones);
    }

    @MutationMapping
    Challenge reportChallengeMilestone(@ContextValue HostedTenant tenant, @ContextValue Caller caller, @ContextValue(name = Author.CONTEXT_KEY) String author,
                                       @Argument String id, @Argument long expectedVersion, @Argument int milestone,
                                       @Argument @Valid MilestoneReportInput report) {
        return workflow.reportMilestone(tenant, caller, author, id, expectedVersion, milestone, report);
    }

    @MutationMapping
    Challenge reviewChallengeMilestone(@ContextValue HostedTenant tenant, @ContextValue Caller caller, @ContextValue(name = Author.CONTEXT_KEY) String author,
                                       @Argument String id, @Argument long expectedVersion, @Argument int milestone, @Argument boolean accepted,
                                       @Argument String note) {
        return workflow.reviewMilestone(tenant, caller, author, id, expectedVersion, milestone, accepted, note);
    }

    @MutationMapping
    Challenge recordChallengePayment(@ContextValue HostedTenant tenant, @ContextValue Caller caller, @ContextValue(name = Author.CONTEXT_KEY) String author,
                                     @Argument String id, @Argument long expectedVersion, @Argument int milestone, @Argument @Valid PaymentInput payment) {
        return workflow.recordPayment(tenant, caller, author, id, expectedVersion, milestone, payment);
    }

    @MutationMapping
    Challenge concludeChallenge(@ContextValue HostedTenant tenant, @ContextValue Caller caller, @ContextValue(name = Author.CONTEXT_KEY) String author,
                                @Argument String id, @Argument long expectedVersion, @Argument boolean passed, @Argument String opinion) {
        return workflow.conclude(tenant, caller, author, id, expectedVersion, passed, opinion);
    }

    // what a list shows of itself beyond its stored fields

    @SchemaMapping(typeName = "Challenge")
    boolean acceptingApplications(Challenge challenge) {
        return challenge.acceptingApplications(clock.instant());
    }

    @SchemaMapping(typeName = "Challenge")
    String nominatedFrom(Challenge challenge) {
        return challenge.nomination() == null ? null : challenge.nomination().demandId();
    }

    /** 揭榜结果公示: who won is public; why, and the ranking, are the operators'. */
    @SchemaMapping(typeName = "Challenge")
    Map<String, Object> winner(Challenge challenge) {
        return challenge.selection() == null ? null : Map.of("name", challenge.selection().name(), "tenantId", challenge.selection().tenantId());
    }

    @SchemaMapping(typeName = "Challenge")
    BigDecimal paid(Challenge challenge) {
        return challenge.paid();
    }

    // an application, as its readers see it

    @SchemaMapping(typeName = "ChallengeApplication", field = "id")
    String applicationId(ChallengeApplication application) {
        return application.globalId();
    }

    @SchemaMapping(typeName = "ChallengeApplication")
    String challengeId(ChallengeApplication application) {
        return ChallengeKind.globalId(application.tenantId(), application.challengeId());
    }

    @SchemaMapping(typeName = "ChallengeApplication")
    String challengeTitle(ChallengeApplication application, @ContextValue HostedTenant tenant) {
        return challengeOf(tenant, application).title();
    }

    @SchemaMapping(typeName = "ChallengeApplication")
    ApplicationStatus status(ChallengeApplication application, @ContextValue HostedTenant tenant) {
        return ApplicationStatus.of(application, challengeOf(tenant, application));
    }

    /** The trimmed mean of the reviewers' totals, to the applicant once a winner is chosen, to the operators as soon as it exists. */
    @SchemaMapping(typeName = "ChallengeApplication")
    BigDecimal score(ChallengeApplication application, @ContextValue HostedTenant tenant, @ContextValue Caller caller) {
        Challenge challenge = challengeOf(tenant, application);
        if (challenge.selection() != null) {
            return challenge.selection().ranking().stream().filter(r -> r.applicationId().equals(application.globalId())).findFirst()
                    .map(Challenge.Ranked::score).orElse(null);
        }
        if (!caller.readsPrivateDataOf(tenant.id())) {
            return null;
        }
        return reviews.ranking(tenant, challenge).stream().filter(r -> r.application().id().equals(application.id())).findFirst()
                .map(Ranking::score).orElse(null);
    }

    @SchemaMapping(typeName = "ChallengeApplication")
    ChallengeAgreement agreement(ChallengeApplication application, @ContextValue HostedTenant tenant) {
        Challenge challenge = challengeOf(tenant, application);
        return challenge.selection() != null && challenge.selection().applicationId().equals(application.globalId()) ? challenge.agreement() : null;
    }

    @SchemaMapping(typeName = "ChallengeApplication")
    List<String> avoidExperts(ChallengeApplication application) {
        return application.avoid();
    }

    @SchemaMapping(typeName = "ChallengeParty")
    boolean confirmed(ChallengeApplication.Party party) {
        return party.confirmed();
    }

    @SchemaMapping(typeName = "ChallengeReview", field = "reviewer")
    Object reviewer(ChallengeReview review, @ContextValue HostedTenant tenant) {
        return draws.find(tenant, challengeById(tenant, review.challengeId())).flatMap(draw -> draw.drawn().stream()
                .filter(expert -> expert.id().equals(review.expertId())).findFirst()).orElse(null);
    }

    @SchemaMapping(typeName = "ChallengeReview", field = "applicationId")
    String reviewedApplication(ChallengeReview review, @ContextValue HostedTenant tenant) {
        return new cn.techmarket.model.id.TypedId(tenant.id(), ChallengeApplication.TYPE_NAME, review.applicationId()).encode();
    }

    @SchemaMapping(typeName = "ReviewerDraw", field = "seed")
    String seed(ReviewerDraw draw) {
        return Long.toString(draw.seed());
    }

    @SchemaMapping(typeName = "ReviewerDraw")
    boolean reproduces(ReviewerDraw draw) {
        return draw.reproduces();
    }

    private Challenge challengeOf(HostedTenant tenant, ChallengeApplication application) {
        return challengeById(tenant, application.challengeId());
    }

    private static Challenge challengeById(HostedTenant tenant, String localId) {
        return tenant.mongo().findById(localId, Challenge.class, ChallengeKind.LIBRARY.collection());
    }
}
