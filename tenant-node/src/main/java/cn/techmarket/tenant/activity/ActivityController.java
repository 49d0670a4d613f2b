package cn.techmarket.tenant.activity;

import cn.techmarket.graphql.errors.BadInputException;
import cn.techmarket.graphql.errors.CalendarYears;
import cn.techmarket.graphql.security.Caller;
import cn.techmarket.tenant.crossmarket.OtherMarkets;
import cn.techmarket.tenant.documents.NewIds;
import cn.techmarket.tenant.documents.NodeSource;
import cn.techmarket.tenant.tenancy.Author;
import cn.techmarket.tenant.tenancy.HostedTenant;
import cn.techmarket.tenant.tenancy.HostedTenants;
import jakarta.validation.Valid;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.data.domain.Window;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Flux;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Activities (活动): organised by the market's operators, attended and exhibited at by members of
 * any city; who may take which step is {@link Activities}', {@link Rosters}' and {@link Questions}' to say.
 */
@Controller
class ActivityController implements NodeSource, ApplicationRunner {

    /** What a caller sees of an activity's roster: counts for anyone, the registrations for the organisers, a member's own for its people. */
    record RosterView(int seated, int waiting, int attended, Integer seatsLeft, List<Roster.Registration> registrations) {
    }

    /** A registration as its member's people see it, with its place on the waiting list. */
    record MyRegistration(Activity activity, Roster.Registration registration, int waitPosition) {
    }

    private final Activities activities;
    private final Rosters rosters;
    private final Questions questions;
    private final QuestionFeed feed;
    private final OtherMarkets markets;
    private final HostedTenants tenants;
    private final Clock clock;

    ActivityController(Activities activities, Rosters rosters, Questions questions, QuestionFeed feed, OtherMarkets markets, HostedTenants tenants,
                       Clock clock) {
        this.clock = clock;
        this.activities = activities;
        this.rosters = rosters;
        this.questions = questions;
        this.feed = feed;
        this.markets = markets;
        this.tenants = tenants;
    }

    @Override
    public void run(ApplicationArguments args) {
        tenants.all().forEach(tenant -> {
            activities.ensureIndexes(tenant);
            rosters.ensureIndexes(tenant);
            questions.ensureIndexes(tenant);
        });
    }

    @Override
    public String typeName() {
        return Activity.TYPE_NAME;
    }

    @Override
    public Object find(HostedTenant tenant, Caller caller, String globalId) {
        return Activities.DOCUMENTS.find(tenant, "id", globalId).filter(a -> Activities.visible(tenant, caller, a)).orElse(null);
    }

    @QueryMapping
    Window<Activity> activities(@ContextValue HostedTenant tenant, @ContextValue Caller caller, @Argument Activity.Kind kind,
                                @Argument Activity.Status status, @Argument Boolean upcoming, ScrollSubrange subrange) {
        return activities.page(tenant, caller, kind, status, Boolean.TRUE.equals(upcoming), subrange);
    }

    @QueryMapping
    List<Activity> upcomingActivities(@ContextValue HostedTenant tenant, @ContextValue Caller caller, @Argument Activity.Kind kind, @Argument Integer first) {
        int size = cn.techmarket.graphql.errors.PageSizes.require("first", first, 20, 100);
        return activities.page(tenant, caller, kind, null, true, ScrollSubrange.create(org.springframework.data.domain.ScrollPosition.keyset(), size, true))
                .getContent();
    }

    @QueryMapping
    List<MyRegistration> myActivities(@ContextValue HostedTenant tenant, @ContextValue Caller caller, @Argument String memberId) {
        markets.actingFor(caller, "memberId", memberId);
        List<MyRegistration> mine = new ArrayList<>();
        for (Roster roster : rosters.withMember(tenant, memberId)) {
            Activity activity = tenant.mongo().findById(roster.id(), Activity.class, Activities.DOCUMENTS.collection());
            roster.of(memberId).filter(r -> activity != null)
                    .ifPresent(r -> mine.add(new MyRegistration(activity, r, roster.waitPosition(memberId))));
        }
        return mine;
    }

