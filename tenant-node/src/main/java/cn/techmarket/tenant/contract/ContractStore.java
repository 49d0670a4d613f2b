package cn.techmarket.tenant.contract;

import cn.techmarket.model.contract.ContractId;
import cn.techmarket.model.contract.ContractStatus;
import cn.techmarket.model.contract.ContractType;
import cn.techmarket.model.id.MalformedIdException;
import cn.techmarket.graphql.errors.BadInputException;
import cn.techmarket.tenant.documents.PageRequest;
import cn.techmarket.tenant.documents.RecordNotFoundException;
import cn.techmarket.tenant.documents.StaleVersionException;
import cn.techmarket.tenant.tenancy.HostedTenant;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/** A tenant's contracts in its own database. */
@Component
class ContractStore {

    static final String COLLECTION = "contracts";

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"));

    record Filter(ContractStatus status, Integer year) {
    }

    void insert(HostedTenant tenant, Contract contract) {
        tenant.mongo().insert(contract, COLLECTION);
    }

    /** Replaces the contract if it is still at the version it was read at. */
    void replace(HostedTenant tenant, Contract current, Contract next) {
        var result = tenant.mongo().replace(new Query(where("_id").is(current.id()).and("version").is(current.version())),
                next, COLLECTION);
        if (result.getMatchedCount() == 0) {
            throw new StaleVersionException(current.version(), load(tenant, current.id()).version());
        }
    }

    Optional<Contract> find(HostedTenant tenant, String globalId) {
        ContractId id = decode(globalId);
        if (!id.tenantId().equals(tenant.id())) {
            return Optional.empty();
        }
        return Optional.ofNullable(tenant.mongo().findById(id.localId(), Contract.class, COLLECTION));
    }

    /** Contracts the members (global ids) filed, newest first; at most 200. */
    List<Contract> filedBy(HostedTenant tenant, java.util.Collection<String> members) {
        return tenant.mongo().find(new Query(where("filedBy").in(members)).with(NEWEST_FIRST).limit(200), Contract.class, COLLECTION);
    }

    /** The contract at the expected version, or a refusal naming the field. */
    Contract atVersion(HostedTenant tenant, String globalId, long expectedVersion) {
        Contract contract = find(tenant, globalId).orElseThrow(() -> new RecordNotFoundException("id"));
        if (contract.version() != expectedVersion) {
            throw new StaleVersionException(expectedVersion, contract.version());
        }
        return contract;
    }

    Window<Contract> page(HostedTenant tenant, Filter filter, ScrollSubrange subrange) {
        PageRequest page = PageRequest.of(subrange);
        List<Criteria> criteria = new ArrayList<>();
        if (filter != null && filter.status() != null) {
            criteria.add(where("status").is(filter.status().name()));
        }
        if (filter != null && filter.year() != null) {
            criteria.add(where("registeredYear").is(filter.year()));
        }
        Query query = criteria.isEmpty() ? new Query() : new Query(new Criteria().andOperator(criteria));
        return tenant.mongo().scroll(query.with(NEWEST_FIRST).with(page.position()).limit(page.size()), Contract.class, COLLECTION);
    }

    /** What statistics read of a registered contract: a fraction of the document. */
    record Figures(ContractType type, int registeredMonth, BigDecimal amount, BigDecimal technologyIncome, BigDecimal subsidyTotal,
                   Contract.Party seller, Contract.Party buyer) {
    }

    /** The figures of a year's registered contracts, streamed. */
    Stream<Figures> registeredIn(HostedTenant tenant, int year) {
        Query query = new Query(where("registeredYear").is(year).and("status").is(ContractStatus.REGISTERED.name()));
        query.fields().include("type", "registeredMonth", "amount", "technologyIncome", "subsidyTotal", "seller", "buyer");
        return tenant.mongo().stream(query, Figures.class, COLLECTION);
    }

    private Contract load(HostedTenant tenant, String localId) {
        return tenant.mongo().findById(localId, Contract.class, COLLECTION);
    }

    private static ContractId decode(String globalId) {
        try {
            return ContractId.decode(globalId);
        } catch (MalformedIdException e) {
            throw new BadInputException("id", e.getMessage());
        }
    }
}
