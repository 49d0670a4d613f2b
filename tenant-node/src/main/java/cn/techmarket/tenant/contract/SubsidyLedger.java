package cn.techmarket.tenant.contract;

import cn.techmarket.tenant.tenancy.HostedTenant;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * What each recipient has been granted under each rule in each year, so that a yearly cap holds
 * however many reviewers register at once. One document per rule, recipient and year keeps the
 * grant of every contract by the contract's id, and changes only at the version it was read at:
 * two registrations racing for the last of a cap cannot both have it, and registering the same
 * contract again replaces its grant instead of adding to it.
 */
@Component
class SubsidyLedger {

    static final String COLLECTION = "subsidy_ledger";
    private static final int MAX_ATTEMPTS = 100;

    private final SubsidyProperties properties;

    SubsidyLedger(SubsidyProperties properties) {
        this.properties = properties;
    }

    /** The grants the contract earns on registration in the year, each recorded against its cap. */
    List<Contract.SubsidyGrant> grant(HostedTenant tenant, Contract contract, int year) {
        List<Contract.SubsidyGrant> grants = new ArrayList<>();
        for (SubsidyProperties.Rule rule : properties.rules()) {
            if (rule.appliesTo(tenant.id(), contract)) {
                grants.add(record(tenant, rule, contract, year));
            }
        }
        return grants;
    }

    private Contract.SubsidyGrant record(HostedTenant tenant, SubsidyProperties.Rule rule, Contract contract, int year) {
        String key = rule.id() + "|" + contract.party(rule.recipient()).creditCode() + "|" + year;
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            Document entry = tenant.mongo().findById(key, Document.class, COLLECTION);
            Map<String, Object> byContract = entry == null ? Map.of() : entry.get("grants", Document.class);
            BigDecimal already = byContract.entrySet().stream()
                    .filter(grant -> !grant.getKey().equals(contract.id()))
                    .map(grant -> ((Decimal128) grant.getValue()).bigDecimalValue())
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            Contract.SubsidyGrant grant = SubsidyCalculator.grant(rule, contract, already);
            Decimal128 amount = new Decimal128(grant.amount());
            try {
                if (entry == null) {
                    tenant.mongo().insert(new Document("_id", key).append("version", 1L)
                            .append("grants", new Document(contract.id(), amount)), COLLECTION);
                    return grant;
                }
                long version = entry.get("version", Number.class).longValue();
                var result = tenant.mongo().updateFirst(new Query(where("_id").is(key).and("version").is(version)),
                        new Update().set("grants." + contract.id(), amount).set("version", version + 1), COLLECTION);
                if (result.getMatchedCount() == 1) {
                    return grant;
                }
            } catch (DuplicateKeyException raced) {
                // another registration created the entry first: read it and try again
            }
        }
        throw new IllegalStateException("subsidy ledger " + key + " stayed contended");
    }
}
