package cn.techmarket.tenant.contract;

import cn.techmarket.model.contract.ContractType;
import cn.techmarket.tenant.tenancy.HostedTenant;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Contracts for deals struck on the market (挂牌成交): filled from the deal by trading, filed by a
 * party's people, and registered like any other contract, with the listing they close linked.
 */
@Component
public class DealContracts {

    /**
     * What the deal fixes and the party adds.
     *
     * @param matchId the broker's match that led to the deal, if one did: it becomes signed when the contract is registered
     */
    public record Terms(ContractType type, String title, Contract.Party seller, Contract.Party buyer, BigDecimal amount,
                        BigDecimal technologyIncome, LocalDate signedOn, String achievementId, String matchId, String listingId,
                        List<Contract.Attachment> attachments) {
    }

    private final ContractWorkflow workflow;
    private final ContractStore store;

    DealContracts(ContractWorkflow workflow, ContractStore store) {
        this.workflow = workflow;
        this.store = store;
    }

    /**
     * Submits the deal's contract; one already stored under this id (the request run again) is returned as it is.
     *
     * @param filedBy the party member (global id) whose people file it
     */
    public Contract submit(HostedTenant tenant, String author, String id, Terms terms, String filedBy) {
        return workflow.submitDeal(tenant, author, id, terms, filedBy);
    }

    public Optional<Contract> find(HostedTenant tenant, String globalId) {
        return store.find(tenant, globalId);
    }
}