    @QueryMapping
    List<Activity> myShowings(@ContextValue HostedTenant tenant, @ContextValue Caller caller, @Argument String memberId) {
        markets.actingFor(caller, "memberId", memberId);
        return activities.showing(tenant, memberId);
    }

    @QueryMapping
    ActivityStatistics activityStatistics(@ContextValue HostedTenant tenant, @Argument int year) {
        CalendarYears.require("year", year);
        List<Activity> held = tenant.mongo().find(new Query(where("startsAt").gte(ActivityStatistics.startOf(year)).lt(ActivityStatistics.startOf(year + 1))),
                Activity.class, Activities.DOCUMENTS.collection());
        Map<String, Roster> byActivity = new HashMap<>();
        tenant.mongo().find(new Query(where("_id").in(held.stream().map(Activity::id).toList())), Roster.class, Rosters.DOCUMENTS.collection())
                .forEach(roster -> byActivity.put(roster.id(), roster));
        return ActivityStatistics.of(year, held.stream(), byActivity);
    }

    @MutationMapping
    Activity createActivity(@ContextValue HostedTenant tenant, @ContextValue(name = Author.CONTEXT_KEY) String author,
                            @ContextValue(name = NewIds.CONTEXT_KEY) NewIds ids, @Argument @Valid ActivityInput input) {
        return activities.create(tenant, author, input, ids);
    }

    @MutationMapping
    Activity updateActivity(@ContextValue HostedTenant tenant, @Argument String id, @Argument long expectedVersion, @Argument @Valid ActivityInput input) {
        Activity current = activities.find(tenant, id);
        Activity updated = activities.update(tenant, id, expectedVersion, input, rosters.of(tenant, current).seated());
        if (updated.capacity() == null || (current.capacity() != null && updated.capacity() > current.capacity())) {
            rosters.seatWaiting(tenant, updated);
        }
        return updated;
    }

    @MutationMapping
    Activity publishActivity(@ContextValue HostedTenant tenant, @ContextValue(name = Author.CONTEXT_KEY) String author, @Argument String id,
                             @Argument long expectedVersion) {
        return activities.publish(tenant, author, id, expectedVersion);
    }

    @MutationMapping
    Activity cancelActivity(@ContextValue HostedTenant tenant, @ContextValue(name = Author.CONTEXT_KEY) String author, @Argument String id,
                            @Argument long expectedVersion, @Argument String reason) {
        return activities.cancel(tenant, author, id, expectedVersion, reason);
    }

    @MutationMapping
    Activity concludeActivity(@ContextValue HostedTenant tenant, @ContextValue(name = Author.CONTEXT_KEY) String author, @Argument String id,
                              @Argument long expectedVersion) {
        return activities.conclude(tenant, author, id, expectedVersion);
    }

    @MutationMapping
    Activity inviteParticipant(@ContextValue HostedTenant tenant, @ContextValue Caller caller, @ContextValue(name = Author.CONTEXT_KEY) String author,
                               @Argument String id, @Argument @Valid ParticipantInput input) {
        return activities.invite(tenant, caller, author, id, input);
    }

    @MutationMapping
    Activity answerInvitation(@ContextValue HostedTenant tenant, @ContextValue Caller caller, @ContextValue(name = Author.CONTEXT_KEY) String author,
                              @Argument String id, @Argument int number, @Argument boolean accept, @Argument String reason) {
        return activities.answerInvitation(tenant, caller, author, id, number, accept, reason);
    }

    @MutationMapping
    Activity recordActivityOutcome(@ContextValue HostedTenant tenant, @ContextValue Caller caller, @ContextValue(name = Author.CONTEXT_KEY) String author,
                                   @Argument String id, @Argument @Valid OutcomeInput input) {
        return activities.recordOutcome(tenant, caller, author, id, input);
    }

