package cn.techmarket.tenant.member;

import cn.techmarket.graphql.errors.BadInputException;
import cn.techmarket.tenant.documents.RecordNotFoundException;
import cn.techmarket.tenant.tenancy.HostedTenant;
import org.springframework.stereotype.Component;

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

    /** The people who act for the member the global id names; none when there is no such member here. */
    public java.util.List<String> peopleOf(HostedTenant tenant, String memberId) {
        return store.documents().find(tenant, "owner", memberId)
                .map(member -> member.users().stream().map(Member.MemberUser::subject).toList())
                .orElse(java.util.List.of());
    }

    /** The members (global ids) of this sub-market the person acts for, in any status. */
    public Set<String> of(HostedTenant tenant, String subject) {
        return store.of(tenant, subject).stream().map(Member::globalId).collect(Collectors.toSet());
    }
}
