package cn.techmarket.tenant.matching;

import cn.techmarket.model.matching.MatchStatus;
import cn.techmarket.tenant.tenancy.HostedTenant;

/**
 * A match took a step, published right after it is stored, for those who tell people (the inbox).
 *
 * @param from where it stood before; null for a new proposal
 */
public record MatchChanged(HostedTenant tenant, Match match, MatchStatus from, String actor) {
}