    @MutationMapping
    Activity registerForActivity(@ContextValue HostedTenant tenant, @ContextValue Caller caller, @Argument String id, @Argument String memberId) {
        Activity activity = seen(tenant, caller, id);
        rosters.register(tenant, caller, activity, memberId);
        return activity;
    }

    @MutationMapping
    Activity cancelActivityRegistration(@ContextValue HostedTenant tenant, @ContextValue Caller caller, @Argument String id, @Argument String memberId) {
        Activity activity = seen(tenant, caller, id);
        rosters.cancel(tenant, caller, activity, memberId);
        return activity;
    }

    @MutationMapping
    Activity checkInAttendee(@ContextValue HostedTenant tenant, @Argument String id, @Argument String memberId) {
        Activity activity = activities.find(tenant, id);
        rosters.checkIn(tenant, activity, memberId);
        return activity;
    }

    @MutationMapping
    Question askQuestion(@ContextValue HostedTenant tenant, @ContextValue Caller caller, @ContextValue(name = Author.CONTEXT_KEY) String author,
                         @ContextValue(name = NewIds.CONTEXT_KEY) NewIds ids, @Argument String id, @Argument String memberId, @Argument String text) {
        return questions.ask(tenant, caller, author, seen(tenant, caller, id), memberId, text, ids);
    }

    @MutationMapping
    Question moderateQuestion(@ContextValue HostedTenant tenant, @Argument String id, @Argument String questionId, @Argument boolean publish) {
        return questions.moderate(tenant, activities.find(tenant, id), questionId, publish);
    }

    @MutationMapping
    Question answerQuestion(@ContextValue HostedTenant tenant, @ContextValue Caller caller, @ContextValue(name = Author.CONTEXT_KEY) String author,
                            @Argument String id, @Argument String questionId, @Argument String text) {
        return questions.answer(tenant, caller, author, seen(tenant, caller, id), questionId, text);
    }

    @SubscriptionMapping
    Flux<Question> activityQuestions(@ContextValue HostedTenant tenant, @ContextValue Caller caller, @Argument String id) {
        return feed.live(tenant, caller, seen(tenant, caller, id));
    }

    private Activity seen(HostedTenant tenant, Caller caller, String id) {
        Activity activity = activities.find(tenant, id);
        if (!Activities.visible(tenant, caller, activity)) {
            throw new cn.techmarket.tenant.documents.RecordNotFoundException("id");
        }
        return activity;
    }

    @SchemaMapping(typeName = "Activity", field = "id")
    String id(Activity activity) {
        return activity.globalId();
    }

    @SchemaMapping(typeName = "Activity")
    String kindLabel(Activity activity) {
        return activity.kind().label();
    }

    @SchemaMapping(typeName = "Activity")
    String fairFormatLabel(Activity activity) {
        return activity.fairFormat() == null ? null : activity.fairFormat().label();
    }

    @SchemaMapping(typeName = "Activity")
    String statusLabel(Activity activity) {
        return activity.status().label();
    }

    @SchemaMapping(typeName = "Activity")
    String phase(Activity activity) {
        Instant now = clock.instant();
        if (activity.status() == Activity.Status.CANCELLED) {
            return "CANCELLED";
        }
        return activity.ended(now) ? "ENDED" : now.isBefore(activity.startsAt()) ? "UPCOMING" : "UNDER_WAY";
    }

