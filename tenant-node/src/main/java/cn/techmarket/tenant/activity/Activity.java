package cn.techmarket.tenant.activity;

import cn.techmarket.model.id.TypedId;
import cn.techmarket.model.record.Industry;
import cn.techmarket.model.record.RecordKind;
import cn.techmarket.tenant.documents.WorkflowDocuments;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * An activity a market organises (活动): an online exhibition, a roadshow, a matchmaking fair or a
 * bank–enterprise session. Kept by the organising market, a city's or the province's; its exhibits
 * and presenters are records of any city, shown with their owners' consent, and its outcomes are
 * what came of it. Who registered to attend is kept apart ({@link Roster}), so that hundreds
 * registering do not contend with the organisers' edits.
 *
 * @param endsAt null for a rolling exhibition (流动展会), open until it is concluded
 */
public record Activity(String id, String tenantId, long version, Kind kind, FairFormat fairFormat, String title, String theme, String description,
                       List<Industry> industries, boolean online, String place, Instant startsAt, Instant endsAt, Integer capacity,
                       List<Hall> halls, Status status, String statusReason, List<Participant> participants, List<Outcome> outcomes,
                       List<Transition> history, Instant createdAt, String createdBy, Instant updatedAt) implements WorkflowDocuments.Versioned {

    public static final String TYPE_NAME = "Activity";

    public enum Kind {
        EXHIBITION("网上展会"), ROADSHOW("项目路演"), FAIR("对接会"), BANK_ENTERPRISE("银企对接会");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** What kind of matchmaking fair: 综合 / 专题 / 点对点 / 两院十校专场 / 沙龙. */
    public enum FairFormat {
        COMPREHENSIVE("综合对接会"), THEMED("专题对接会"), ONE_TO_ONE("点对点对接"), UNIVERSITIES("两院十校专场"), SALON("交流沙龙");

        private final String label;

        FairFormat(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** draft (筹备中) → published (已发布) → concluded (已办结); draft or published → cancelled (已取消). */
    public enum Status {
        DRAFT("筹备中"), PUBLISHED("已发布"), CONCLUDED("已办结"), CANCELLED("已取消");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** An exhibition's themed hall (展厅). */
    public record Hall(int number, String name, String theme) {
    }

    public enum Role { EXHIBIT, PRESENTER }

    /** invited (已邀请) → accepted (已确认) | declined (已谢绝). */
    public enum Consent {
        INVITED("已邀请"), ACCEPTED("已确认"), DECLINED("已谢绝");

        private final String label;

        Consent(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * An exhibit or a presenter: a published record of any city, or an enterprise's financing pitch
     * (the enterprise member, what it seeks and why).
     *
     * @param recordId    the record (global id), null for a pitch
     * @param owner       the member (global id) whose people consent; null for a record the organising market keeps itself
     * @param hall        an exhibit's hall number
     * @param slotStartsAt a presenter's time slot
     * @param amountSought a pitch's financing sought, CNY
     */
    public record Participant(int number, Role role, String recordId, RecordKind recordKind, String recordTenantId, String title, String owner,
                              Integer hall, Instant slotStartsAt, Instant slotEndsAt, String streamUrl, String recordingUrl,
                              String pitch, BigDecimal amountSought, Consent consent, String declineReason, Instant invitedAt,
                              String invitedBy, Instant answeredAt, String answeredBy) {

        Participant answered(Consent to, String reason, String actor, Instant at) {
            return new Participant(number, role, recordId, recordKind, recordTenantId, title, owner, hall, slotStartsAt, slotEndsAt, streamUrl,
                    recordingUrl, pitch, amountSought, to, reason, invitedAt, invitedBy, at, actor);
        }
    }

    public enum OutcomeKind {
        INTENTION_AGREEMENT("意向协议"), MATCH_STARTED("撮合立项"), FINANCING_INTENTION("融资意向");

        private final String label;

        OutcomeKind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** A party to an outcome: a member of any city (global id), or an organisation by name alone. */
    public record Party(String memberId, String name) {
    }

    /**
     * What came of the activity.
     *
     * @param matchId the broker match it started (global id), for MATCH_STARTED
     */
    public record Outcome(int number, OutcomeKind kind, List<Party> parties, BigDecimal amount, String note, String matchId, String recordedBy,
                          Instant recordedAt) {
    }

    public record Transition(Instant at, String actor, Status from, Status to, String reason) {
    }

    public String globalId() {
        return new TypedId(tenantId, TYPE_NAME, id).encode();
    }

    Optional<Participant> participant(int number) {
        return participants.stream().filter(p -> p.number() == number).findFirst();
    }

    /** Whether it has ended by {@code now}: its end passed (a rolling exhibition ends when concluded). */
    boolean ended(Instant now) {
        return status == Status.CONCLUDED || (endsAt != null && !now.isBefore(endsAt));
    }

    Activity moved(Status target, String actor, Instant at, String reason) {
        List<Transition> transitions = new ArrayList<>(history);
        transitions.add(new Transition(at, actor, status, target, reason));
        return new Activity(id, tenantId, version + 1, kind, fairFormat, title, theme, description, industries, online, place, startsAt, endsAt,
                capacity, halls, target, reason, participants, outcomes, List.copyOf(transitions), createdAt, createdBy, at);
    }

    Activity edited(Activity edit, Instant at) {
        return new Activity(id, tenantId, version + 1, edit.kind, edit.fairFormat, edit.title, edit.theme, edit.description, edit.industries,
                edit.online, edit.place, edit.startsAt, edit.endsAt, edit.capacity, edit.halls, status, statusReason, participants, outcomes,
                history, createdAt, createdBy, at);
    }

    Activity withParticipants(UnaryOperator<List<Participant>> change, Instant at) {
        return new Activity(id, tenantId, version + 1, kind, fairFormat, title, theme, description, industries, online, place, startsAt, endsAt,
                capacity, halls, status, statusReason, List.copyOf(change.apply(new ArrayList<>(participants))), outcomes, history, createdAt,
                createdBy, at);
    }

    Activity withOutcome(Outcome outcome, Instant at) {
        List<Outcome> next = new ArrayList<>(outcomes);
        next.add(outcome);
        return new Activity(id, tenantId, version + 1, kind, fairFormat, title, theme, description, industries, online, place, startsAt, endsAt,
                capacity, halls, status, statusReason, participants, List.copyOf(next), history, createdAt, createdBy, at);
    }
}
