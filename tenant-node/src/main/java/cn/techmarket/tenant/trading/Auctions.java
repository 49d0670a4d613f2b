package cn.techmarket.tenant.trading;

import cn.techmarket.model.trading.ListingStatus;

import cn.techmarket.graphql.errors.BadInputException;
import cn.techmarket.model.region.MarketTime;
import cn.techmarket.tenant.deadline.DeadlineHandler;
import cn.techmarket.tenant.deadline.Deadlines;
import cn.techmarket.tenant.documents.RecordNotFoundException;
import cn.techmarket.tenant.tenancy.HostedTenant;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Auctions: opened when a bidding listing's notice ends with several intents, bid on by those
 * intending buyers, closed by a deadline ({@value #CLOSE}). Every accepted bid is one conditional
 * write at the version the bidder's check read, so bids are totally ordered and none is accepted
 * below the best before it plus the increment, nor after the close.
 */
@Component
class Auctions implements DeadlineHandler {

    static final String COLLECTION = "auctions";
    static final String CLOSE = "auction-close";

    private final Listings listings;
    private final Deadlines deadlines;
    private final TradingProperties properties;
    private final ApplicationEventPublisher events;
    private final MeterRegistry meters;
    private final Clock clock;
    private final String node = UUID.randomUUID().toString();

    Auctions(Listings listings, Deadlines deadlines, TradingProperties properties, ApplicationEventPublisher events, MeterRegistry meters, Clock clock) {
        this.listings = listings;
        this.deadlines = deadlines;
        this.properties = properties;
        this.events = events;
        this.meters = meters;
        this.clock = clock;
    }

    Auction find(HostedTenant tenant, String listingId) {
        return tenant.mongo().findById(listingId, Auction.class, COLLECTION);
    }

    /** Opens the listing's auction now, once: opening it again finds it open. */
    void open(HostedTenant tenant, Listing listing, Instant now) {
        Instant closes = now.plus(listing.auctionLength());
        List<Auction.Bidder> bidders = listing.intents().stream()
                .map(intent -> new Auction.Bidder(intent.alias(), intent.memberId(), intent.memberTenantId(), intent.name())).toList();
        Auction auction = new Auction(listing.id(), tenant.id(), 1, listing.achievementTitle(), listing.reservePrice(), listing.increment(), now,
                closes, closes, properties.antiSniping(), bidders, Auction.State.OPEN, List.of(), null, null);
        try {
            tenant.mongo().insert(auction, COLLECTION);
            deadlines.schedule(tenant, CLOSE, listing.id(), closes);
        } catch (DuplicateKeyException openedBefore) {
            // the notice's end was decided again after a stop: the auction stands as it was opened
        }
    }

    /**
     * A bid by the intending buyer the caller was checked to act for.
     *
     * @param memberId the bidder's member (global id)
     */
    Auction bid(HostedTenant tenant, String listingId, String memberId, BigDecimal amount) {
        if (amount.signum() <= 0 || amount.stripTrailingZeros().scale() > 2) {
            throw new BadInputException("amount", "must be a positive amount in yuan, to the fen");
        }
        while (true) {
            Auction auction = find(tenant, listingId);
            if (auction == null) {
                throw BadInputException.illegalTransition("id", "the listing has no auction");
            }
            Instant now = clock.instant();
            if (auction.state() != Auction.State.OPEN || !now.isBefore(auction.closesAt())) {
                throw BadInputException.illegalTransition("id", "the auction closed at " + MarketTime.format(auction.closesAt()));
            }
            Auction.Bidder bidder = auction.bidder(memberId).orElseThrow(() ->
                    new BadInputException("memberId", "only the members that registered their intent during the notice bid", "NOT_A_BIDDER"));
            if (auction.best().map(best -> best.alias().equals(bidder.alias())).orElse(false)) {
                throw new BadInputException("amount", "yours is already the best bid", "ALREADY_BEST");
            }
            BigDecimal minimum = auction.minimumNext();
            if (amount.compareTo(minimum) < 0) {
                meters.counter("market.auction.bids", "outcome", "too-low").increment();
                throw new BadInputException("amount", "must be at least " + minimum.toPlainString() + " yuan", "BID_TOO_LOW");
            }
            // 延时竞价: a bid in the last stretch moves the close on by the stretch
            Instant closes = auction.closesAt().minus(auction.extension()).isAfter(now) ? auction.closesAt()
                    : auction.closesAt().plus(auction.extension());
            Auction.Bid bid = new Auction.Bid(auction.bids().size() + 1, bidder.alias(), amount, now, closes);
            boolean accepted = tenant.mongo().updateFirst(
                    new Query(where("_id").is(listingId).and("version").is(auction.version()).and("state").is(Auction.State.OPEN)),
                    new Update().push("bids", bid).set("closesAt", closes).inc("version", 1), COLLECTION).getModifiedCount() == 1;
            if (accepted) {
                meters.counter("market.auction.bids", "outcome", "accepted").increment();
                return find(tenant, listingId);
            }
            // another bid (or the close) got in first: check this one again against it
        }
    }

    @Override
    public String topic() {
        return CLOSE;
    }

    /** Closes the auction once it is due, then deals with the best bidder, or leaves the listing unsold. */
    @Override
    public Outcome fire(HostedTenant tenant, String listingId, Instant now) {
        Auction auction = find(tenant, listingId);
        if (auction == null) {
            return Outcome.done();
        }
        while (auction.state() == Auction.State.OPEN) {
            if (now.isBefore(auction.closesAt())) {
                return Outcome.later(auction.closesAt()); // a bid extended it
            }
            tenant.mongo().updateFirst(new Query(where("_id").is(listingId).and("version").is(auction.version()).and("state").is(Auction.State.OPEN)),
                    new Update().set("state", Auction.State.CLOSED).set("closedAt", now).set("closedBy", node).inc("version", 1), COLLECTION);
            auction = find(tenant, listingId);
        }
        Auction closed = auction;
        Listing before = listings.byLocalId(tenant, listingId).orElseThrow(() -> new RecordNotFoundException("id"));
        Listing after = listings.change(tenant, listingId, listing -> {
            if (listing.status() != ListingStatus.AUCTION) {
                return listing;
            }
            return closed.best().map(best -> {
                Auction.Bidder winner = closed.byAlias(best.alias()).orElseThrow();
                Listing.Intent intent = listing.intentOf(winner.memberId()).orElseThrow();
                return listing.dealt(ListingWorkflow.deal(Listing.DealVia.AUCTION, intent, best.amount(), closed.closedAt()), DeadlineAuthor.MARKET,
                        closed.closedAt());
            }).orElseGet(() -> listing.moved(ListingStatus.UNSOLD, DeadlineAuthor.MARKET, closed.closedAt(), "竞价期内无人出价"));
        });
        if (after.version() != before.version()) {
            events.publishEvent(new ListingChanged(tenant, after, before.status(), DeadlineAuthor.MARKET));
        }
        return Outcome.done();
    }
}
