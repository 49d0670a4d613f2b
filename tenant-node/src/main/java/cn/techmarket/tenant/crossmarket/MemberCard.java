package cn.techmarket.tenant.crossmarket;

import cn.techmarket.model.member.MemberKind;

/** A verified member of any market, as another market needs to know it: who it is and where. */
public record MemberCard(String id, String tenantId, MemberKind kind, String name) {
}
