package cn.techmarket.tenant.member;

import cn.techmarket.graphql.errors.BadInputException;
import cn.techmarket.model.member.MembershipStatus;
import cn.techmarket.model.text.English;
import cn.techmarket.tenant.documents.RecordNotFoundException;
import cn.techmarket.tenant.tenancy.HostedTenant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;

/**
 * Membership: a person applies, the city's operators verify, return for more information or
 * reject, and later may suspend and reinstate. Every step is checked against
 * {@link MembershipStatus#canMoveTo}, made only at the version the actor saw, and kept with its
 * actor and reason. An applicant reaches only their own applications: anyone else's are not
 * found, as if they did not exist.
 */
@Component
class MembershipWorkflow {

    static final int APPLICATIONS_PER_DAY = 20;
    /** The code of an application refused because its person applied too often. */
    static final String TOO_MANY_APPLICATIONS = "TOO_MANY_APPLICATIONS";

    private final MemberStore store;
    private final MemberListings listings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MembershipWorkflow(MemberStore store, MemberListings listings, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.listings = listings;
        this.events = events;
        this.clock = clock;
    }

    /**
     * A new application, owned by the applicant. The same request run again under its idempotency
     * key finds the application it made; another application with the same code is refused,
     * naming the membership that holds it.
     */
    Member apply(HostedTenant tenant, String applicant, String id, MembershipApplicationInput input) {
        Member earlier = store.byLocalId(tenant, id).orElse(null);
        if (earlier != null) {
            return earlier;
        }
        refuseTooMany(tenant, applicant);
        refuseTakenCode(tenant, input, null);
        Member member = input.toMember(id, tenant.id(), applicant, clock.instant());
        try {
            store.documents().insert(tenant, member);
        } catch (DuplicateKeyException e) {
            // applied for at the same moment by someone else
            refuseTakenCode(tenant, input, null);
            throw e;
        }
        events.publishEvent(new MembershipChanged(tenant, member, null, applicant));
        return member;
    }

    /** A returned application, completed by its owner and sent again. */
    Member reapply(HostedTenant tenant, String applicant, String id, long expectedVersion, MembershipApplicationInput input) {
        Member current = own(tenant, applicant, id, expectedVersion);
        requireMove(current, MembershipStatus.APPLIED);
        refuseTakenCode(tenant, input, current.id());
        Instant now = clock.instant();
        Member next = current.reapplied(input.toMember(current.id(), tenant.id(), applicant, now), applicant, now);
        store.documents().replace(tenant, current, next);
        events.publishEvent(new MembershipChanged(tenant, next, current.status(), applicant));
        return next;
    }

    Member verify(HostedTenant tenant, String operator, String id, long expectedVersion) {
        return move(tenant, operator, id, expectedVersion, MembershipStatus.APPLIED, MembershipStatus.VERIFIED, null);
    }

    Member returnForMore(HostedTenant tenant, String operator, String id, long expectedVersion, String reason) {
        return move(tenant, operator, id, expectedVersion, MembershipStatus.APPLIED, MembershipStatus.RETURNED, requireReason(reason));
    }

    Member reject(HostedTenant tenant, String operator, String id, long expectedVersion, String reason) {
        return move(tenant, operator, id, expectedVersion, MembershipStatus.APPLIED, MembershipStatus.REJECTED, requireReason(reason));
    }

    /** Also withdraws its published listings, first: a retry after a failure finds fewer left to withdraw. */
    Member suspend(HostedTenant tenant, String operator, String id, long expectedVersion, String reason) {
        String why = requireReason(reason);
        Member current = store.documents().atVersion(tenant, id, expectedVersion);
        if (current.status() != MembershipStatus.VERIFIED) {
            throw illegal(current, MembershipStatus.SUSPENDED);
        }
        listings.withdrawPublished(tenant, current, operator);
        return move(tenant, operator, id, expectedVersion, MembershipStatus.VERIFIED, MembershipStatus.SUSPENDED, why);
    }

    Member reinstate(HostedTenant tenant, String operator, String id, long expectedVersion) {
        return move(tenant, operator, id, expectedVersion, MembershipStatus.SUSPENDED, MembershipStatus.VERIFIED, null);
    }

    /** One step, from where it starts: verifying and reinstating both end in verified, each from its own status. */
    private Member move(HostedTenant tenant, String actor, String id, long expectedVersion, MembershipStatus from, MembershipStatus target,
                        String reason) {
        Member current = store.documents().atVersion(tenant, id, expectedVersion);
        if (current.status() != from) {
            throw illegal(current, target);
        }
        requireMove(current, target);
        Member next = current.moved(target, actor, clock.instant(), reason);
        store.documents().replace(tenant, current, next);
        events.publishEvent(new MembershipChanged(tenant, next, current.status(), actor));
        return next;
    }

    /** The applicant's own application at the version they saw; anyone else's is not found. */
    private Member own(HostedTenant tenant, String subject, String id, long expectedVersion) {
        Member member = store.documents().find(tenant, "id", id).filter(m -> m.actsFor(subject))
                .orElseThrow(() -> new RecordNotFoundException("id"));
        return store.documents().atVersion(tenant, member.globalId(), expectedVersion);
    }

    /** At most {@link #APPLICATIONS_PER_DAY} applications per person and sub-market in 24 hours: enough for an agent filing for several, too few to flood the operators. */
    private void refuseTooMany(HostedTenant tenant, String applicant) {
        Instant dayAgo = clock.instant().minus(java.time.Duration.ofDays(1));
        long recent = store.of(tenant, applicant).stream().filter(member -> member.createdAt().isAfter(dayAgo)).count();
        if (recent >= APPLICATIONS_PER_DAY) {
            throw new BadInputException("input", "you have applied " + recent + " times here in the last 24 hours; at most "
                    + APPLICATIONS_PER_DAY + " a day", TOO_MANY_APPLICATIONS);
        }
    }

    private void refuseTakenCode(HostedTenant tenant, MembershipApplicationInput input, String exceptLocalId) {
        store.byCode(tenant, input.normalizedCode())
                .filter(holder -> !holder.id().equals(exceptLocalId))
                .ifPresent(holder -> {
                    throw new BadInputException("input.creditCode", "is already held by membership " + holder.globalId()
                            + " (" + holder.name() + ", " + holder.status().name().toLowerCase() + "); one membership per code and sub-market");
                });
    }

    private static void requireMove(Member current, MembershipStatus target) {
        if (!current.status().canMoveTo(target)) {
            throw illegal(current, target);
        }
    }

    private static BadInputException illegal(Member current, MembershipStatus target) {
        return BadInputException.illegalTransition("id", English.withArticle(label(current.status()) + " membership")
                + " cannot take this step to " + label(target));
    }

    private static String requireReason(String reason) {
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            throw new BadInputException("reason", "must say why, in 1 to 500 characters");
        }
        return reason.strip();
    }

    private static String label(MembershipStatus status) {
        return status.name().toLowerCase();
    }
}
