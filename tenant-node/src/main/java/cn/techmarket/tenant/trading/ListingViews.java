package cn.techmarket.tenant.trading;

import cn.techmarket.model.trading.ListingStatus;
import cn.techmarket.model.trading.ListingMode;

import cn.techmarket.graphql.security.Caller;
import cn.techmarket.tenant.documents.NodeSource;
import cn.techmarket.tenant.documents.RecordNotFoundException;
import cn.techmarket.tenant.member.Members;
import cn.techmarket.tenant.tenancy.HostedTenant;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * What each caller sees of listings: the public facts for anyone; intents for the owner's side
 * and for each intending buyer its own; in an auction, aliases until the close publishes the names.
 */
@Component
class ListingViews implements NodeSource {

    /** An objection as shown: who lodged it stays with the operators. */
    record ObjectionView(int number, String reasons, Instant lodgedAt, Listing.ObjectionStatus status, String resolution, Instant resolvedAt,
                         boolean mine) {

        static ObjectionView of(Listing.Objection objection, Caller caller) {
            return new ObjectionView(objection.number(), objection.reasons(), objection.lodgedAt(), objection.status(), objection.resolution(),
                    objection.resolvedAt(), objection.lodgedBy().equals(caller.subject()));
        }
    }

    record AuctionView(BigDecimal startPrice, BigDecimal increment, Instant opensAt, Instant scheduledClose, Instant closesAt,
                       long extensionMinutes, Auction.State state, List<Auction.Bid> bids, Auction.Bid bestBid, BigDecimal minimumNextBid,
                       String myAlias, List<Auction.Bidder> bidders, BigDecimal premium, Instant closedAt) {
    }

    private static final Set<ListingStatus> UNDER_REVIEW = Set.of(ListingStatus.SUBMITTED, ListingStatus.REJECTED);

    private final ListingWorkflow workflow;
    private final Auctions auctions;
    private final Members members;

    ListingViews(ListingWorkflow workflow, Auctions auctions, Members members) {
        this.workflow = workflow;
        this.auctions = auctions;
        this.members = members;
    }

    @Override
    public String typeName() {
        return Listing.TYPE_NAME;
    }

    @Override
    public Object find(HostedTenant tenant, Caller caller, String globalId) {
        try {
            return workflow.seenBy(tenant, caller, globalId);
        } catch (RecordNotFoundException notTheirs) {
            return null;
        }
    }

    Window<Listing> page(HostedTenant tenant, Caller caller, String achievementId, ListingStatus status, ScrollSubrange subrange) {
        List<Criteria> criteria = new ArrayList<>();
        if (achievementId != null) {
            criteria.add(where("achievementId").is(achievementId));
        }
        if (status != null) {
            criteria.add(where("status").is(status));
        }
        if (!caller.readsPrivateDataOf(tenant.id())) {
            Set<String> own = caller.isAnonymous() ? Set.of() : members.of(tenant, caller.subject());
            criteria.add(new Criteria().orOperator(where("status").nin(UNDER_REVIEW), where("owner").in(own)));
        }
        return Listings.DOCUMENTS.page(tenant, criteria.isEmpty() ? new Criteria() : new Criteria().andOperator(criteria), subrange);
    }

    TradingStatistics statistics(HostedTenant tenant, int year) {
        cn.techmarket.graphql.errors.CalendarYears.require("year", year);
        Criteria inYear = new Criteria().orOperator(
                where("history.at").gte(TradingStatistics.startOf(year)).lt(TradingStatistics.startOf(year + 1)),
                where("objections.lodgedAt").gte(TradingStatistics.startOf(year)).lt(TradingStatistics.startOf(year + 1)));
        List<Listing> listings = tenant.mongo().find(new Query(inYear), Listing.class, Listings.DOCUMENTS.collection());
        java.util.Map<String, Auction> closed = new java.util.HashMap<>();
        listings.stream().filter(l -> l.deal() != null && l.deal().via() == Listing.DealVia.AUCTION)
                .forEach(l -> closed.put(l.id(), auctions.find(tenant, l.id())));
        return TradingStatistics.of(year, listings.stream(), closed);
    }

    List<Listing> mine(HostedTenant tenant, Caller caller) {
        Set<String> own = members.of(tenant, caller.subject());
        Query query = new Query(new Criteria().orOperator(where("owner").in(own), where("intents.registeredBy").is(caller.subject()),
                where("intents.memberId").in(own))).with(Sort.by(Sort.Order.desc("createdAt"))).limit(200);
        return tenant.mongo().find(query, Listing.class, Listings.DOCUMENTS.collection());
    }

    List<Listing.Intent> intentsSeenBy(HostedTenant tenant, Caller caller, Listing listing) {
        if (workflow.ownerSide(tenant, caller, listing) || caller.readsPrivateDataOf(tenant.id())) {
            return listing.intents();
        }
        if (caller.isAnonymous() || listing.intents().isEmpty()) {
            return List.of();
        }
        return ownIntents(tenant, caller, listing);
    }

    /** The intents of members the caller acts for: those the person registered, and those of their members here. */
    private List<Listing.Intent> ownIntents(HostedTenant tenant, Caller caller, Listing listing) {
        if (caller.isAnonymous()) {
            return List.of();
        }
        Set<String> own = members.of(tenant, caller.subject());
        return listing.intents().stream().filter(intent -> intent.registeredBy().equals(caller.subject()) || own.contains(intent.memberId())).toList();
    }

    AuctionView auction(HostedTenant tenant, Caller caller, Listing listing) {
        if (listing.mode() != ListingMode.BIDDING || listing.intents().size() < 2) {
            return null;
        }
        Auction auction = auctions.find(tenant, listing.id());
        if (auction == null) {
            return null;
        }
        boolean open = auction.state() == Auction.State.OPEN;
        String myAlias = ownIntents(tenant, caller, listing).stream().map(Listing.Intent::alias).findFirst().orElse(null);
        return new AuctionView(auction.startPrice(), auction.increment(), auction.opensAt(), auction.scheduledClose(), auction.closesAt(),
                auction.extension().toMinutes(), auction.state(), auction.bids(), auction.best().orElse(null),
                open ? auction.minimumNext() : null, myAlias, open ? null : auction.bidders(), auction.premium().orElse(null), auction.closedAt());
    }
}
