package cn.techmarket.tenant.member;

import cn.techmarket.model.id.TypedId;
import cn.techmarket.model.member.BrokerLevel;
import cn.techmarket.model.member.MemberKind;
import cn.techmarket.model.member.MemberRole;
import cn.techmarket.model.member.MembershipStatus;
import cn.techmarket.model.record.Industry;
import cn.techmarket.tenant.documents.WorkflowDocuments;
import cn.techmarket.tenant.library.Contact;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A member of the sub-market (注册会员), from its application on: what it is, who acts for it,
 * and every step of its verification, with the actor and reason.
 *
 * @param creditCode unique among the sub-market's memberships: one membership per organisation or person
 * @param createdAt  when it applied
 */
public record Member(String id, String tenantId, MemberKind kind, MembershipStatus status, long version, String name,
                     String creditCode, String regionCode, String address, Contact contact, List<Industry> industries,
                     String introduction, BrokerCertificate broker, List<Attachment> documents, List<MemberUser> users,
                     String statusReason, List<Transition> history, Instant createdAt, Instant verifiedAt, Instant updatedAt)
        implements WorkflowDocuments.Versioned {

    /** The GraphQL type, as global ids name it. */
    public static final String TYPE_NAME = "Member";

    public record BrokerCertificate(String certificateNumber, BrokerLevel level, String institution) {
    }

    public record Attachment(String name, String mediaType, long sizeBytes, String sha256) {
    }

    public record MemberUser(String subject, MemberRole role, Instant since) {
    }

    public record Transition(Instant at, String actor, MembershipStatus from, MembershipStatus to, String reason) {
    }

    public String globalId() {
        return new TypedId(tenantId, TYPE_NAME, id).encode();
    }

    /** Whether the person acts for this member, or applied for it. */
    public boolean actsFor(String subject) {
        return users.stream().anyMatch(user -> user.subject().equals(subject));
    }

    /** One version on, in another status, with the step recorded. */
    Member moved(MembershipStatus target, String actor, Instant at, String reason) {
        List<Transition> steps = new ArrayList<>(history);
        steps.add(new Transition(at, actor, status, target, reason));
        Instant verified = target == MembershipStatus.VERIFIED && verifiedAt == null ? at : verifiedAt;
        return new Member(id, tenantId, kind, target, version + 1, name, creditCode, regionCode, address, contact, industries,
                introduction, broker, documents, users, reason, List.copyOf(steps), createdAt, verified, at);
    }

    /** One version on, with other people acting for it. */
    Member withUsers(List<MemberUser> people, Instant at) {
        return new Member(id, tenantId, kind, status, version + 1, name, creditCode, regionCode, address, contact, industries,
                introduction, broker, documents, List.copyOf(people), statusReason, history, createdAt, verifiedAt, at);
    }

    /** The application completed as asked and sent again: its new content, applied once more. */
    Member reapplied(Member corrected, String actor, Instant at) {
        Member moved = moved(MembershipStatus.APPLIED, actor, at, null);
        return new Member(id, tenantId, corrected.kind, moved.status, moved.version, corrected.name, corrected.creditCode,
                corrected.regionCode, corrected.address, corrected.contact, corrected.industries, corrected.introduction,
                corrected.broker, corrected.documents, users, null, moved.history, createdAt, verifiedAt, at);
    }
}
