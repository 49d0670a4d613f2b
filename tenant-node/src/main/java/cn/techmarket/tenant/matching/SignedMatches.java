package cn.techmarket.tenant.matching;

import cn.techmarket.graphql.errors.BadInputException;
import cn.techmarket.model.contract.ContractStatus;
import cn.techmarket.model.id.TypedId;
import cn.techmarket.model.matching.MatchStatus;
import cn.techmarket.tenant.contract.Contract;
import cn.techmarket.tenant.contract.ContractChanged;
import cn.techmarket.tenant.contract.MatchLinks;
import cn.techmarket.tenant.crossmarket.ContractCard;
import cn.techmarket.tenant.crossmarket.OtherMarkets;
import cn.techmarket.graphql.security.Caller;
import cn.techmarket.tenant.tenancy.HostedTenant;
import cn.techmarket.tenant.tenancy.HostedTenants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Matches and the contracts they lead to, here where matches are kept: a contract links the match
 * that brought it about, and its registration signs the match (签约).
 */
@Component
class SignedMatches implements MatchLinks {

    private static final Logger log = LoggerFactory.getLogger(SignedMatches.class);
    private static final List<String> OPEN = List.of(MatchStatus.PROPOSED.name(), MatchStatus.CONTACTED.name(), MatchStatus.NEGOTIATING.name());

    private final MatchStore store;
    private final HostedTenants tenants;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final OtherMarkets markets;

    SignedMatches(MatchStore store, HostedTenants tenants, ApplicationEventPublisher events, Clock clock, OtherMarkets markets) {
        this.markets = markets;
        this.store = store;
        this.tenants = tenants;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public void requireSigned(HostedTenant tenant, String field, String matchId) {
        Match match = store.documents().find(tenant, field, matchId)
                .orElseThrow(() -> new BadInputException(field, "no such match in this sub-market"));
        if (match.status() != MatchStatus.SIGNED) {
            throw new BadInputException(field, "the match is " + match.status().name().toLowerCase() + "; a contract links a signed match");
        }
    }

    @Override
    public Optional<String> openMatchFor(String achievementId, String buyerMemberId, String buyerTenantId) {
        return tenants.find(buyerTenantId).flatMap(tenant -> Optional.ofNullable(tenant.mongo().findOne(
                new Query(where("candidateId").is(achievementId).and("demandOwner").is(buyerMemberId).and("status").in(OPEN))
                        .with(Sort.by(Sort.Order.desc("updatedAt"))), Match.class, store.documents().collection())).map(Match::globalId));
    }

    /** A registered contract signs the match it links, from whichever open step the match was at. */
    @EventListener
    void on(ContractChanged changed) {
        Contract contract = changed.contract();
        if (contract.status() != ContractStatus.REGISTERED || changed.from() == ContractStatus.REGISTERED || contract.matchId() == null) {
            return;
        }
        String matchTenant = TypedId.decode(contract.matchId(), Match.TYPE_NAME).tenantId();
        Optional<HostedTenant> home = tenants.find(matchTenant);
        if (home.isEmpty()) {
            // the match's own market signs it, once it has read the registered contract for itself
            if (!markets.tellMatchSigned(Caller.current(), contract.matchId(), contract.globalId())) {
                log.warn("Contract {} links match {} of {}, whose market did not answer: its operators sign it with signMatchByContract",
                        contract.globalId(), contract.matchId(), matchTenant);
            }
            return;
        }
        sign(home.get(), contract.matchId(), contract.registrationNumber(), changed.actor());
    }

    /**
     * A match of this market signed by a registered contract of any market that links it: the
     * contract is read where it is kept (through the hub, with the caller's token, for another
     * market's), so only a contract that really is registered and names this match signs it.
     * Signing a signed match again changes nothing.
     */
    Match signByContract(HostedTenant tenant, Caller caller, String author, String matchId, String contractId) {
        Match match = store.documents().find(tenant, "id", matchId).orElseThrow(() -> new cn.techmarket.tenant.documents.RecordNotFoundException("id"));
        if (match.status() == MatchStatus.SIGNED) {
            return match;
        }
        if (match.status().isFinal()) {
            throw BadInputException.illegalTransition("id", "the match is closed");
        }
        ContractCard card = markets.contract(caller, "contractId", contractId);
        if (!ContractStatus.REGISTERED.name().equals(card.status()) || !match.globalId().equals(card.matchId())) {
            throw new BadInputException("contractId", "is not a registered contract that links this match");
        }
        return sign(tenant, match.globalId(), card.registrationNumber(), author);
    }

    private Match sign(HostedTenant home, String matchId, String registrationNumber, String actor) {
        if (store.documents().find(home, "matchId", matchId).isEmpty()) {
            return null; // the match is gone: nothing to sign
        }
        String localId = TypedId.decode(matchId, Match.TYPE_NAME).localId();
        Match[] before = new Match[1];
        Match after = store.documents().change(home, localId, current -> {
            before[0] = current;
            return current.status().isFinal() ? current : current.moved(MatchStatus.SIGNED, actor, clock.instant(), "合同已登记 " + registrationNumber);
        });
        if (after != before[0]) {
            events.publishEvent(new MatchChanged(home, after, before[0].status(), actor));
        }
        return after;
    }
}
