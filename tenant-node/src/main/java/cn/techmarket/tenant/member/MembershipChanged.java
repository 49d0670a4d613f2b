package cn.techmarket.tenant.member;

import cn.techmarket.model.member.MembershipStatus;
import cn.techmarket.tenant.tenancy.HostedTenant;

/**
 * A membership took a step, published right after it is stored, for those who tell people (the
 * inbox).
 *
 * @param from where it stood before; null for a new application
 */
public record MembershipChanged(HostedTenant tenant, Member member, MembershipStatus from, String actor) {
}
