package cn.techmarket.tenant.activity;

import cn.techmarket.tenant.library.Inputs;
import cn.techmarket.graphql.errors.BadInputException;
import cn.techmarket.graphql.errors.Reasons;
import cn.techmarket.graphql.security.Caller;
import cn.techmarket.model.id.GlobalId;
import cn.techmarket.model.id.MalformedIdException;
import cn.techmarket.model.id.TypedId;
import cn.techmarket.model.member.MemberKind;
import cn.techmarket.tenant.crossmarket.OtherMarkets;
import cn.techmarket.tenant.crossmarket.RecordCard;
import cn.techmarket.tenant.documents.NewIds;
import cn.techmarket.tenant.documents.RecordNotFoundException;
import cn.techmarket.tenant.documents.WorkflowDocuments;
import cn.techmarket.tenant.matching.MatchStarter;
import cn.techmarket.tenant.member.Member;
import cn.techmarket.tenant.member.Members;
import cn.techmarket.tenant.tenancy.HostedTenant;
import cn.techmarket.tenant.tenancy.HostedTenants;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Activities, as their organisers (the organising market's operators) prepare, publish, conclude
 * or cancel them; exhibits and presenters invited and consenting; outcomes recorded by the
 * organisers or the parties.
 */
@Component
class Activities {

    static final WorkflowDocuments<Activity> DOCUMENTS = new WorkflowDocuments<>("activities", Activity.class, Activity.TYPE_NAME);
    /** An exhibition of the seeds' size shows a few hundred exhibits (371 in four shows). */
    static final int MAX_PARTICIPANTS = 500;

    private final OtherMarkets markets;
    private final Members members;
    private final HostedTenants tenants;
    private final MatchStarter matches;
    private final Clock clock;

    Activities(OtherMarkets markets, Members members, HostedTenants tenants, MatchStarter matches, Clock clock) {
        this.markets = markets;
        this.members = members;
        this.tenants = tenants;
        this.matches = matches;
        this.clock = clock;
    }

    Activity create(HostedTenant tenant, String author, ActivityInput input, NewIds ids) {
        Instant now = clock.instant();
        return DOCUMENTS.insertOnce(tenant, ids, id -> described(id, tenant.id(), input, now, author));
    }

    Activity update(HostedTenant tenant, String id, long expectedVersion, ActivityInput input, long seated) {
        Activity current = DOCUMENTS.atVersion(tenant, id, expectedVersion);
        requireStatus(current, Activity.Status.DRAFT, Activity.Status.PUBLISHED);
        Activity edit = described(current.id(), tenant.id(), input, current.createdAt(), current.createdBy());
        if (edit.capacity() != null && edit.capacity() < seated) {
            throw new BadInputException("input.capacity", "is below the " + seated + " seats already taken");
        }
        if (edit.kind() != current.kind() && !current.participants().isEmpty()) {
            throw new BadInputException("input.kind", "cannot change once exhibits or presenters are invited");
        }
        for (Activity.Participant participant : current.participants()) {
            if (participant.hall() != null && edit.halls().stream().noneMatch(hall -> hall.number() == participant.hall())) {
                throw new BadInputException("input.halls", "hall " + participant.hall() + " still shows exhibits");
            }
        }
        return saved(tenant, current, current.edited(edit, clock.instant()));
    }

    Activity publish(HostedTenant tenant, String author, String id, long expectedVersion) {
        Activity current = DOCUMENTS.atVersion(tenant, id, expectedVersion);
        requireStatus(current, Activity.Status.DRAFT);
        return saved(tenant, current, current.moved(Activity.Status.PUBLISHED, author, clock.instant(), null));
    }

    Activity cancel(HostedTenant tenant, String author, String id, long expectedVersion, String reason) {
        Activity current = DOCUMENTS.atVersion(tenant, id, expectedVersion);
        requireStatus(current, Activity.Status.DRAFT, Activity.Status.PUBLISHED);
        return saved(tenant, current, current.moved(Activity.Status.CANCELLED, author, clock.instant(), Reasons.stated("reason", reason)));
    }

    /** Published → concluded (已办结), once it has begun: its outcomes may still be recorded. */
    Activity conclude(HostedTenant tenant, String author, String id, long expectedVersion) {
        Activity current = DOCUMENTS.atVersion(tenant, id, expectedVersion);
        requireStatus(current, Activity.Status.PUBLISHED);
        Instant now = clock.instant();
        if (now.isBefore(current.startsAt())) {
            throw BadInputException.illegalTransition("id", "the activity has not begun; cancel it instead");
        }
        return saved(tenant, current, current.moved(Activity.Status.CONCLUDED, author, now, null));
    }

    /** Invites an exhibit or a presenter; inviting what is already invited in the same role changes nothing. */
    Activity invite(HostedTenant tenant, Caller caller, String author, String id, ParticipantInput input) {
        Activity found = find(tenant, id);
        requireStatus(found, Activity.Status.DRAFT, Activity.Status.PUBLISHED);
        Instant now = clock.instant();
        Activity.Participant invited = participant(tenant, caller, author, found, input, now);
        return DOCUMENTS.change(tenant, found.id(), activity -> {
            boolean already = activity.participants().stream().anyMatch(p -> p.role() == invited.role()
                    && Objects.equals(p.recordId(), invited.recordId()) && (p.recordId() != null || Objects.equals(p.owner(), invited.owner())));
            if (already) {
                return activity;
            }
            if (activity.participants().size() >= MAX_PARTICIPANTS) {
                throw new BadInputException("input", "an activity shows at most " + MAX_PARTICIPANTS + " exhibits and presenters");
            }
            int number = activity.participants().stream().mapToInt(Activity.Participant::number).max().orElse(0) + 1;
            return activity.withParticipants(participants -> {
                participants.add(new Activity.Participant(number, invited.role(), invited.recordId(), invited.recordKind(), invited.recordTenantId(),
                        invited.title(), invited.owner(), invited.hall(), invited.slotStartsAt(), invited.slotEndsAt(), invited.streamUrl(),
                        invited.recordingUrl(), invited.pitch(), invited.amountSought(), invited.consent(), null, now, author,
                        invited.answeredAt(), invited.answeredBy()));
                return participants;
            }, now);
        });
    }

    private Activity.Participant participant(HostedTenant tenant, Caller caller, String author, Activity activity, ParticipantInput input, Instant now) {
        if (input.role() == Activity.Role.EXHIBIT && activity.kind() != Activity.Kind.EXHIBITION) {
            throw new BadInputException("input.role", "exhibits are shown at an exhibition; " + activity.kind().label() + " has presenters");
        }
        if (input.role() == Activity.Role.PRESENTER && activity.kind() == Activity.Kind.EXHIBITION) {
            throw new BadInputException("input.role", "an exhibition shows exhibits, not presenters");
        }
        if ((input.recordId() == null) == (input.memberId() == null)) {
            throw new BadInputException("input.recordId", "name a record to show, or an enterprise member (memberId) to pitch, not both");
        }
        Integer hall = input.hall();
        if (input.role() == Activity.Role.EXHIBIT) {
            if (!activity.halls().isEmpty() && (hall == null || activity.halls().stream().noneMatch(h -> h.number() == hall))) {
                throw new BadInputException("input.hall", "name one of the exhibition's halls, 1 to " + activity.halls().size());
            }
        } else if (hall != null) {
            throw new BadInputException("input.hall", "only an exhibit is shown in a hall");
        }
        if (input.role() == Activity.Role.PRESENTER) {
            requireSlot(activity, input);
        }
        if (input.memberId() != null) {
            return pitch(tenant, author, input, now);
        }
        if (input.pitch() != null || input.amountSought() != null) {
            throw new BadInputException("input.pitch", "a pitch is an enterprise's (memberId); a record speaks for itself");
        }
        RecordCard record = markets.publishedRecord(caller, "input.recordId", input.recordId());
        boolean ours = record.owner() == null;
        if (ours && !record.tenantId().equals(tenant.id())) {
            throw new BadInputException("input.recordId", "the record is kept by its own market, " + record.tenantId()
                    + ", with no member to consent; that market shows it");
        }
        return new Activity.Participant(0, input.role(), record.id(), record.kind(), record.tenantId(), record.title(), record.owner(), hall,
                input.slotStartsAt(), input.slotEndsAt(), input.streamUrl(), input.recordingUrl(), null, null,
                ours ? Activity.Consent.ACCEPTED : Activity.Consent.INVITED, null, now, author, ours ? now : null, ours ? author : null);
    }

    /** An enterprise's financing pitch (融资路演): the enterprise must be a verified member of a market this node serves. */
    private Activity.Participant pitch(HostedTenant tenant, String author, ParticipantInput input, Instant now) {
        if (input.pitch() == null || input.pitch().isBlank() || input.amountSought() == null) {
            throw new BadInputException("input.pitch", "a financing pitch says what the enterprise does and seeks (pitch and amountSought)");
        }
        String tenantId;
        try {
            tenantId = TypedId.decode(input.memberId(), Member.TYPE_NAME).tenantId();
        } catch (MalformedIdException e) {
            throw new BadInputException("input.memberId", e.getMessage());
        }
        HostedTenant home = tenants.find(tenantId).orElseThrow(() -> new BadInputException("input.memberId",
                "an enterprise of another node's city offers its pitch at its own market's roadshows"));
        Member enterprise = members.requireActive(home, "input.memberId", input.memberId(), null);
        if (enterprise.kind() != MemberKind.ENTERPRISE) {
            throw new BadInputException("input.memberId", "is " + enterprise.kind().label() + "; an enterprise (企业) pitches for financing");
        }
        return new Activity.Participant(0, Activity.Role.PRESENTER, null, null, tenantId, enterprise.name(), enterprise.globalId(), null,
                input.slotStartsAt(), input.slotEndsAt(), input.streamUrl(), input.recordingUrl(), input.pitch().strip(),
                input.amountSought().setScale(2), Activity.Consent.INVITED, null, now, author, null, null);
    }

    private static void requireSlot(Activity activity, ParticipantInput input) {
        if (input.slotStartsAt() == null || input.slotEndsAt() == null) {
            if (activity.kind() == Activity.Kind.ROADSHOW) {
                throw new BadInputException("input.slotStartsAt", "a roadshow's presenter has a time slot");
            }
            return;
        }
        if (!input.slotEndsAt().isAfter(input.slotStartsAt())) {
            throw new BadInputException("input.slotEndsAt", "is not after the slot's start");
        }
        if (input.slotStartsAt().isBefore(activity.startsAt()) || (activity.endsAt() != null && input.slotEndsAt().isAfter(activity.endsAt()))) {
            throw new BadInputException("input.slotStartsAt", "the slot lies outside the activity's time");
        }
    }

    /** The owner's people answer an invitation; the same answer again changes nothing. */
    Activity answerInvitation(HostedTenant tenant, Caller caller, String author, String id, int number, boolean accept, String reason) {
        Activity found = find(tenant, id);
        Activity.Participant participant = found.participant(number).orElseThrow(() -> new RecordNotFoundException("number"));
        if (participant.owner() == null) {
            throw new RecordNotFoundException("number");
        }
        markets.actingFor(caller, "number", participant.owner());
        Activity.Consent to = accept ? Activity.Consent.ACCEPTED : Activity.Consent.DECLINED;
        String why = accept ? null : Reasons.stated("reason", reason);
        return DOCUMENTS.change(tenant, found.id(), activity -> {
            Activity.Participant now = activity.participant(number).orElseThrow();
            if (now.consent() == to) {
                return activity;
            }
            if (now.consent() != Activity.Consent.INVITED) {
                throw BadInputException.illegalTransition("number", "the invitation was answered: " + now.consent().label());
            }
            requireStatus(activity, Activity.Status.DRAFT, Activity.Status.PUBLISHED);
            Instant at = clock.instant();
            return activity.withParticipants(participants -> {
                participants.replaceAll(p -> p.number() == number ? p.answered(to, why, author, at) : p);
                return participants;
            }, at);
        });
    }

    /** An outcome, by the organisers or a person acting for one of its parties; a match is started by the organisers. */
    Activity recordOutcome(HostedTenant tenant, Caller caller, String author, String id, OutcomeInput input) {
        Activity found = find(tenant, id);
        requireStatus(found, Activity.Status.PUBLISHED, Activity.Status.CONCLUDED);
        Instant now = clock.instant();
        if (now.isBefore(found.startsAt())) {
            throw BadInputException.illegalTransition("id", "outcomes are recorded once the activity has begun");
        }
        boolean organiser = caller.operates(tenant.id());
        List<Activity.Party> parties = parties(input);
        if (!organiser && !actsForAParty(caller, parties)) {
            throw new BadInputException("input.parties", "an outcome is recorded by the organisers or by one of its parties");
        }
        String matchId = null;
        switch (input.kind()) {
            case INTENTION_AGREEMENT, FINANCING_INTENTION -> {
                if (input.amount() == null) {
                    throw new BadInputException("input.amount", "say the amount agreed (CNY)");
                }
                if (parties.size() < 2) {
                    throw new BadInputException("input.parties", "an agreement has two parties at least");
                }
                if (input.demandId() != null || input.candidateId() != null || input.broker() != null) {
                    throw new BadInputException("input.demandId", "only a match names a demand, a candidate and a broker");
                }
            }
            case MATCH_STARTED -> {
                if (!organiser) {
                    throw new BadInputException("input.kind", "the organisers start a match, with the broker who follows it up");
                }
                if (input.demandId() == null || input.candidateId() == null || input.broker() == null) {
                    throw new BadInputException(input.demandId() == null ? "input.demandId" : input.candidateId() == null ? "input.candidateId"
                            : "input.broker", "a match names the demand, the candidate and the broker who follows it up");
                }
                RecordCard candidate = markets.publishedRecord(caller, "input.candidateId", input.candidateId());
                requireOwnDemand(tenant, input.demandId());
                matchId = matches.start(tenant, author, input.demandId(), input.candidateId(), candidate.title(), input.broker().name().strip(),
                        input.broker().certificateNo(), "对接会成果：" + found.title());
            }
        }
        Activity.Outcome outcome = new Activity.Outcome(0, input.kind(), parties, input.amount() == null ? null : input.amount().setScale(2),
                Inputs.blankToNull(input.note()), matchId, author, now);
        return DOCUMENTS.change(tenant, found.id(), activity -> activity.withOutcome(new Activity.Outcome(activity.outcomes().size() + 1,
                outcome.kind(), outcome.parties(), outcome.amount(), outcome.note(), outcome.matchId(), outcome.recordedBy(), outcome.recordedAt()), now));
    }

    private static void requireOwnDemand(HostedTenant tenant, String demandId) {
        GlobalId demand;
        try {
            demand = GlobalId.decode(demandId);
        } catch (MalformedIdException e) {
            throw new BadInputException("input.demandId", e.getMessage());
        }
        if (!demand.tenantId().equals(tenant.id())) {
            throw new BadInputException("input.demandId", "a match is kept by the demand's market, " + demand.tenantId()
                    + "; its brokers start it there");
        }
    }

    private static List<Activity.Party> parties(OutcomeInput input) {
        List<Activity.Party> parties = new ArrayList<>();
        List<OutcomeInput.PartyInput> given = input.parties() == null ? List.of() : input.parties();
        for (int i = 0; i < given.size(); i++) {
            String memberId = given.get(i).memberId();
            if (memberId != null) {
                try {
                    TypedId.decode(memberId, Member.TYPE_NAME);
                } catch (MalformedIdException e) {
                    throw new BadInputException("input.parties[" + i + "].memberId", e.getMessage());
                }
            }
            parties.add(new Activity.Party(memberId, given.get(i).name().strip()));
        }
        return List.copyOf(parties);
    }

    private boolean actsForAParty(Caller caller, List<Activity.Party> parties) {
        if (caller.isAnonymous()) {
            return false;
        }
        for (Activity.Party party : parties) {
            if (party.memberId() == null) {
                continue;
            }
            try {
                markets.actingFor(caller, "input.parties", party.memberId());
                return true;
            } catch (BadInputException notTheirs) {
                // another party's
            }
        }
        return false;
    }

    /** An activity by global id, whatever its status (callers check what the caller may see or do). */
    Activity find(HostedTenant tenant, String id) {
        return DOCUMENTS.find(tenant, "id", id).orElseThrow(() -> new RecordNotFoundException("id"));
    }

    /** Drafts are the organisers' (and province staff's); the rest anyone's. */
    static boolean visible(HostedTenant tenant, Caller caller, Activity activity) {
        return activity.status() != Activity.Status.DRAFT || caller.readsPrivateDataOf(tenant.id());
    }

    /**
     * The market's activities, soonest first from {@code from} (upcoming and under way), or newest
     * first; of one kind or status.
     */
    Window<Activity> page(HostedTenant tenant, Caller caller, Activity.Kind kind, Activity.Status status, boolean upcoming, ScrollSubrange subrange) {
        List<Criteria> criteria = new ArrayList<>();
        if (kind != null) {
            criteria.add(where("kind").is(kind));
        }
        if (status != null) {
            criteria.add(where("status").is(status));
        }
        if (!caller.readsPrivateDataOf(tenant.id())) {
            criteria.add(where("status").ne(Activity.Status.DRAFT));
        }
        if (upcoming) {
            Instant now = clock.instant();
            criteria.add(where("status").is(Activity.Status.PUBLISHED));
            criteria.add(new Criteria().orOperator(where("endsAt").gt(now), where("endsAt").is(null)));
            var page = cn.techmarket.tenant.documents.PageRequest.of(subrange);
            return tenant.mongo().scroll(new Query(new Criteria().andOperator(criteria)).with(Sort.by(Sort.Order.asc("startsAt"), Sort.Order.asc("_id")))
                    .with(page.position()).limit(page.size()), Activity.class, DOCUMENTS.collection());
        }
        return DOCUMENTS.page(tenant, criteria.isEmpty() ? new Criteria() : new Criteria().andOperator(criteria), subrange);
    }

    /** Activities the member shows something at (global id), newest first. */
    List<Activity> showing(HostedTenant tenant, String memberId) {
        return tenant.mongo().find(new Query(where("participants.owner").is(memberId).and("status").ne(Activity.Status.DRAFT))
                .with(Sort.by(Sort.Order.desc("startsAt"))).limit(200), Activity.class, DOCUMENTS.collection());
    }

    private Activity described(String id, String tenantId, ActivityInput input, Instant createdAt, String author) {
        if (input.kind() == Activity.Kind.FAIR && input.fairFormat() == null) {
            throw new BadInputException("input.fairFormat", "say what kind of fair: 综合, 专题, 点对点, 两院十校专场 or 沙龙");
        }
        if (input.kind() != Activity.Kind.FAIR && input.fairFormat() != null) {
            throw new BadInputException("input.fairFormat", "only a fair has a format");
        }
        if (!input.online() && (input.place() == null || input.place().isBlank())) {
            throw new BadInputException("input.place", "say where it is held, or make it online");
        }
        if (input.endsAt() == null && input.kind() != Activity.Kind.EXHIBITION) {
            throw new BadInputException("input.endsAt", "say when it ends; only an exhibition runs on until it is concluded");
        }
        if (input.endsAt() != null && !input.endsAt().isAfter(input.startsAt())) {
            throw new BadInputException("input.endsAt", "is not after the start");
        }
        List<ActivityInput.HallInput> halls = input.halls() == null ? List.of() : input.halls();
        if (!halls.isEmpty() && input.kind() != Activity.Kind.EXHIBITION) {
            throw new BadInputException("input.halls", "only an exhibition has halls");
        }
        List<Activity.Hall> numbered = new ArrayList<>();
        for (int i = 0; i < halls.size(); i++) {
            numbered.add(new Activity.Hall(i + 1, halls.get(i).name().strip(), Inputs.blankToNull(halls.get(i).theme())));
        }
        return new Activity(id, tenantId, 1, input.kind(), input.fairFormat(), input.title().strip(), Inputs.blankToNull(input.theme()),
                Inputs.blankToNull(input.description()), input.industries() == null ? List.of() : List.copyOf(Set.copyOf(input.industries())),
                input.online(), Inputs.blankToNull(input.place()), input.startsAt(), input.endsAt(), input.capacity(), List.copyOf(numbered),
                Activity.Status.DRAFT, null, List.of(), List.of(), List.of(new Activity.Transition(createdAt, author, null, Activity.Status.DRAFT, null)),
                createdAt, author, createdAt);
    }

    private Activity saved(HostedTenant tenant, Activity current, Activity next) {
        DOCUMENTS.replace(tenant, current, next);
        return next;
    }

    static void requireStatus(Activity activity, Activity.Status... allowed) {
        if (!Set.of(allowed).contains(activity.status())) {
            throw BadInputException.illegalTransition("id", "the activity is " + activity.status().label() + " (" + activity.status() + ")");
        }
    }

    void ensureIndexes(HostedTenant tenant) {
        tenant.mongo().indexOps(DOCUMENTS.collection()).createIndex(new Index().on("status", Sort.Direction.ASC).on("startsAt", Sort.Direction.ASC));
        tenant.mongo().indexOps(DOCUMENTS.collection()).createIndex(new Index().on("participants.owner", Sort.Direction.ASC));
    }
}
