package cn.techmarket.tenant.matching;

import cn.techmarket.graphql.security.Caller;
import cn.techmarket.tenant.tenancy.HostedTenant;
import org.springframework.data.mongodb.core.query.Criteria;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * What of this sub-market's matchmaking a caller sees: everything for its own operators and
 * province staff; for an operator of another city, only what involves that city.
 */
final class Involvement {

    private Involvement() {
    }

    /**
     * @param partnerField the document field naming the other city involved
     */
    static Criteria visibleTo(Caller caller, HostedTenant tenant, String partnerField) {
        if (caller.readsPrivateDataOf(tenant.id())) {
            return new Criteria();
        }
        // the schema admits no one else, but an operator without a tenant claim must see nothing
        return caller.tenant() == null ? where("_id").exists(false) : where(partnerField).is(caller.tenant());
    }

    static boolean sees(Caller caller, HostedTenant tenant, String partnerTenantId) {
        return caller.readsPrivateDataOf(tenant.id()) || (caller.tenant() != null && caller.tenant().equals(partnerTenantId));
    }
}
