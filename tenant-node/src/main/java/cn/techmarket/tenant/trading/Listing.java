package cn.techmarket.tenant.trading;

import cn.techmarket.model.trading.ListingStatus;
import cn.techmarket.model.trading.ListingMode;
import cn.techmarket.model.trading.ListingTerms;

import cn.techmarket.model.id.TypedId;
import cn.techmarket.model.member.MemberKind;
import cn.techmarket.tenant.documents.WorkflowDocuments;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * An achievement listed for sale (挂牌), kept by the achievement's sub-market. Its intents and
 * objections are kept with it, so that the end of its notice decides from one document.
 *
 * @param achievementId the achievement (global id)
 * @param owner         the member (global id) that owns the achievement and listed it
 * @param deposit       the deposit (保证金) an intending buyer commits, recorded, not moved; zero for none
 * @param increment     an auction's minimum increment (加价幅度)
 * @param auctionLength how long an auction among several intending buyers runs
 * @param relistedFrom  the unsold listing (local id) this one lists again
 */
public record Listing(String id, String tenantId, long version, String achievementId, String achievementTitle, String owner, String ownerName,
                      ListingMode mode, ListingTerms terms, BigDecimal reservePrice, BigDecimal increment, int noticeDays, BigDecimal deposit,
                      java.time.Duration auctionLength, String evaluationId, ListingStatus status, String statusReason, Instant noticeStartsAt,
                      Instant noticeEndsAt, List<Intent> intents, List<Objection> objections, Deal deal, String relistedFrom, String relistedAs,
                      List<Transition> history, Instant createdAt, String createdBy, Instant updatedAt) implements WorkflowDocuments.Versioned {

    public static final String TYPE_NAME = "Listing";

    /**
     * A member's intent to buy (意向受让), registered during the notice.
     *
     * @param alias how other bidders know it in an auction: 竞买人1, 竞买人2… in the order intents came
     */
    public record Intent(String memberId, String memberTenantId, String name, MemberKind kind, String creditCode, String alias,
                         BigDecimal offeredPrice, String depositReference, String registeredBy, Instant at) {
    }

    public enum ObjectionStatus { OPEN, UPHELD, DISMISSED }

    /** An objection (异议) to the listing, lodged during the notice, resolved by the operators. */
    public record Objection(int number, String lodgedBy, String reasons, Instant lodgedAt, ObjectionStatus status, String resolution,
                            String resolvedBy, Instant resolvedAt) {
    }

    public enum DealVia { NEGOTIATION, AUCTION }

    /** Whom the achievement went to, at what price, and (once submitted) the contract that registers it. */
    public record Deal(DealVia via, String buyer, String buyerTenantId, String buyerName, MemberKind buyerKind, String buyerCreditCode,
                       BigDecimal price, Instant at, String contractId) {

        Deal withContract(String contractId) {
            return new Deal(via, buyer, buyerTenantId, buyerName, buyerKind, buyerCreditCode, price, at, contractId);
        }
    }

    public record Transition(Instant at, String actor, ListingStatus from, ListingStatus to, String reason) {
    }

    public String globalId() {
        return new TypedId(tenantId, TYPE_NAME, id).encode();
    }

    Optional<Intent> intentOf(String memberId) {
        return intents.stream().filter(intent -> intent.memberId().equals(memberId)).findFirst();
    }

    public boolean hasOpenObjection() {
        return objections.stream().anyMatch(objection -> objection.status() == ObjectionStatus.OPEN);
    }

    /** Whether intents and objections are taken now: listed, and the notice not over. */
    boolean inNotice(Instant now) {
        return status == ListingStatus.LISTED && now.isBefore(noticeEndsAt);
    }

    /** The listing moved to another status, one version on, with the transition recorded. */
    Listing moved(ListingStatus target, String actor, Instant at, String reason) {
        List<Transition> transitions = new ArrayList<>(history);
        transitions.add(new Transition(at, actor, status, target, reason));
        return new Listing(id, tenantId, version + 1, achievementId, achievementTitle, owner, ownerName, mode, terms, reservePrice, increment,
                noticeDays, deposit, auctionLength, evaluationId, target, reason, noticeStartsAt, noticeEndsAt, intents, objections, deal,
                relistedFrom, relistedAs, List.copyOf(transitions), createdAt, createdBy, at);
    }

    /** Listed with a notice from {@code at}, for its days. */
    Listing noticeFrom(Instant at, String actor, String reason) {
        Listing moved = moved(ListingStatus.LISTED, actor, at, reason);
        return new Listing(id, tenantId, moved.version, achievementId, achievementTitle, owner, ownerName, mode, terms, reservePrice, increment,
                noticeDays, deposit, auctionLength, evaluationId, moved.status, null, at, at.plus(java.time.Duration.ofDays(noticeDays)), intents,
                objections, deal, relistedFrom, relistedAs, moved.history, createdAt, createdBy, at);
    }

    Listing withIntents(UnaryOperator<List<Intent>> change, Instant at) {
        return new Listing(id, tenantId, version + 1, achievementId, achievementTitle, owner, ownerName, mode, terms, reservePrice, increment,
                noticeDays, deposit, auctionLength, evaluationId, status, statusReason, noticeStartsAt, noticeEndsAt,
                List.copyOf(change.apply(new ArrayList<>(intents))), objections, deal, relistedFrom, relistedAs, history, createdAt, createdBy, at);
    }

    Listing withObjections(UnaryOperator<List<Objection>> change, Instant at) {
        return new Listing(id, tenantId, version + 1, achievementId, achievementTitle, owner, ownerName, mode, terms, reservePrice, increment,
                noticeDays, deposit, auctionLength, evaluationId, status, statusReason, noticeStartsAt, noticeEndsAt, intents,
                List.copyOf(change.apply(new ArrayList<>(objections))), deal, relistedFrom, relistedAs, history, createdAt, createdBy, at);
    }

    /** Contracting: the deal struck, one version on. */
    Listing dealt(Deal deal, String actor, Instant at) {
        Listing moved = moved(ListingStatus.CONTRACTING, actor, at, null);
        return new Listing(id, tenantId, moved.version, achievementId, achievementTitle, owner, ownerName, mode, terms, reservePrice, increment,
                noticeDays, deposit, auctionLength, evaluationId, moved.status, null, noticeStartsAt, noticeEndsAt, intents, objections, deal,
                relistedFrom, relistedAs, moved.history, createdAt, createdBy, at);
    }

    Listing withDeal(Deal deal, Instant at) {
        return new Listing(id, tenantId, version + 1, achievementId, achievementTitle, owner, ownerName, mode, terms, reservePrice, increment,
                noticeDays, deposit, auctionLength, evaluationId, status, statusReason, noticeStartsAt, noticeEndsAt, intents, objections, deal,
                relistedFrom, relistedAs, history, createdAt, createdBy, at);
    }

    Listing relistedAs(String listingId, Instant at) {
        return new Listing(id, tenantId, version + 1, achievementId, achievementTitle, owner, ownerName, mode, terms, reservePrice, increment,
                noticeDays, deposit, auctionLength, evaluationId, status, statusReason, noticeStartsAt, noticeEndsAt, intents, objections, deal,
                relistedFrom, listingId, history, createdAt, createdBy, at);
    }
}
