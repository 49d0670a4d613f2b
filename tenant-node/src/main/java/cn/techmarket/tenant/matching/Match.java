package cn.techmarket.tenant.matching;

import cn.techmarket.model.matching.MatchStatus;
import cn.techmarket.model.record.RecordKind;
import cn.techmarket.tenant.documents.WorkflowDocuments;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A broker's match of one of this sub-market's demands with a candidate of any city, with its
 * notes and its whole history. Kept here, by the demand's sub-market, which alone changes it.
 */
public record Match(String id, String tenantId, String demandId, String demandTitle, String candidateId,
                    RecordKind candidateKind, String candidateTenantId, String candidateTitle, Broker broker,
                    MatchStatus status, String closeReason, List<Note> notes, List<Transition> history, long version,
                    Instant createdAt, String createdBy, Instant updatedAt) implements WorkflowDocuments.Versioned {

    public record Broker(String name, String certificateNo) {
    }

    public record Note(Instant at, String author, String text) {
    }

    public record Transition(Instant at, String actor, MatchStatus from, MatchStatus to, String reason) {
    }

    /** The match moved on, one version later, with the move in its history. */
    Match moved(MatchStatus target, String actor, Instant at, String reason) {
        List<Transition> transitions = new ArrayList<>(history);
        transitions.add(new Transition(at, actor, status, target, reason));
        return new Match(id, tenantId, demandId, demandTitle, candidateId, candidateKind, candidateTenantId, candidateTitle, broker,
                target, target == MatchStatus.CLOSED ? reason : closeReason, notes, List.copyOf(transitions), version + 1,
                createdAt, createdBy, at);
    }

    Match noted(String author, Instant at, String text) {
        List<Note> all = new ArrayList<>(notes);
        all.add(new Note(at, author, text));
        return new Match(id, tenantId, demandId, demandTitle, candidateId, candidateKind, candidateTenantId, candidateTitle, broker,
                status, closeReason, List.copyOf(all), history, version + 1, createdAt, createdBy, at);
    }
}
