package cn.techmarket.tenant.crossmarket;

import cn.techmarket.model.member.MemberKind;

/**
 * A verified member of any market, as another market needs to know it: who it is and where.
 *
 * @param creditCode its unified social credit code (or a person's resident identity number), as a contract names its parties
 */
public record MemberCard(String id, String tenantId, MemberKind kind, String name, String creditCode) {
}
