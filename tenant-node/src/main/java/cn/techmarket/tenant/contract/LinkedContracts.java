package cn.techmarket.tenant.contract;

import cn.techmarket.model.contract.ContractStatus;
import cn.techmarket.tenant.tenancy.HostedTenant;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * What matchmaking reads of contracts: the registered ones that link its matches, for brokers'
 * turnover (促成成交额), and a contract by its id, for a match signed by its registration.
 */
@Component
public class LinkedContracts {

    /** A registered contract's figures, with the match it links. */
    public record Linked(String matchId, int registeredYear, BigDecimal amount) {
    }

    /** The contract the global id names, if it is this tenant's. */
    public java.util.Optional<Contract> find(HostedTenant tenant, String globalId) {
        cn.techmarket.model.contract.ContractId id;
        try {
            id = cn.techmarket.model.contract.ContractId.decode(globalId);
        } catch (RuntimeException notAContract) {
            return java.util.Optional.empty();
        }
        return id.tenantId().equals(tenant.id())
                ? java.util.Optional.ofNullable(tenant.mongo().findById(id.localId(), Contract.class, ContractStore.COLLECTION))
                : java.util.Optional.empty();
    }

    /** The registered contracts linking any of the matches (global ids). */
    public List<Linked> registeredLinking(HostedTenant tenant, Collection<String> matchIds) {
        Query query = new Query(where("matchId").in(matchIds)
                .and("status").is(ContractStatus.REGISTERED.name()));
        query.fields().include("matchId", "registeredYear", "amount");
        return tenant.mongo().find(query, Linked.class, ContractStore.COLLECTION);
    }
}