    /** Exhibits and presenters: the accepted ones for anyone, every invitation for the organisers, the owners' own for their people. */
    @SchemaMapping(typeName = "Activity")
    List<Activity.Participant> participants(@ContextValue HostedTenant tenant, @ContextValue Caller caller, Activity activity, @Argument String query,
                                            @Argument Integer hall, @Argument Activity.Role role) {
        String wanted = query == null || query.isBlank() ? null : query.strip().toLowerCase(Locale.ROOT);
        if (wanted != null && wanted.length() > 100) {
            throw new BadInputException("query", "search with at most 100 characters");
        }
        boolean organiser = caller.readsPrivateDataOf(tenant.id());
        java.util.Set<String> own = caller.isAnonymous() ? java.util.Set.of() : ownersActedFor(caller, activity);
        return activity.participants().stream()
                .filter(p -> organiser || p.consent() == Activity.Consent.ACCEPTED || (p.owner() != null && own.contains(p.owner())))
                .filter(p -> hall == null || hall.equals(p.hall()))
                .filter(p -> role == null || role == p.role())
                .filter(p -> wanted == null || p.title().toLowerCase(Locale.ROOT).contains(wanted)
                        || (p.pitch() != null && p.pitch().toLowerCase(Locale.ROOT).contains(wanted)))
                .toList();
    }

    /** The owners of the activity's pending invitations that the caller acts for: they see their own invitation. */
    private java.util.Set<String> ownersActedFor(Caller caller, Activity activity) {
        java.util.Set<String> own = new java.util.HashSet<>();
        activity.participants().stream().filter(p -> p.consent() != Activity.Consent.ACCEPTED && p.owner() != null)
                .map(Activity.Participant::owner).distinct().forEach(owner -> {
                    try {
                        markets.actingFor(caller, "id", owner);
                        own.add(owner);
                    } catch (BadInputException notTheirs) {
                        // not theirs
                    }
                });
        return own;
    }

    @SchemaMapping(typeName = "Activity")
    RosterView roster(@ContextValue HostedTenant tenant, @ContextValue Caller caller, Activity activity) {
        Roster roster = rosters.of(tenant, activity);
        int seated = (int) roster.seated();
        int waiting = (int) roster.registrations().stream().filter(r -> r.status() == Roster.Status.WAITLISTED).count();
        int attended = (int) roster.registrations().stream().filter(r -> r.status() == Roster.Status.CHECKED_IN).count();
        List<Roster.Registration> seen = caller.readsPrivateDataOf(tenant.id()) ? roster.registrations() : List.of();
        return new RosterView(seated, waiting, attended, activity.capacity() == null ? null : Math.max(0, activity.capacity() - seated), seen);
    }

    @SchemaMapping(typeName = "Activity")
    MyRegistration registrationOf(@ContextValue HostedTenant tenant, @ContextValue Caller caller, Activity activity, @Argument String memberId) {
        markets.actingFor(caller, "memberId", memberId);
        Roster roster = rosters.of(tenant, activity);
        return roster.of(memberId).map(r -> new MyRegistration(activity, r, roster.waitPosition(memberId))).orElse(null);
    }

    @SchemaMapping(typeName = "Activity")
    List<Question> questions(@ContextValue HostedTenant tenant, @ContextValue Caller caller, Activity activity) {
        return questions.seenBy(tenant, caller, activity);
    }

    @SchemaMapping(typeName = "ActivityParticipant")
    String consentLabel(Activity.Participant participant) {
        return participant.consent().label();
    }

    @SchemaMapping(typeName = "ActivityOutcome")
    String kindLabel(Activity.Outcome outcome) {
        return outcome.kind().label();
    }

    @SchemaMapping(typeName = "ActivityRegistration")
    String statusLabel(Roster.Registration registration) {
        return registration.status().label();
    }

    @SchemaMapping(typeName = "ActivityQuestion", field = "id")
    String questionId(Question question) {
        return question.globalId();
    }

    @SchemaMapping(typeName = "ActivityQuestion")
    String statusLabel(Question question) {
        return question.status().label();
    }

    @SchemaMapping(typeName = "ActivityQuestion")
    String activityId(Question question) {
        return Activities.DOCUMENTS.globalId(question.tenantId(), question.activityId());
    }
}
