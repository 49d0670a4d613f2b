package cn.techmarket.tenant.activity;

import cn.techmarket.model.id.TypedId;
import cn.techmarket.tenant.documents.WorkflowDocuments;

import java.time.Instant;

/**
 * A question put to a roadshow's presenters by an attendee (路演问答): published or rejected by the
 * organisers, answered by a presenter's people or the organisers. Until published only the asker
 * and the organisers see it.
 *
 * @param askedBy     the person who asked (subject)
 * @param askerMember the member (global id) the person asked for, and its name as shown
 */
public record Question(String id, String tenantId, long version, String activityId, String askedBy, String askerMember, String askerName,
                       String text, Status status, Answer answer, Instant askedAt, Instant updatedAt) implements WorkflowDocuments.Versioned {

    public static final String TYPE_NAME = "ActivityQuestion";

    /** pending (待审核) → published (已公开) | rejected (未公开). */
    public enum Status {
        PENDING("待审核"), PUBLISHED("已公开"), REJECTED("未公开");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** @param by who answered: a presenter's title, or the organisers */
    public record Answer(String text, String by, String answeredBy, Instant at) {
    }

    public String globalId() {
        return new TypedId(tenantId, TYPE_NAME, id).encode();
    }

    Question moderated(Status status, Instant at) {
        return new Question(id, tenantId, version + 1, activityId, askedBy, askerMember, askerName, text, status, answer, askedAt, at);
    }

    Question answered(Answer answer, Instant at) {
        return new Question(id, tenantId, version + 1, activityId, askedBy, askerMember, askerName, text, status, answer, askedAt, at);
    }
}
