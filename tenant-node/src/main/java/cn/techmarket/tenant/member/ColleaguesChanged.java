package cn.techmarket.tenant.member;

import cn.techmarket.tenant.tenancy.HostedTenant;

/**
 * A colleague was added to a member or removed, published right after it is stored, for those
 * who tell people (the inbox).
 */
public record ColleaguesChanged(HostedTenant tenant, Member member, String colleague, boolean added, String actor) {
}
