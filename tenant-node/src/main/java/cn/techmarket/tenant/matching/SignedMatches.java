package cn.techmarket.tenant.matching;

import cn.techmarket.graphql.errors.BadInputException;
import cn.techmarket.model.matching.MatchStatus;
import cn.techmarket.tenant.contract.MatchLinks;
import cn.techmarket.tenant.tenancy.HostedTenant;
import org.springframework.stereotype.Component;

/** A contract links the match that brought it about once the match is signed, here where the match is kept. */
@Component
class SignedMatches implements MatchLinks {

    private final MatchStore store;

    SignedMatches(MatchStore store) {
        this.store = store;
    }

    @Override
    public void requireSigned(HostedTenant tenant, String field, String matchId) {
        Match match = store.documents().find(tenant, field, matchId)
                .orElseThrow(() -> new BadInputException(field, "no such match in this sub-market"));
        if (match.status() != MatchStatus.SIGNED) {
            throw new BadInputException(field, "the match is " + match.status().name().toLowerCase() + "; a contract links a signed match");
        }
    }
}
