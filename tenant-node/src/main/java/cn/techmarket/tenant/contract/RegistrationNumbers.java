package cn.techmarket.tenant.contract;

import cn.techmarket.tenant.tenancy.HostedTenant;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Registration numbers: {@code <region code>-<year>-<six digits>}, e.g. {@code 220100-2026-000042}.
 * Each comes from an atomic increment of the tenant's counter for the year, so concurrent
 * approvals never share one; a unique index on the stored number stands behind that.
 */
@Component
class RegistrationNumbers {

    private static final String COUNTERS = "counters";

    String next(HostedTenant tenant, int year) {
        Document counter = tenant.mongo().findAndModify(new Query(where("_id").is(counterId(year))),
                new Update().inc("value", 1L), FindAndModifyOptions.options().returnNew(true).upsert(true), Document.class, COUNTERS);
        long value = counter.get("value", Number.class).longValue();
        return String.format("%s-%d-%06d", tenant.city().regionCode(), year, value);
    }

    /** After an import of numbered contracts: the next number issued follows the last imported. */
    void startAfter(HostedTenant tenant, int year, long last) {
        tenant.mongo().upsert(new Query(where("_id").is(counterId(year))), new Update().max("value", last), COUNTERS);
    }

    private static String counterId(int year) {
        return "contract-registration-" + year;
    }

    void ensureIndexes(HostedTenant tenant) {
        var indexes = tenant.mongo().indexOps(ContractStore.COLLECTION);
        indexes.createIndex(new Index().on("registrationNumber", Sort.Direction.ASC).unique().sparse().named("registration_number"));
        indexes.createIndex(new Index().on("registeredYear", Sort.Direction.ASC).on("status", Sort.Direction.ASC).named("registered_year"));
    }
}
