package cn.techmarket.tenant.challenge;

import cn.techmarket.model.id.TypedId;
import cn.techmarket.model.member.MemberKind;
import cn.techmarket.tenant.documents.WorkflowDocuments;
import cn.techmarket.tenant.member.Member;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * 揭榜申请: a verified member's application for a list, alone or leading a consortium (联合体) whose
 * partners each confirm they take part. Kept by the list's market; seen by the people who sent or
 * confirmed it, the market's operators and province staff. Whether it was selected follows from
 * the list, so selecting writes one document.
 *
 * @param challengeId the list's local id
 * @param people      the people who may read it: who applied for the lead, and who confirmed for a partner
 * @param avoid       experts (global ids) the applicant asks to be kept off its review (申请回避)
 */
public record ChallengeApplication(String id, String tenantId, String challengeId, long version, Party lead, List<Party> partners,
                                   List<TeamMember> team, String plan, BigDecimal budget, List<PlannedMilestone> milestones,
                                   List<Member.Attachment> attachments, List<String> avoid, Set<String> people, String withdrawalReason,
                                   Instant createdAt, Instant updatedAt) implements WorkflowDocuments.Versioned {

    public static final String TYPE_NAME = "ChallengeApplication";

    /** A member taking part; a partner is unconfirmed, and unnamed, until one of its people confirms. */
    public record Party(String memberId, String tenantId, String name, MemberKind kind, String confirmedBy, Instant confirmedAt) {

        boolean confirmed() {
            return confirmedBy != null;
        }
    }

    public record TeamMember(String name, String title, String institution, String role) {
    }

    public record PlannedMilestone(String title, String deliverable, LocalDate due, int paymentPercent) {
    }

    public String globalId() {
        return new TypedId(tenantId, TYPE_NAME, id).encode();
    }

    boolean withdrawn() {
        return withdrawalReason != null;
    }

    /** Every partner confirmed: only a complete application goes to review. */
    boolean complete() {
        return partners.stream().allMatch(Party::confirmed);
    }

    /** The organisations and institutions behind it, for conflicts of interest: the members and the team's institutions. */
    List<String> institutions() {
        List<String> names = new ArrayList<>();
        names.add(lead.name());
        partners.stream().map(Party::name).filter(java.util.Objects::nonNull).forEach(names::add);
        team.stream().map(TeamMember::institution).filter(java.util.Objects::nonNull).forEach(names::add);
        return names;
    }

    /** The lead and the confirmed partners in words, e.g. 吉林理工学院（牵头）、长春华创新材料科技有限公司. */
    String applicantNames() {
        List<String> names = new ArrayList<>();
        names.add(partners.isEmpty() ? lead.name() : lead.name() + "（牵头）");
        partners.stream().map(Party::name).filter(java.util.Objects::nonNull).forEach(names::add);
        return String.join("、", names);
    }

    ChallengeApplication withdrawn(String reason, Instant at) {
        return new ChallengeApplication(id, tenantId, challengeId, version + 1, lead, partners, team, plan, budget, milestones, attachments, avoid,
                people, reason, createdAt, at);
    }

    ChallengeApplication confirmedBy(Party partner, String subject, Instant at) {
        List<Party> next = partners.stream().map(p -> p.memberId().equals(partner.memberId()) ? partner : p).toList();
        Set<String> readers = new LinkedHashSet<>(people);
        readers.add(subject);
        return new ChallengeApplication(id, tenantId, challengeId, version + 1, lead, next, team, plan, budget, milestones, attachments, avoid,
                Set.copyOf(readers), withdrawalReason, createdAt, at);
    }
}
