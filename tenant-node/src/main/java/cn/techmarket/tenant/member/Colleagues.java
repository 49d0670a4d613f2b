package cn.techmarket.tenant.member;

import cn.techmarket.graphql.errors.BadInputException;
import cn.techmarket.model.member.MemberRole;
import cn.techmarket.model.member.MembershipStatus;
import cn.techmarket.tenant.documents.RecordNotFoundException;
import cn.techmarket.tenant.tenancy.HostedTenant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The people who act for a member: its owner, who applied, invites colleagues by the account name
 * they sign in with and removes them. A colleague acts for the member at once, and no longer once
 * removed; only the owner changes who they are.
 */
@Component
class Colleagues {

    static final int MAX_PEOPLE = 20;
    private static final Pattern ACCOUNT = Pattern.compile("[A-Za-z0-9._@-]{3,64}");

    private final MemberStore store;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Colleagues(MemberStore store, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.events = events;
        this.clock = clock;
    }

    Member invite(HostedTenant tenant, String owner, String id, long expectedVersion, String subject) {
        requireAccount(subject);
        Member current = store.documents().atVersion(tenant, id, expectedVersion, member -> requireOwner(member, owner));
        if (current.actsFor(subject)) {
            throw new BadInputException("subject", "already acts for this member");
        }
        if (current.users().size() >= MAX_PEOPLE) {
            throw new BadInputException("subject", "a member has at most " + MAX_PEOPLE + " people; remove one first");
        }
        List<Member.MemberUser> users = new ArrayList<>(current.users());
        users.add(new Member.MemberUser(subject, MemberRole.COLLEAGUE, clock.instant()));
        return store(tenant, current, current.withUsers(users, clock.instant()), subject, true, owner);
    }

    Member remove(HostedTenant tenant, String owner, String id, long expectedVersion, String subject) {
        requireAccount(subject);
        Member current = store.documents().atVersion(tenant, id, expectedVersion, member -> requireOwner(member, owner));
        if (!current.actsFor(subject)) {
            throw new BadInputException("subject", "does not act for this member");
        }
        if (subject.equals(owner)) {
            throw new BadInputException("subject", "the owner stays with the member; remove colleagues only");
        }
        List<Member.MemberUser> users = current.users().stream().filter(user -> !user.subject().equals(subject)).toList();
        return store(tenant, current, current.withUsers(users, clock.instant()), subject, false, owner);
    }

    private Member store(HostedTenant tenant, Member current, Member next, String colleague, boolean added, String owner) {
        store.documents().replace(tenant, current, next);
        events.publishEvent(new ColleaguesChanged(tenant, next, colleague, added, owner));
        return next;
    }

    /** The owner's membership; a colleague is told they may not, anyone else finds nothing. */
    private static void requireOwner(Member member, String person) {
        if (!member.actsFor(person)) {
            throw new RecordNotFoundException("id");
        }
        boolean owner = member.users().stream().anyMatch(user -> user.subject().equals(person) && user.role() == MemberRole.OWNER);
        if (!owner) {
            throw new BadInputException("id", "only the member's owner invites and removes colleagues");
        }
        if (member.status() == MembershipStatus.REJECTED) {
            throw BadInputException.illegalTransition("id", "a rejected application has no colleagues");
        }
    }

    private static void requireAccount(String subject) {
        if (subject == null || !ACCOUNT.matcher(subject).matches()) {
            throw new BadInputException("subject", "must be the account name the colleague signs in with: 3 to 64 letters, digits, '.', '_', '@' or '-'");
        }
    }
}
