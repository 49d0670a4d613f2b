package cn.techmarket.tenant.trading;

import cn.techmarket.tenant.library.Inputs;
import cn.techmarket.model.trading.ListingStatus;
import cn.techmarket.model.trading.ListingMode;

import cn.techmarket.graphql.errors.BadInputException;
import cn.techmarket.graphql.errors.Reasons;
import cn.techmarket.graphql.security.Caller;
import cn.techmarket.model.id.GlobalId;
import cn.techmarket.model.region.MarketTime;
import cn.techmarket.tenant.achievement.Achievement;
import cn.techmarket.tenant.achievement.PublishedAchievements;
import cn.techmarket.tenant.crossmarket.MemberCard;
import cn.techmarket.tenant.crossmarket.OtherMarkets;
import cn.techmarket.tenant.deadline.DeadlineHandler;
import cn.techmarket.tenant.deadline.Deadlines;
import cn.techmarket.tenant.documents.NewIds;
import cn.techmarket.tenant.evaluation.Evaluations;
import cn.techmarket.tenant.documents.RecordNotFoundException;
import cn.techmarket.tenant.member.Member;
import cn.techmarket.tenant.member.Members;
import cn.techmarket.tenant.tenancy.HostedTenant;
import cn.techmarket.tenant.tenancy.HostedTenants;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A listing from the owner's submission to the end of its notice. Who may take which step: the
 * owner's people list, withdraw, choose a buyer and list again; the operators review, resolve
 * objections and reinstate; anyone signed in objects; verified members of any market register
 * intents. The end of the notice is a deadline ({@value #NOTICE}) that decides once.
 */
@Component
class ListingWorkflow implements DeadlineHandler, ApplicationRunner {

    static final String NOTICE = "listing-notice";

    private final HostedTenants tenants;
    private final Listings listings;
    private final Auctions auctions;
    private final PublishedAchievements achievements;
    private final Members members;
    private final OtherMarkets markets;
    private final Deadlines deadlines;
    private final TradingProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Evaluations evaluations;

    ListingWorkflow(HostedTenants tenants, Listings listings, Auctions auctions, PublishedAchievements achievements, Members members,
                    OtherMarkets markets, Deadlines deadlines, TradingProperties properties, ApplicationEventPublisher events, Clock clock, Evaluations evaluations) {
        this.evaluations = evaluations;
        this.tenants = tenants;
        this.listings = listings;
        this.auctions = auctions;
        this.achievements = achievements;
        this.members = members;
        this.markets = markets;
        this.deadlines = deadlines;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        tenants.all().forEach(listings::ensureIndexes);
    }

    Listing list(HostedTenant tenant, Caller caller, String author, ListingInput input, NewIds ids) {
        Achievement achievement = achievements.find(tenant, "input.achievementId", input.achievementId());
        Member owner = ownerActingFor(tenant, caller, "input.achievementId", achievement.meta().owner());
        if (achievement.trade() != null && !achievement.trade().available()) {
            throw new BadInputException("input.achievementId", "the achievement was " + achievement.trade().dealtTerms().label()
                    + "; it is no longer offered", "NOT_AVAILABLE");
        }
        if (!achievement.transferModes().contains(input.terms().transferMode())) {
            throw new BadInputException("input.terms", "the achievement is not offered for " + input.terms().label() + " (" + input.terms().transferMode()
                    + "); its owner offers " + achievement.transferModes());
        }
        if (input.noticeDays() < properties.minNoticeDays() || input.noticeDays() > properties.maxNoticeDays()) {
            throw new BadInputException("input.noticeDays", "the notice lasts " + properties.minNoticeDays() + " to " + properties.maxNoticeDays() + " days");
        }
        if (input.mode() == ListingMode.BIDDING && input.increment() == null) {
            throw new BadInputException("input.increment", "a listing for bidding names the auction's minimum increment");
        }
        String id = ids.next();
        var earlier = listings.byLocalId(tenant, id);
        if (earlier.isPresent()) {
            return earlier.get(); // the same request, run again
        }
        String achievementId = GlobalId.encode(tenant.id(), Achievement.class.getSimpleName(), achievement.id());
        if (input.evaluationId() != null && evaluations.reportedOf(tenant, "input.evaluationId", input.evaluationId(), achievementId).isEmpty()) {
            throw new BadInputException("input.evaluationId", "is not a filed evaluation report of this achievement");
        }
        requireNotListed(tenant, achievementId);
        Instant now = clock.instant();
        Duration auctionLength = input.auctionMinutes() == null ? properties.auctionLength() : Duration.ofMinutes(input.auctionMinutes());
        Listing listing = new Listing(id, tenant.id(), 1, achievementId, achievement.title(), owner.globalId(), owner.name(), input.mode(),
                input.terms(), input.reservePrice(), input.increment(), input.noticeDays(),
                input.deposit() == null ? BigDecimal.ZERO : input.deposit(), auctionLength, input.evaluationId(), ListingStatus.SUBMITTED, null, null, null,
                List.of(), List.of(), null, null, null, List.of(new Listing.Transition(now, author, null, ListingStatus.SUBMITTED, null)),
                now, author, now);
        return inserted(tenant, listing, author);
    }

    Listing approve(HostedTenant tenant, Caller caller, String author, String id, long expectedVersion) {
        Listing current = forOperators(tenant, caller, id, expectedVersion);
        Listings.requireStatus(current, ListingStatus.SUBMITTED);
        Listing listed = current.noticeFrom(clock.instant(), author, null);
        return saved(tenant, current, listed, author);
    }

    Listing reject(HostedTenant tenant, Caller caller, String author, String id, long expectedVersion, String reason) {
        Listing current = forOperators(tenant, caller, id, expectedVersion);
        Listings.requireStatus(current, ListingStatus.SUBMITTED);
        return saved(tenant, current, current.moved(ListingStatus.REJECTED, author, clock.instant(), Reasons.stated("reason", reason)), author);
    }

    Listing withdraw(HostedTenant tenant, Caller caller, String author, String id, long expectedVersion, String reason) {
        Listing current = Listings.DOCUMENTS.atVersion(tenant, id, expectedVersion, listing -> requireOwnerSide(tenant, caller, listing));
        Listings.requireStatus(current, ListingStatus.SUBMITTED, ListingStatus.LISTED, ListingStatus.SUSPENDED);
        if (!current.intents().isEmpty()) {
            throw BadInputException.illegalTransition("id", "members registered their intent to buy; the listing is decided when its notice ends");
        }
        return saved(tenant, current, current.moved(ListingStatus.WITHDRAWN, author, clock.instant(), Reasons.stated("reason", reason)), author);
    }

    /** Anyone signed in, during the notice; one open objection per person. */
    Listing lodgeObjection(HostedTenant tenant, Caller caller, String author, String id, String reasons) {
        if (caller.isAnonymous()) {
            throw new RecordNotFoundException("id");
        }
        String why = Reasons.stated("reasons", reasons);
        Listing found = seenBy(tenant, caller, id);
        return changed(tenant, found, author, current -> {
            Instant now = clock.instant();
            if (!current.inNotice(now)) {
                throw BadInputException.illegalTransition("id", current.status() == ListingStatus.LISTED
                        ? "the notice ended at " + MarketTime.format(current.noticeEndsAt()) : "the listing is " + current.status().label());
            }
            boolean open = current.objections().stream()
                    .anyMatch(o -> o.status() == Listing.ObjectionStatus.OPEN && o.lodgedBy().equals(caller.subject()));
            if (open) {
                throw new BadInputException("id", "your earlier objection is still being considered", "ALREADY_OBJECTED");
            }
            return current.withObjections(objections -> {
                objections.add(new Listing.Objection(objections.size() + 1, caller.subject(), why, now, Listing.ObjectionStatus.OPEN, null, null, null));
                return objections;
            }, now);
        });
    }

    /** Upheld suspends the listing and stops its notice; dismissed records why, and decides a notice that ended meanwhile. */
    Listing resolveObjection(HostedTenant tenant, Caller caller, String author, String id, long expectedVersion, int number, boolean upheld,
                             String resolution) {
        Listing current = forOperators(tenant, caller, id, expectedVersion);
        String why = Reasons.stated("resolution", resolution);
        Listing.Objection objection = current.objections().stream().filter(o -> o.number() == number).findFirst()
                .orElseThrow(() -> new BadInputException("number", "the listing has no objection " + number));
        if (objection.status() != Listing.ObjectionStatus.OPEN) {
            throw BadInputException.illegalTransition("number", "the objection was already " + objection.status().name().toLowerCase());
        }
        Instant now = clock.instant();
        Listing resolved = current.withObjections(objections -> {
            objections.set(number - 1, new Listing.Objection(number, objection.lodgedBy(), objection.reasons(), objection.lodgedAt(),
                    upheld ? Listing.ObjectionStatus.UPHELD : Listing.ObjectionStatus.DISMISSED, why, author, now));
            return objections;
        }, now);
        if (upheld && current.status() == ListingStatus.LISTED) {
            resolved = resolved.moved(ListingStatus.SUSPENDED, author, now, "异议成立: " + why);
        }
        Listing saved = saved(tenant, current, resolved, author);
        if (saved.status() == ListingStatus.LISTED && !saved.hasOpenObjection() && !now.isBefore(saved.noticeEndsAt())) {
            return decide(tenant, saved.id(), now);
        }
        return saved;
    }

    /** A suspended listing listed again, with a notice of its full length from now. */
    Listing reinstate(HostedTenant tenant, Caller caller, String author, String id, long expectedVersion, String reason) {
        Listing current = forOperators(tenant, caller, id, expectedVersion);
        Listings.requireStatus(current, ListingStatus.SUSPENDED);
        return saved(tenant, current, current.noticeFrom(clock.instant(), author, Reasons.stated("reason", reason)), author);
    }

    Listing registerIntent(HostedTenant tenant, Caller caller, String author, String id, IntentInput input) {
        Listing found = seenBy(tenant, caller, id);
        MemberCard buyer = markets.actingFor(caller, "input.memberId", input.memberId());
        if (buyer.id().equals(found.owner())) {
            throw new BadInputException("input.memberId", "the owner does not buy its own achievement");
        }
        if (input.offeredPrice().compareTo(found.reservePrice()) < 0) {
            throw new BadInputException("input.offeredPrice", "must be at least the reserve price, " + found.reservePrice().toPlainString() + " yuan");
        }
        if (found.deposit().signum() > 0 && (input.depositReference() == null || input.depositReference().isBlank())) {
            throw new BadInputException("input.depositReference", "the listing asks a deposit of " + found.deposit().toPlainString()
                    + " yuan: give the payment's reference");
        }
        return changed(tenant, found, author, current -> {
            Instant now = clock.instant();
            if (!current.inNotice(now)) {
                throw BadInputException.illegalTransition("id", current.status() == ListingStatus.LISTED
                        ? "intents closed with the notice at " + MarketTime.format(current.noticeEndsAt()) : "the listing is " + current.status().label());
            }
            if (current.intentOf(buyer.id()).isPresent()) {
                throw new BadInputException("input.memberId", "the member has already registered its intent", "ALREADY_REGISTERED");
            }
            return current.withIntents(intents -> {
                intents.add(new Listing.Intent(buyer.id(), buyer.tenantId(), buyer.name(), buyer.kind(), buyer.creditCode(),
                        "竞买人" + (intents.size() + 1), input.offeredPrice(),
                        Inputs.blankToNull(input.depositReference()), caller.subject(), now));
                return intents;
            }, now);
        });
    }

    /** Of several intents for an agreement transfer, the owner deals with one, at its offer. */
    Listing chooseBuyer(HostedTenant tenant, Caller caller, String author, String id, long expectedVersion, String memberId) {
        Listing current = Listings.DOCUMENTS.atVersion(tenant, id, expectedVersion, listing -> requireOwnerSide(tenant, caller, listing));
        Listings.requireStatus(current, ListingStatus.AWAITING_CHOICE);
        Listing.Intent intent = current.intentOf(memberId).orElseThrow(() -> new BadInputException("memberId", "did not register an intent"));
        Instant now = clock.instant();
        return saved(tenant, current, current.dealt(deal(Listing.DealVia.NEGOTIATION, intent, intent.offeredPrice(), now), author, now), author);
    }

    /** An unsold listing listed again: a new listing of the achievement, to be reviewed, at a new reserve and notice if given. */
    Listing relist(HostedTenant tenant, Caller caller, String author, String id, long expectedVersion, BigDecimal reservePrice, Integer noticeDays,
                   NewIds ids) {
        Listing current = Listings.DOCUMENTS.atVersion(tenant, id, expectedVersion, listing -> requireOwnerSide(tenant, caller, listing));
        Listings.requireStatus(current, ListingStatus.UNSOLD);
        if (current.relistedAs() != null) {
            throw BadInputException.illegalTransition("id", "the listing was already listed again");
        }
        if (reservePrice != null && (reservePrice.signum() <= 0 || reservePrice.scale() > 2)) {
            throw new BadInputException("reservePrice", "must be a positive amount in yuan, to the fen");
        }
        if (noticeDays != null && (noticeDays < properties.minNoticeDays() || noticeDays > properties.maxNoticeDays())) {
            throw new BadInputException("noticeDays", "the notice lasts " + properties.minNoticeDays() + " to " + properties.maxNoticeDays() + " days");
        }
        String newId = ids.next();
        var earlier = listings.byLocalId(tenant, newId);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Instant now = clock.instant();
        Listing relisted = new Listing(newId, tenant.id(), 1, current.achievementId(), current.achievementTitle(), current.owner(),
                current.ownerName(), current.mode(), current.terms(), reservePrice == null ? current.reservePrice() : reservePrice,
                current.increment(), noticeDays == null ? current.noticeDays() : noticeDays, current.deposit(), current.auctionLength(),
                current.evaluationId(), ListingStatus.SUBMITTED, null, null, null, List.of(), List.of(), null, current.id(), null,
                List.of(new Listing.Transition(now, author, null, ListingStatus.SUBMITTED, "重新挂牌")), now, author, now);
        requireNotListed(tenant, current.achievementId());
        listings.replace(tenant, current, current.relistedAs(newId, now));
        return inserted(tenant, relisted, author);
    }

    @Override
    public String topic() {
        return NOTICE;
    }

    /** The notice ended: decided now, unless an objection is open (decided when the last is dismissed) or the listing moved on. */
    @Override
    public Outcome fire(HostedTenant tenant, String listingId, Instant now) {
        Listing listing = listings.byLocalId(tenant, listingId).orElse(null);
        if (listing == null || listing.status() != ListingStatus.LISTED || listing.hasOpenObjection()) {
            return Outcome.done();
        }
        if (now.isBefore(listing.noticeEndsAt())) {
            return Outcome.later(listing.noticeEndsAt());
        }
        decide(tenant, listingId, now);
        return Outcome.done();
    }

    private Listing decide(HostedTenant tenant, String listingId, Instant now) {
        Listing before = listings.byLocalId(tenant, listingId).orElseThrow();
        Listing after = listings.change(tenant, listingId, current -> {
            if (current.status() != ListingStatus.LISTED || current.hasOpenObjection() || now.isBefore(current.noticeEndsAt())) {
                return current; // decided already, or not to be decided now
            }
            List<Listing.Intent> intents = current.intents();
            if (intents.isEmpty()) {
                return current.moved(ListingStatus.UNSOLD, DeadlineAuthor.MARKET, now, "公示期满，无意向受让方");
            }
            if (intents.size() == 1) {
                Listing.Intent only = intents.get(0);
                return current.dealt(deal(Listing.DealVia.NEGOTIATION, only, only.offeredPrice(), now), DeadlineAuthor.MARKET, now);
            }
            if (current.mode() == ListingMode.AGREEMENT) {
                return current.moved(ListingStatus.AWAITING_CHOICE, DeadlineAuthor.MARKET, now, intents.size() + " 家意向受让方，由转让方确定");
            }
            auctions.open(tenant, current, now);
            return current.moved(ListingStatus.AUCTION, DeadlineAuthor.MARKET, now, intents.size() + " 家意向受让方，进入竞价");
        });
        if (after != before && after.version() != before.version()) {
            events.publishEvent(new ListingChanged(tenant, after, before.status(), DeadlineAuthor.MARKET));
        }
        return after;
    }

    static Listing.Deal deal(Listing.DealVia via, Listing.Intent intent, BigDecimal price, Instant at) {
        return new Listing.Deal(via, intent.memberId(), intent.memberTenantId(), intent.name(), intent.kind(), intent.creditCode(), price, at, null);
    }

    /** A listing anyone may see: past review, not rejected; the owner's people and the operators see all. */
    Listing seenBy(HostedTenant tenant, Caller caller, String id) {
        Listing listing = listings.find(tenant, "id", id);
        if (!visible(tenant, caller, listing)) {
            throw new RecordNotFoundException("id");
        }
        return listing;
    }

    boolean visible(HostedTenant tenant, Caller caller, Listing listing) {
        boolean reviewed = listing.status() != ListingStatus.SUBMITTED && listing.status() != ListingStatus.REJECTED;
        return reviewed || caller.readsPrivateDataOf(tenant.id()) || ownerSide(tenant, caller, listing);
    }

    /** Whether the caller acts for the owner, or operates the market. */
    boolean ownerSide(HostedTenant tenant, Caller caller, Listing listing) {
        return caller.operates(tenant.id()) || (!caller.isAnonymous() && members.peopleOf(tenant, listing.owner()).contains(caller.subject()));
    }

    private void requireOwnerSide(HostedTenant tenant, Caller caller, Listing listing) {
        if (!ownerSide(tenant, caller, listing)) {
            throw new RecordNotFoundException("id");
        }
    }

    private Listing forOperators(HostedTenant tenant, Caller caller, String id, long expectedVersion) {
        return Listings.DOCUMENTS.atVersion(tenant, id, expectedVersion, listing -> {
            if (!caller.operates(tenant.id())) {
                throw new RecordNotFoundException("id");
            }
        });
    }

    /** The member that owns the achievement, which the caller acts for; the operators list for it. */
    private Member ownerActingFor(HostedTenant tenant, Caller caller, String field, String owner) {
        if (owner == null) {
            throw new BadInputException(field, "the achievement belongs to no member: its owner registers and claims it first");
        }
        if (caller.operates(tenant.id())) {
            return members.requireActive(tenant, field, owner, null);
        }
        try {
            return members.requireActive(tenant, field, owner, caller.subject());
        } catch (RecordNotFoundException notTheirs) {
            throw new BadInputException(field, "only the people of the member that owns the achievement list it");
        }
    }

    private void requireNotListed(HostedTenant tenant, String achievementId) {
        listings.activeFor(tenant, achievementId).ifPresent(active -> {
            throw new BadInputException("input.achievementId", "the achievement is already listed (" + active.status().label() + ")", "ALREADY_LISTED");
        });
    }

    private Listing inserted(HostedTenant tenant, Listing listing, String author) {
        try {
            listings.insert(tenant, listing);
        } catch (DuplicateKeyException sameRequestRacing) {
            return listings.byLocalId(tenant, listing.id()).orElseThrow();
        }
        events.publishEvent(new ListingChanged(tenant, listing, null, author));
        return listing;
    }

    private Listing saved(HostedTenant tenant, Listing current, Listing next, String author) {
        listings.replace(tenant, current, next);
        afterwards(tenant, current, next, author);
        return next;
    }

    private Listing changed(HostedTenant tenant, Listing found, String author, java.util.function.UnaryOperator<Listing> change) {
        Listing[] before = new Listing[1];
        Listing next = listings.change(tenant, found.id(), current -> {
            before[0] = current;
            return change.apply(current);
        });
        afterwards(tenant, before[0], next, author);
        return next;
    }

    /** The deadline follows the notice: set when a notice starts, dropped when the listing leaves it early. */
    private void afterwards(HostedTenant tenant, Listing before, Listing after, String author) {
        if (after.status() == ListingStatus.LISTED && (before.status() != ListingStatus.LISTED || !after.noticeEndsAt().equals(before.noticeEndsAt()))) {
            deadlines.schedule(tenant, NOTICE, after.id(), after.noticeEndsAt());
        } else if (before.status() == ListingStatus.LISTED && (after.status() == ListingStatus.SUSPENDED || after.status() == ListingStatus.WITHDRAWN)) {
            deadlines.cancel(tenant, NOTICE, after.id());
        }
        events.publishEvent(new ListingChanged(tenant, after, before.status(), author));
    }
}
