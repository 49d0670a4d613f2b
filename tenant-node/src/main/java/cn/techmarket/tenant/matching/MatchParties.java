package cn.techmarket.tenant.matching;

import cn.techmarket.graphql.security.Caller;
import cn.techmarket.model.access.MarketRole;
import cn.techmarket.tenant.documents.RecordNotFoundException;
import cn.techmarket.tenant.library.LibraryRecord;
import cn.techmarket.tenant.member.Members;
import cn.techmarket.tenant.tenancy.HostedTenant;
import org.springframework.stereotype.Component;

import java.util.Set;

/**
 * Who acts on matchmaking besides the sub-market's operators: the member that owns a demand (its
 * matches and meeting requests) and the broker member who proposed a match. Anything else of
 * theirs is as if it did not exist.
 */
@Component
class MatchParties {

    private final Members members;

    MatchParties(Members members) {
        this.members = members;
    }

    /** The members (global ids) the caller acts for here; none for the operators, who see everything anyway. */
    Set<String> of(HostedTenant tenant, Caller caller) {
        return caller.has(MarketRole.MEMBER) ? members.of(tenant, caller.subject()) : Set.of();
    }

    /** An operator, or a person of the verified member that owns the demand. */
    void requireDemandOwner(HostedTenant tenant, Caller caller, String field, LibraryRecord demand) {
        requireOperatorOrPersonOf(tenant, caller, field, demand.meta().owner());
    }

    /** An operator, or a person of the verified member that owns the demand the meeting request is for. */
    void requireDemandOwnerOf(HostedTenant tenant, Caller caller, MeetingRequest request) {
        requireOperatorOrPersonOf(tenant, caller, "id", request.demandOwner());
    }

    /** An operator, or a person of the verified broker member who proposed the match. */
    void requireBroker(HostedTenant tenant, Caller caller, Match match) {
        requireOperatorOrPersonOf(tenant, caller, "id", match.broker().memberId());
    }

    private void requireOperatorOrPersonOf(HostedTenant tenant, Caller caller, String field, String member) {
        if (caller.operates(tenant.id())) {
            return;
        }
        if (member == null || !of(tenant, caller).contains(member)) {
            throw new RecordNotFoundException(field);
        }
        members.requireActive(tenant, field, member, caller.subject());
    }
}
