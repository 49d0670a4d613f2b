package cn.techmarket.tenant.matching;

import cn.techmarket.model.matching.MatchStatus;
import cn.techmarket.model.record.RecordKind;
import cn.techmarket.model.id.TypedId;
import cn.techmarket.tenant.documents.WorkflowDocuments;
import cn.techmarket.tenant.library.Contact;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A broker's match of one of this sub-market's demands with a candidate of any city, with its
 * notes and its whole history. Kept here, by the demand's sub-market, which alone changes it.
 *
 * @param demandOwner      the member (global id) that owns the demand, who follows the match; null for the sub-market's own
 * @param demandContact    the demand's contact, disclosed to the candidate's side once the match is contacted
 * @param candidateContact the candidate's contact, disclosed to the demand's owner once the match is contacted
 */
public record Match(String id, String tenantId, String demandId, String demandTitle, String candidateId,
                    RecordKind candidateKind, String candidateTenantId, String candidateTitle, Broker broker,
                    MatchStatus status, String closeReason, List<Note> notes, List<Transition> history, long version,
                    Instant createdAt, String createdBy, Instant updatedAt, String demandOwner, Contact demandContact,
                    Contact candidateContact) implements WorkflowDocuments.Versioned {

    /** The GraphQL type, as global ids name it. */
    public static final String TYPE_NAME = "Match";

    public String globalId() {
        return new TypedId(tenantId, TYPE_NAME, id).encode();
    }

    /** @param memberId the broker member (global id) who proposed it and moves it; null when the operators named a broker */
    public record Broker(String name, String certificateNo, String memberId) {
    }

    public record Note(Instant at, String author, String text) {
    }

    public record Transition(Instant at, String actor, MatchStatus from, MatchStatus to, String reason) {
    }

    /** Whether one of the members is the demand's owner or the broker. */
    boolean involvesOneOf(Set<String> members) {
        return (demandOwner != null && members.contains(demandOwner)) || (broker.memberId() != null && members.contains(broker.memberId()));
    }

    /** The match moved on, one version later, with the move in its history. */
    Match moved(MatchStatus target, String actor, Instant at, String reason) {
        List<Transition> transitions = new ArrayList<>(history);
        transitions.add(new Transition(at, actor, status, target, reason));
        return new Match(id, tenantId, demandId, demandTitle, candidateId, candidateKind, candidateTenantId, candidateTitle, broker,
                target, target == MatchStatus.CLOSED ? reason : closeReason, notes, List.copyOf(transitions), version + 1,
                createdAt, createdBy, at, demandOwner, demandContact, candidateContact);
    }

    /** As {@link #moved} to contacted: the parties have agreed to talk, so each side's contact is kept for the other. */
    Match contacted(String actor, Instant at, Contact ofDemand, Contact ofCandidate) {
        Match moved = moved(MatchStatus.CONTACTED, actor, at, null);
        return new Match(id, tenantId, demandId, demandTitle, candidateId, candidateKind, candidateTenantId, candidateTitle, broker,
                moved.status, closeReason, notes, moved.history, moved.version, createdAt, createdBy, at, demandOwner, ofDemand, ofCandidate);
    }

    Match noted(String author, Instant at, String text) {
        List<Note> all = new ArrayList<>(notes);
        all.add(new Note(at, author, text));
        return new Match(id, tenantId, demandId, demandTitle, candidateId, candidateKind, candidateTenantId, candidateTitle, broker,
                status, closeReason, List.copyOf(all), history, version + 1, createdAt, createdBy, at, demandOwner, demandContact,
                candidateContact);
    }
}
