package cn.techmarket.tenant.matching;

import cn.techmarket.model.matching.MeetingStatus;
import cn.techmarket.model.id.TypedId;
import cn.techmarket.tenant.documents.WorkflowDocuments;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * An enterprise's request to meet an expert it picked from its menu, kept by the demand's sub-market.
 *
 * @param demandOwner the member (global id) that owns the demand and asked, who follows the request; null for the sub-market's own
 */
public record MeetingRequest(String id, String tenantId, String demandId, String enterpriseName, String expertId,
                             String expertTenantId, String expertName, String topic, List<Instant> proposedTimes,
                             Instant scheduledAt, MeetingStatus status, String statusReason, List<Transition> history,
                             long version, Instant createdAt, String createdBy, Instant updatedAt, String demandOwner)
        implements WorkflowDocuments.Versioned {

    /** The GraphQL type, as global ids name it. */
    public static final String TYPE_NAME = "MeetingRequest";

    public String globalId() {
        return new TypedId(tenantId, TYPE_NAME, id).encode();
    }

    public record Transition(Instant at, String actor, MeetingStatus from, MeetingStatus to, String reason) {
    }

    MeetingRequest moved(MeetingStatus target, Instant meetingAt, String actor, Instant at, String reason) {
        List<Transition> transitions = new ArrayList<>(history);
        transitions.add(new Transition(at, actor, status, target, reason));
        return new MeetingRequest(id, tenantId, demandId, enterpriseName, expertId, expertTenantId, expertName, topic, proposedTimes,
                meetingAt != null ? meetingAt : scheduledAt, target, reason, List.copyOf(transitions), version + 1, createdAt, createdBy, at,
                demandOwner);
    }
}
