package cn.techmarket.tenant.contract;

import cn.techmarket.model.contract.ContractId;
import cn.techmarket.model.contract.ContractStatus;
import cn.techmarket.model.contract.ContractType;
import cn.techmarket.model.contract.PartyKind;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A technology contract as the sub-market keeps it, with its whole workflow history and, once
 * registered, its registration number and the subsidies it earned. A contract for a deal struck on the
 * market links its listing ({@code listingId}, global id). {@code registeredYear} and
 * {@code registeredMonth} are kept apart so that statistics need no date arithmetic.
 */
public record Contract(String id, String tenantId, ContractStatus status, long version, String registrationNumber,
                       ContractType type, String title, Party seller, Party buyer, BigDecimal amount,
                       BigDecimal technologyIncome, LocalDate signedOn, String achievementId, String demandId,
                       String matchId, List<Attachment> attachments, String statusReason, List<Transition> history,
                       List<SubsidyGrant> subsidies, BigDecimal subsidyTotal, Instant registeredAt, Integer registeredYear,
                       Integer registeredMonth, Instant createdAt, String createdBy, Instant updatedAt, String filedBy,
                       String listingId) {

    public record Party(String name, String creditCode, PartyKind kind) {
    }

    public record Attachment(String name, String mediaType, long sizeBytes, String sha256) {
    }

    public record Transition(Instant at, String actor, ContractStatus from, ContractStatus to, String reason) {
    }

    public enum PartyRole { SELLER, BUYER }

    /**
     * @param rule    the id of the configured rule that produced it
     * @param capped  whether a cap cut it
     */
    public record SubsidyGrant(String rule, PartyRole recipient, String creditCode, BigDecimal amount, boolean capped) {
    }

    /** Whether the person's members include the member that filed it. */
    boolean filedByOneOf(java.util.Set<String> members) {
        return filedBy != null && members.contains(filedBy);
    }

    /**
     * Four eyes: whoever submitted it, or submitted it again corrected, does not register it.
     * Demo contracts, registered by no one, name the demo author throughout.
     */
    boolean submittedBy(String actor) {
        return createdBy.equals(actor) || history.stream().anyMatch(step -> step.to() == ContractStatus.SUBMITTED && step.actor().equals(actor));
    }

    /** The global id clients use. */
    public String globalId() {
        return new ContractId(tenantId, id).encode();
    }

    public Party party(PartyRole role) {
        return role == PartyRole.SELLER ? seller : buyer;
    }

    /** The contract moved to another status, one version on, with the transition recorded. */
    Contract moved(ContractStatus target, String actor, Instant at, String reason) {
        List<Transition> transitions = new ArrayList<>(history);
        transitions.add(new Transition(at, actor, status, target, reason));
        return new Contract(id, tenantId, target, version + 1, registrationNumber, type, title, seller, buyer, amount,
                technologyIncome, signedOn, achievementId, demandId, matchId, attachments, reason, List.copyOf(transitions),
                subsidies, subsidyTotal, registeredAt, registeredYear, registeredMonth, createdAt, createdBy, at, filedBy, listingId);
    }

    /** As {@link #moved}, with the registration number and subsidies registration gives. */
    Contract registered(String number, List<SubsidyGrant> grants, String actor, Instant at, int year, int month) {
        Contract moved = moved(ContractStatus.REGISTERED, actor, at, null);
        BigDecimal total = grants.stream().map(SubsidyGrant::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Contract(id, tenantId, moved.status, moved.version, number, type, title, seller, buyer, amount,
                technologyIncome, signedOn, achievementId, demandId, matchId, attachments, null, moved.history,
                List.copyOf(grants), total, at, year, month, createdAt, createdBy, at, filedBy, listingId);
    }

    /** A demo contract as registration would have left it. */
    Contract registeredDemo(String number, List<SubsidyGrant> grants) {
        BigDecimal total = grants.stream().map(SubsidyGrant::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<Transition> transitions = List.of(new Transition(createdAt, createdBy, null, ContractStatus.SUBMITTED, null),
                new Transition(registeredAt, createdBy, ContractStatus.SUBMITTED, ContractStatus.UNDER_REVIEW, null),
                new Transition(registeredAt, createdBy, ContractStatus.UNDER_REVIEW, ContractStatus.REGISTERED, null));
        return new Contract(id, tenantId, ContractStatus.REGISTERED, 3, number, type, title, seller, buyer, amount, technologyIncome,
                signedOn, achievementId, demandId, matchId, attachments, null, transitions, List.copyOf(grants), total, registeredAt,
                registeredYear, registeredMonth, createdAt, createdBy, updatedAt, filedBy, listingId);
    }

    /** The corrected content, submitted again. */
    Contract corrected(Contract content, String actor, Instant at) {
        Contract moved = moved(ContractStatus.SUBMITTED, actor, at, null);
        return new Contract(id, tenantId, moved.status, moved.version, null, content.type, content.title, content.seller,
                content.buyer, content.amount, content.technologyIncome, content.signedOn, content.achievementId,
                content.demandId, content.matchId, content.attachments, null, moved.history, List.of(), BigDecimal.ZERO,
                null, null, null, createdAt, createdBy, at, filedBy, listingId);
    }
}
