package cn.techmarket.tenant.contract;

import cn.techmarket.tenant.tenancy.HostedTenant;

/**
 * The match a contract says brought it about, as matchmaking decides it: the contract package
 * asks and knows nothing of matches itself.
 */
public interface MatchLinks {

    /**
     * @throws cn.techmarket.graphql.errors.BadInputException naming {@code field} unless the id is a signed match of this sub-market
     */
    void requireSigned(HostedTenant tenant, String field, String matchId);

    /**
     * The open match (global id) that put the achievement before the buyer: the buyer's demand
     * matched with it, in the buyer's city when this node hosts it.
     */
    java.util.Optional<String> openMatchFor(String achievementId, String buyerMemberId, String buyerTenantId);
}
