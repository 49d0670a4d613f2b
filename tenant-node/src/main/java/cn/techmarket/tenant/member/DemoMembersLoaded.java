package cn.techmarket.tenant.member;

import cn.techmarket.tenant.tenancy.HostedTenant;

/** The demo members and their listings were just loaded into the city, for the demo data that builds on them (matches). */
public record DemoMembersLoaded(HostedTenant tenant) {
}
