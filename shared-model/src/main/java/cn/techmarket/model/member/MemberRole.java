package cn.techmarket.model.member;

/** What a person is to a member: the owner, who applied and invites others, or a colleague. */
public enum MemberRole { OWNER, COLLEAGUE }
