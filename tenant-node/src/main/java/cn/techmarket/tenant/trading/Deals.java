package cn.techmarket.tenant.trading;

import cn.techmarket.graphql.errors.BadInputException;
import cn.techmarket.graphql.security.Caller;
import cn.techmarket.model.contract.ContractStatus;
import cn.techmarket.model.contract.ContractType;
import cn.techmarket.model.trading.ListingStatus;
import cn.techmarket.model.trading.ListingTerms;
import cn.techmarket.tenant.contract.Contract;
import cn.techmarket.tenant.contract.ContractChanged;
import cn.techmarket.tenant.contract.DealContracts;
import cn.techmarket.tenant.contract.MatchLinks;
import cn.techmarket.tenant.crossmarket.OtherMarkets;
import cn.techmarket.tenant.documents.NewIds;
import cn.techmarket.tenant.documents.RecordNotFoundException;
import cn.techmarket.tenant.member.Member;
import cn.techmarket.tenant.member.Members;
import cn.techmarket.tenant.tenancy.HostedTenant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * From a deal to its registered contract (成交 → 合同登记): either party files the contract the deal
 * fills in, linking the match that led to it; its registration deals the listing (已成交), and a
 * rejection lets the parties file it again.
 */
@Component
class Deals {

    private final Listings listings;
    private final DealContracts contracts;
    private final MatchLinks matches;
    private final Members members;
    private final OtherMarkets markets;
    private final ApplicationEventPublisher events;

    Deals(Listings listings, DealContracts contracts, MatchLinks matches, Members members, OtherMarkets markets, ApplicationEventPublisher events) {
        this.listings = listings;
        this.contracts = contracts;
        this.matches = matches;
        this.members = members;
        this.markets = markets;
        this.events = events;
    }

    Contract submitContract(HostedTenant tenant, Caller caller, String author, String listingId, DealContractInput input, NewIds ids) {
        Listing listing = listings.find(tenant, "id", listingId);
        Listings.requireStatus(listing, ListingStatus.CONTRACTING);
        Listing.Deal deal = listing.deal();
        if (input.memberId().equals(listing.owner())) {
            members.requireActive(tenant, "input.memberId", listing.owner(), caller.operates(tenant.id()) ? null : caller.subject());
        } else if (input.memberId().equals(deal.buyer())) {
            markets.actingFor(caller, "input.memberId", deal.buyer());
        } else {
            throw new BadInputException("input.memberId", "only the seller or the buyer files the deal's contract");
        }
        String id = ids.next();
        if (deal.contractId() != null) {
            Contract filed = contracts.find(tenant, deal.contractId()).orElseThrow();
            if (filed.id().equals(id)) {
                return filed; // the same request, run again
            }
            throw new BadInputException("id", "the deal's contract was filed already (" + filed.status().name().toLowerCase() + ")",
                    "ALREADY_SUBMITTED");
        }
        if (input.technologyIncome().compareTo(deal.price()) > 0) {
            throw new BadInputException("input.technologyIncome", "is at most the deal's price, " + deal.price().toPlainString() + " yuan");
        }
        Member owner = members.requireActive(tenant, "input.memberId", listing.owner(), null);
        DealContracts.Terms terms = new DealContracts.Terms(type(listing.terms()),
                listing.terms().label() + "合同：" + listing.achievementTitle(),
                new Contract.Party(owner.name(), owner.creditCode(), owner.kind().codeKind()),
                new Contract.Party(deal.buyerName(), deal.buyerCreditCode(), deal.buyerKind().codeKind()),
                deal.price(), input.technologyIncome().setScale(2), input.signedOn(), listing.achievementId(),
                matches.openMatchFor(listing.achievementId(), deal.buyer(), deal.buyerTenantId())
                        .or(() -> markets.openMatchElsewhere(caller, deal.buyerTenantId(), listing.achievementId(), deal.buyer())).orElse(null),
                listing.globalId(),
                input.attachments() == null ? List.of() : input.attachments().stream()
                        .map(a -> new Contract.Attachment(a.name(), a.mediaType(), a.sizeBytes(), a.sha256())).toList());
        Contract contract = contracts.submit(tenant, author, id, terms, input.memberId());
        Listing before = listing;
        Listing after = listings.change(tenant, listing.id(), current -> current.deal().contractId() != null ? current
                : current.withDeal(current.deal().withContract(contract.globalId()), contract.createdAt()));
        if (after.version() != before.version()) {
            events.publishEvent(new ListingChanged(tenant, after, before.status(), author));
        }
        return contract;
    }

    /** A registered contract deals its listing; a rejected one leaves the deal for a contract filed anew. */
    @EventListener
    void on(ContractChanged changed) {
        Contract contract = changed.contract();
        if (contract.listingId() == null || changed.from() == contract.status()) {
            return;
        }
        HostedTenant tenant = changed.tenant();
        Listing found;
        try {
            found = listings.find(tenant, "listingId", contract.listingId());
        } catch (RecordNotFoundException gone) {
            return;
        }
        Listing after = listings.change(tenant, found.id(), current -> {
            if (contract.status() == ContractStatus.REGISTERED && current.status() == ListingStatus.CONTRACTING) {
                return current.moved(ListingStatus.DEALT, changed.actor(), contract.registeredAt(), "合同已登记 " + contract.registrationNumber());
            }
            if (contract.status() == ContractStatus.REJECTED && current.deal() != null && contract.globalId().equals(current.deal().contractId())) {
                return current.withDeal(current.deal().withContract(null), contract.updatedAt());
            }
            return current;
        });
        if (after.version() != found.version()) {
            events.publishEvent(new ListingChanged(tenant, after, found.status(), changed.actor()));
        }
    }

    private static ContractType type(ListingTerms terms) {
        return switch (terms) {
            case ASSIGNMENT, EQUITY -> ContractType.TRANSFER;
            case EXCLUSIVE_LICENSE, NON_EXCLUSIVE_LICENSE -> ContractType.LICENSE;
        };
    }
}
