package cn.techmarket.tenant.activity;

import cn.techmarket.graphql.errors.BadInputException;
import cn.techmarket.graphql.security.Caller;
import cn.techmarket.tenant.crossmarket.MemberCard;
import cn.techmarket.tenant.crossmarket.OtherMarkets;
import cn.techmarket.tenant.documents.RecordNotFoundException;
import cn.techmarket.tenant.documents.WorkflowDocuments;
import cn.techmarket.tenant.tenancy.HostedTenant;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Registration to attend (报名): a member of any city, by one of its people; a seat while the
 * capacity lasts, then the waiting list, whose first takes a seat given back. Each step is made
 * from the roster as it is now, so that many registering at once neither overfill the seats nor
 * lose a registration; the same step again changes nothing.
 */
@Component
class Rosters {

    static final WorkflowDocuments<Roster> DOCUMENTS = new WorkflowDocuments<>("activityRosters", Roster.class, "ActivityRoster");
    /** Check-in opens this long before the activity begins. */
    static final Duration CHECK_IN_OPENS = Duration.ofHours(2);

    private final OtherMarkets markets;
    private final Clock clock;

    Rosters(OtherMarkets markets, Clock clock) {
        this.markets = markets;
        this.clock = clock;
    }

    Roster of(HostedTenant tenant, Activity activity) {
        Roster roster = tenant.mongo().findById(activity.id(), Roster.class, DOCUMENTS.collection());
        return roster != null ? roster : Roster.empty(activity.id(), tenant.id(), activity.createdAt());
    }

    Roster register(HostedTenant tenant, Caller caller, Activity activity, String memberId) {
        MemberCard member = markets.actingFor(caller, "memberId", memberId);
        Activities.requireStatus(activity, Activity.Status.PUBLISHED);
        Instant now = clock.instant();
        if (activity.ended(now)) {
            throw BadInputException.illegalTransition("id", "the activity has ended");
        }
        return change(tenant, activity, roster -> {
            Roster.Registration existing = roster.of(member.id()).orElse(null);
            if (existing != null && existing.status() != Roster.Status.CANCELLED) {
                return roster;
            }
            boolean seat = activity.capacity() == null || roster.seated() < activity.capacity();
            Roster.Registration registration = new Roster.Registration(member.id(), member.tenantId(), member.name(),
                    seat ? Roster.Status.REGISTERED : Roster.Status.WAITLISTED, caller.subject(), now, null, null);
            return roster.changed(registrations -> {
                registrations.removeIf(r -> r.memberId().equals(member.id()));
                registrations.add(registration);
                return registrations;
            }, now);
        });
    }

    /** The member's people or the organisers give the registration back; a seat given back goes to the first waiting. */
    Roster cancel(HostedTenant tenant, Caller caller, Activity activity, String memberId) {
        if (!caller.operates(tenant.id())) {
            markets.actingFor(caller, "memberId", memberId);
        }
        Instant now = clock.instant();
        return change(tenant, activity, roster -> {
            Roster.Registration existing = roster.of(memberId).orElseThrow(() -> new RecordNotFoundException("memberId"));
            if (existing.status() == Roster.Status.CANCELLED) {
                return roster;
            }
            if (existing.status() == Roster.Status.CHECKED_IN) {
                throw BadInputException.illegalTransition("memberId", "the member has checked in");
            }
            return promoted(roster.changed(registrations -> {
                registrations.replaceAll(r -> r.memberId().equals(memberId) ? r.to(Roster.Status.CANCELLED, now) : r);
                return registrations;
            }, now), activity.capacity(), now);
        });
    }

    /** The organisers check a registered member in at the event (签到), from two hours before it begins. */
    Roster checkIn(HostedTenant tenant, Activity activity, String memberId) {
        Activities.requireStatus(activity, Activity.Status.PUBLISHED, Activity.Status.CONCLUDED);
        Instant now = clock.instant();
        if (now.isBefore(activity.startsAt().minus(CHECK_IN_OPENS))) {
            throw BadInputException.illegalTransition("id", "check-in opens two hours before the activity begins");
        }
        return change(tenant, activity, roster -> {
            Roster.Registration existing = roster.of(memberId).orElseThrow(() -> new RecordNotFoundException("memberId"));
            if (existing.status() == Roster.Status.CHECKED_IN) {
                return roster;
            }
            if (existing.status() != Roster.Status.REGISTERED) {
                throw BadInputException.illegalTransition("memberId", "the member is " + existing.status().label() + ", not registered with a seat");
            }
            return roster.changed(registrations -> {
                registrations.replaceAll(r -> r.memberId().equals(memberId) ? r.to(Roster.Status.CHECKED_IN, now) : r);
                return registrations;
            }, now);
        });
    }

    /** After the capacity grew: the first waiting take the new seats. */
    void seatWaiting(HostedTenant tenant, Activity activity) {
        Instant now = clock.instant();
        change(tenant, activity, roster -> promoted(roster, activity.capacity(), now));
    }

    private static Roster promoted(Roster roster, Integer capacity, Instant at) {
        long free = capacity == null ? Long.MAX_VALUE : capacity - roster.seated();
        if (free <= 0 || roster.registrations().stream().noneMatch(r -> r.status() == Roster.Status.WAITLISTED)) {
            return roster;
        }
        return roster.changed(registrations -> {
            long left = free;
            for (int i = 0; i < registrations.size() && left > 0; i++) {
                if (registrations.get(i).status() == Roster.Status.WAITLISTED) {
                    registrations.set(i, registrations.get(i).to(Roster.Status.REGISTERED, at));
                    left--;
                }
            }
            return registrations;
        }, at);
    }

    /** A roster change, the roster created with the activity's first registration. */
    private Roster change(HostedTenant tenant, Activity activity, java.util.function.UnaryOperator<Roster> change) {
        if (tenant.mongo().findById(activity.id(), Roster.class, DOCUMENTS.collection()) == null) {
            try {
                DOCUMENTS.insert(tenant, Roster.empty(activity.id(), tenant.id(), clock.instant()));
            } catch (DuplicateKeyException createdMeanwhile) {
                // another registration created it first
            }
        }
        return DOCUMENTS.change(tenant, activity.id(), change);
    }

    /** The rosters the member is on (global id). */
    List<Roster> withMember(HostedTenant tenant, String memberId) {
        return tenant.mongo().find(new Query(where("registrations.memberId").is(memberId)).with(Sort.by(Sort.Order.desc("updatedAt"))).limit(200),
                Roster.class, DOCUMENTS.collection());
    }

    void ensureIndexes(HostedTenant tenant) {
        tenant.mongo().indexOps(DOCUMENTS.collection()).createIndex(new Index().on("registrations.memberId", Sort.Direction.ASC));
    }
}
