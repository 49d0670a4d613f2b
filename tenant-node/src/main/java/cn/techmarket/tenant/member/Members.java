package cn.techmarket.tenant.member;

import cn.techmarket.graphql.errors.BadInputException;
import cn.techmarket.graphql.security.Caller;
import cn.techmarket.model.member.MemberKind;
import cn.techmarket.tenant.documents.RecordNotFoundException;
import cn.techmarket.tenant.tenancy.HostedTenant;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** What other features ask of members: which member a person acts for, and whether it may act on the market. */
@Component
public class Members {

    private final MemberStore store;

    Members(MemberStore store) {
        this.store = store;
    }

    /**
     * The member the id names, verified, and one the person acts for (any person when {@code subject}
     * is null, for the city's operators).
     *
     * @throws BadInputException naming {@code field}: not found (as if it did not exist) when it is not the person's, invalid when not verified
     */
    public Member requireActive(HostedTenant tenant, String field, String memberId, String subject) {
        Member member = store.documents().find(tenant, field, memberId)
                .filter(found -> subject == null || found.actsFor(subject))
                .orElseThrow(() -> new RecordNotFoundException(field));
        if (!member.status().active()) {
            throw new BadInputException(field, "the member is " + member.status().name().toLowerCase() + "; only a verified member acts on the market");
        }
        return member;
    }

    /**
     * The member a request acts as: for the sub-market's operators, the verified member they name, or
     * none; for a member's person, a verified member they act for, which they must name.
     *
     * @param missing what to tell a person who named none
     */
    public Member actingFor(HostedTenant tenant, Caller caller, String field, String memberId, String missing) {
        if (caller.operates(tenant.id())) {
            return memberId == null ? null : requireActive(tenant, field, memberId, null);
        }
        if (memberId == null) {
            throw new BadInputException(field, missing);
        }
        return requireActive(tenant, field, memberId, caller.subject());
    }

    /** The people who act for the member the global id names; none when there is no such member here. */
    public List<String> peopleOf(HostedTenant tenant, String memberId) {
        return store.documents().find(tenant, "owner", memberId)
                .map(member -> member.users().stream().map(Member.MemberUser::subject).toList())
                .orElse(java.util.List.of());
    }

    /** The verified members of the kind. */
    public List<Member> verified(HostedTenant tenant, MemberKind kind) {
        return store.allVerified(tenant, kind);
    }

    /** The members (global ids) of this sub-market the person acts for, in any status. */
    public Set<String> of(HostedTenant tenant, String subject) {
        return store.of(tenant, subject).stream().map(Member::globalId).collect(Collectors.toSet());
    }
}
