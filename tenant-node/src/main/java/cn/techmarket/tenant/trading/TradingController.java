package cn.techmarket.tenant.trading;

import cn.techmarket.model.trading.ListingStatus;

import cn.techmarket.graphql.security.Caller;
import cn.techmarket.tenant.contract.Contract;
import cn.techmarket.tenant.crossmarket.OtherMarkets;
import cn.techmarket.tenant.documents.NewIds;
import cn.techmarket.tenant.evaluation.Evaluation;
import cn.techmarket.tenant.evaluation.Evaluations;
import cn.techmarket.tenant.tenancy.Author;
import cn.techmarket.tenant.tenancy.HostedTenant;
import jakarta.validation.Valid;
import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Controller;

import java.math.BigDecimal;
import java.util.List;

/** Listings, their notices and auctions; who may take which step is {@link ListingWorkflow}'s to say. */
@Controller
class TradingController {

    private final ListingWorkflow workflow;
    private final ListingViews views;
    private final Auctions auctions;
    private final OtherMarkets markets;
    private final AchievementTrades trades;
    private final Deals deals;
    private final Evaluations evaluations;

    TradingController(ListingWorkflow workflow, ListingViews views, Auctions auctions, OtherMarkets markets, AchievementTrades trades, Deals deals,
                      Evaluations evaluations) {
        this.evaluations = evaluations;
        this.deals = deals;
        this.trades = trades;
        this.workflow = workflow;
        this.views = views;
        this.auctions = auctions;
        this.markets = markets;
    }

    @QueryMapping
    Window<Listing> listings(@ContextValue HostedTenant tenant, @ContextValue Caller caller, @Argument String achievementId,
                             @Argument ListingStatus status, ScrollSubrange subrange) {
        return views.page(tenant, caller, achievementId, status, subrange);
    }

    @QueryMapping
    List<Listing> myTrading(@ContextValue HostedTenant tenant, @ContextValue Caller caller) {
        return views.mine(tenant, caller);
    }

    @QueryMapping
    TradingStatistics tradingStatistics(@ContextValue HostedTenant tenant, @Argument int year) {
        return views.statistics(tenant, year);
    }

    @MutationMapping
    Listing listAchievement(@ContextValue HostedTenant tenant, @ContextValue Caller caller, @ContextValue(name = Author.CONTEXT_KEY) String author,
                            @ContextValue(name = NewIds.CONTEXT_KEY) NewIds ids, @Argument @Valid ListingInput input) {
        return workflow.list(tenant, caller, author, input, ids);
    }

    @MutationMapping
    Listing approveListing(@ContextValue HostedTenant tenant, @ContextValue Caller caller, @ContextValue(name = Author.CONTEXT_KEY) String author,
                           @Argument String id, @Argument long expectedVersion) {
        return workflow.approve(tenant, caller, author, id, expectedVersion);
    }

    @MutationMapping
    Listing rejectListing(@ContextValue HostedTenant tenant, @ContextValue Caller caller, @ContextValue(name = Author.CONTEXT_KEY) String author,
                          @Argument String id, @Argument long expectedVersion, @Argument String reason) {
        return workflow.reject(tenant, caller, author, id, expectedVersion, reason);
    }

    @MutationMapping
    Listing withdrawListing(@ContextValue HostedTenant tenant, @ContextValue Caller caller, @ContextValue(name = Author.CONTEXT_KEY) String author,
                            @Argument String id, @Argument long expectedVersion, @Argument String reason) {
        return workflow.withdraw(tenant, caller, author, id, expectedVersion, reason);
    }

    @MutationMapping
    Listing lodgeObjection(@ContextValue HostedTenant tenant, @ContextValue Caller caller, @ContextValue(name = Author.CONTEXT_KEY) String author,
                           @Argument String id, @Argument String reasons) {
        return workflow.lodgeObjection(tenant, caller, author, id, reasons);
    }

    @MutationMapping
    Listing resolveObjection(@ContextValue HostedTenant tenant, @ContextValue Caller caller, @ContextValue(name = Author.CONTEXT_KEY) String author,
                             @Argument String id, @Argument long expectedVersion, @Argument int number, @Argument boolean upheld,
                             @Argument String resolution) {
        return workflow.resolveObjection(tenant, caller, author, id, expectedVersion, number, upheld, resolution);
    }

    @MutationMapping
    Listing reinstateListing(@ContextValue HostedTenant tenant, @ContextValue Caller caller, @ContextValue(name = Author.CONTEXT_KEY) String author,
                             @Argument String id, @Argument long expectedVersion, @Argument String reason) {
        return workflow.reinstate(tenant, caller, author, id, expectedVersion, reason);
    }

