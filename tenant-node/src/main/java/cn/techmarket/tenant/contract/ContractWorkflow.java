package cn.techmarket.tenant.contract;

import cn.techmarket.model.region.MarketTime;
import cn.techmarket.tenant.member.Member;
import org.springframework.context.ApplicationEventPublisher;

import cn.techmarket.model.text.English;
import cn.techmarket.model.contract.ContractStatus;
import cn.techmarket.model.record.RecordKind;
import cn.techmarket.graphql.errors.BadInputException;
import cn.techmarket.tenant.library.LibraryIds;
import cn.techmarket.tenant.tenancy.HostedTenant;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * Contract registration: submit, review, and register, reject or return for correction. Every
 * transition is checked against {@link ContractStatus#canMoveTo}, made only at the version the
 * reviewer saw, and kept in the contract's history with its actor and reason.
 */
@Component
class ContractWorkflow {

    /** Registration years and months are those of Beijing time, where the registering office is. */

    /** The code of a registration refused because the registering operator also submitted or corrected the contract. */
    static final String FOUR_EYES = "FOUR_EYES";

    private final ContractStore store;
    private final RegistrationNumbers numbers;
    private final SubsidyLedger ledger;
    private final ApplicationEventPublisher events;
    private final MatchLinks matches;
    private final Clock clock;

    ContractWorkflow(ContractStore store, RegistrationNumbers numbers, SubsidyLedger ledger, ApplicationEventPublisher events, Clock clock,
                     MatchLinks matches) {
        this.events = events;
        this.matches = matches;
        this.store = store;
        this.numbers = numbers;
        this.ledger = ledger;
        this.clock = clock;
    }

    /**
     * Stores a submitted contract; one already stored under this id (a request run again under its
     * idempotency key) is returned as it is.
     *
     * @param filedBy the member filing it, which must be its seller or buyer; null when the operators file it
     */
    Contract submit(HostedTenant tenant, String author, String id, ContractInput input, Member filedBy) {
        Contract earlier = tenant.mongo().findById(id, Contract.class, ContractStore.COLLECTION);
        if (earlier != null) {
            return earlier;
        }
        checkLinks(tenant, input);
        requireParty(input, filedBy);
        Contract contract = input.toContract(id, tenant.id(), author, clock.instant(), filedBy == null ? null : filedBy.globalId());
        store.insert(tenant, contract);
        events.publishEvent(new ContractChanged(tenant, contract, null, author));
        return contract;
    }

    /** A deal's contract: its links were checked by trading, which found them. */
    Contract submitDeal(HostedTenant tenant, String author, String id, DealContracts.Terms terms, String filedBy) {
        Contract earlier = tenant.mongo().findById(id, Contract.class, ContractStore.COLLECTION);
        if (earlier != null) {
            return earlier;
        }
        Instant now = clock.instant();
        Contract contract = new Contract(id, tenant.id(), ContractStatus.SUBMITTED, 1, null, terms.type(), terms.title(), terms.seller(),
                terms.buyer(), terms.amount(), terms.technologyIncome(), terms.signedOn(), terms.achievementId(), null, terms.matchId(),
                terms.attachments(), null, List.of(new Contract.Transition(now, author, null, ContractStatus.SUBMITTED, "挂牌成交")), List.of(),
                java.math.BigDecimal.ZERO, null, null, null, now, author, now, filedBy, terms.listingId());
        store.insert(tenant, contract);
        events.publishEvent(new ContractChanged(tenant, contract, null, author));
        return contract;
    }

    Contract startReview(HostedTenant tenant, String actor, String id, long expectedVersion) {
        return move(tenant, actor, id, expectedVersion, ContractStatus.UNDER_REVIEW, null);
    }

    Contract reject(HostedTenant tenant, String actor, String id, long expectedVersion, String reason) {
        return move(tenant, actor, id, expectedVersion, ContractStatus.REJECTED, requireReason(reason));
    }

    Contract returnForCorrection(HostedTenant tenant, String actor, String id, long expectedVersion, String reason) {
        return move(tenant, actor, id, expectedVersion, ContractStatus.RETURNED, requireReason(reason));
    }

    /** @param filedBy for a member's person: the member that filed it, which must still be a party */
    Contract resubmit(HostedTenant tenant, String actor, String id, long expectedVersion, ContractInput input, Member filedBy) {
        checkLinks(tenant, input);
        requireParty(input, filedBy);
        Contract current = store.atVersion(tenant, id, expectedVersion);
        requireMove(current, ContractStatus.SUBMITTED);
        Instant now = clock.instant();
        Contract next = current.corrected(input.toContract(current.id(), tenant.id(), actor, now, null), actor, now);
        store.replace(tenant, current, next);
        events.publishEvent(new ContractChanged(tenant, next, current.status(), actor));
        return next;
    }

    /** Issues the registration number and computes the subsidies, then records the registration. */
    Contract register(HostedTenant tenant, String actor, String id, long expectedVersion) {
        Contract current = store.atVersion(tenant, id, expectedVersion);
        requireMove(current, ContractStatus.REGISTERED);
        if (current.submittedBy(actor)) {
            throw new BadInputException("id", "four eyes (双人复核): you submitted this contract or corrected it, so another operator registers it",
                    FOUR_EYES);
        }
        Instant now = clock.instant();
        ZonedDateTime local = now.atZone(MarketTime.ZONE);
        String number = numbers.next(tenant, local.getYear());
        List<Contract.SubsidyGrant> grants = ledger.grant(tenant, current, local.getYear());
        Contract next = current.registered(number, grants, actor, now, local.getYear(), local.getMonthValue());
        store.replace(tenant, current, next);
        events.publishEvent(new ContractChanged(tenant, next, current.status(), actor));
        return next;
    }

    private Contract move(HostedTenant tenant, String actor, String id, long expectedVersion, ContractStatus target, String reason) {
        Contract current = store.atVersion(tenant, id, expectedVersion);
        requireMove(current, target);
        Contract next = current.moved(target, actor, clock.instant(), reason);
        store.replace(tenant, current, next);
        events.publishEvent(new ContractChanged(tenant, next, current.status(), actor));
        return next;
    }

    private static void requireMove(Contract current, ContractStatus target) {
        if (!current.status().canMoveTo(target)) {
            throw BadInputException.illegalTransition("id", English.withArticle(label(current.status()) + " contract") + " cannot become " + label(target));
        }
    }

    /** A linked achievement or demand, of any city, must be named by its global id. */
    private void checkLinks(HostedTenant tenant, ContractInput input) {
        checkLink("input.achievementId", input.achievementId(), RecordKind.ACHIEVEMENT);
        checkLink("input.demandId", input.demandId(), RecordKind.DEMAND);
        if (input.matchId() != null) {
            matches.requireSigned(tenant, "input.matchId", input.matchId());
        }
    }

    private static void checkLink(String field, String id, RecordKind kind) {
        if (id != null && LibraryIds.decode(field, id).kind() != kind) {
            throw new BadInputException(field, "is not the id of " + English.withArticle(kind.typeName()));
        }
    }

    /** A member files only contracts it is a party to: its code is the seller's or the buyer's. */
    private static void requireParty(ContractInput input, Member filedBy) {
        if (filedBy == null) {
            return;
        }
        String code = filedBy.creditCode();
        if (!code.equalsIgnoreCase(input.seller().creditCode().strip()) && !code.equalsIgnoreCase(input.buyer().creditCode().strip())) {
            throw new BadInputException("memberId", "the member (" + filedBy.name() + ") is neither the seller nor the buyer of this contract");
        }
    }

    private static String requireReason(String reason) {
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            throw new BadInputException("reason", "must say why, in 1 to 500 characters");
        }
        return reason.strip();
    }

    private static String label(ContractStatus status) {
        return status.name().toLowerCase().replace('_', ' ');
    }
}
