package cn.techmarket.tenant.matching;

import cn.techmarket.graphql.security.Caller;
import cn.techmarket.model.access.MarketRole;
import cn.techmarket.tenant.tenancy.HostedTenant;
import org.springframework.data.mongodb.core.query.Criteria;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * What of this sub-market's matchmaking a caller sees: everything for its own operators and
 * province staff; for an operator of another city, only what involves that city; for a member's
 * person, only what involves their members (their demands, their broker's matches).
 */
final class Involvement {

    private Involvement() {
    }

    /**
     * @param partnerField the document field naming the other city involved
     * @param members      the members (global ids) the caller acts for here
     * @param memberFields the document fields naming members involved
     */
    static Criteria visibleTo(Caller caller, HostedTenant tenant, String partnerField, Set<String> members, String... memberFields) {
        if (caller.readsPrivateDataOf(tenant.id())) {
            return new Criteria();
        }
        List<Criteria> involving = new ArrayList<>();
        if (partnerOperator(caller)) {
            involving.add(where(partnerField).is(caller.tenant()));
        }
        if (!members.isEmpty()) {
            for (String field : memberFields) {
                involving.add(where(field).in(members));
            }
        }
        // the schema admits no one else, but a caller involved in nothing must see nothing
        return involving.isEmpty() ? where("_id").exists(false) : new Criteria().orOperator(involving);
    }

    /** @param involvesMember whether a member the caller acts for is involved */
    static boolean sees(Caller caller, HostedTenant tenant, String partnerTenantId, boolean involvesMember) {
        return caller.readsPrivateDataOf(tenant.id()) || (partnerOperator(caller) && caller.tenant().equals(partnerTenantId)) || involvesMember;
    }

    private static boolean partnerOperator(Caller caller) {
        return caller.has(MarketRole.CITY_OPERATOR) && caller.tenant() != null;
    }
}