    @MutationMapping
    Listing registerIntent(@ContextValue HostedTenant tenant, @ContextValue Caller caller, @ContextValue(name = Author.CONTEXT_KEY) String author,
                           @Argument String id, @Argument @Valid IntentInput input) {
        return workflow.registerIntent(tenant, caller, author, id, input);
    }

    @MutationMapping
    Listing chooseBuyer(@ContextValue HostedTenant tenant, @ContextValue Caller caller, @ContextValue(name = Author.CONTEXT_KEY) String author,
                        @Argument String id, @Argument long expectedVersion, @Argument String memberId) {
        return workflow.chooseBuyer(tenant, caller, author, id, expectedVersion, memberId);
    }

    @MutationMapping
    Listing relistAchievement(@ContextValue HostedTenant tenant, @ContextValue Caller caller, @ContextValue(name = Author.CONTEXT_KEY) String author,
                              @ContextValue(name = NewIds.CONTEXT_KEY) NewIds ids, @Argument String id, @Argument long expectedVersion,
                              @Argument BigDecimal reservePrice, @Argument Integer noticeDays) {
        return workflow.relist(tenant, caller, author, id, expectedVersion, reservePrice, noticeDays, ids);
    }

    @MutationMapping
    Listing placeBid(@ContextValue HostedTenant tenant, @ContextValue Caller caller, @Argument String id, @Argument String memberId,
                     @Argument BigDecimal amount) {
        Listing listing = workflow.seenBy(tenant, caller, id);
        markets.actingFor(caller, "memberId", memberId);
        auctions.bid(tenant, listing.id(), memberId, amount);
        trades.show(tenant, listing);
        return workflow.seenBy(tenant, caller, id);
    }

    @MutationMapping
    Contract submitDealContract(@ContextValue HostedTenant tenant, @ContextValue Caller caller, @ContextValue(name = Author.CONTEXT_KEY) String author,
                                @ContextValue(name = NewIds.CONTEXT_KEY) NewIds ids, @Argument String id, @Argument @Valid DealContractInput input) {
        return deals.submitContract(tenant, caller, author, id, input, ids);
    }

    @SchemaMapping(typeName = "Listing", field = "id")
    String id(Listing listing) {
        return listing.globalId();
    }

    @SchemaMapping(typeName = "Listing")
    String modeLabel(Listing listing) {
        return listing.mode().label();
    }

    @SchemaMapping(typeName = "Listing")
    String termsLabel(Listing listing) {
        return listing.terms().label();
    }

    @SchemaMapping(typeName = "Listing")
    String statusLabel(Listing listing) {
        return listing.status().label();
    }

    @SchemaMapping(typeName = "Listing")
    long auctionMinutes(Listing listing) {
        return listing.auctionLength().toMinutes();
    }

    @SchemaMapping(typeName = "Listing")
    int intentCount(Listing listing) {
        return listing.intents().size();
    }

    @SchemaMapping(typeName = "Listing")
    List<Listing.Intent> intents(@ContextValue HostedTenant tenant, @ContextValue Caller caller, Listing listing) {
        return views.intentsSeenBy(tenant, caller, listing);
    }

    @SchemaMapping(typeName = "Listing")
    List<ListingViews.ObjectionView> objections(@ContextValue Caller caller, Listing listing) {
        return listing.objections().stream().map(objection -> ListingViews.ObjectionView.of(objection, caller)).toList();
    }

    @SchemaMapping(typeName = "Listing")
    ListingViews.AuctionView auction(@ContextValue HostedTenant tenant, @ContextValue Caller caller, Listing listing) {
        return views.auction(tenant, caller, listing);
    }

    @SchemaMapping(typeName = "Listing")
    Evaluation evaluation(@ContextValue HostedTenant tenant, Listing listing) {
        return listing.evaluationId() == null ? null
                : evaluations.reportedOf(tenant, "evaluationId", listing.evaluationId(), listing.achievementId()).orElse(null);
    }

    @SchemaMapping(typeName = "Listing")
    String relistedFrom(Listing listing) {
        return listing.relistedFrom() == null ? null : Listings.DOCUMENTS.globalId(listing.tenantId(), listing.relistedFrom());
    }

    @SchemaMapping(typeName = "Listing")
    String relistedAs(Listing listing) {
        return listing.relistedAs() == null ? null : Listings.DOCUMENTS.globalId(listing.tenantId(), listing.relistedAs());
    }
}
