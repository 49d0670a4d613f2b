package cn.techmarket.tenant.trading;

import cn.techmarket.model.trading.ListingStatus;

import cn.techmarket.graphql.errors.BadInputException;
import cn.techmarket.tenant.documents.RecordNotFoundException;
import cn.techmarket.tenant.documents.WorkflowDocuments;
import cn.techmarket.tenant.tenancy.HostedTenant;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/** The listings a tenant keeps, each written only at the version it was read at. */
@Component
class Listings {

    static final WorkflowDocuments<Listing> DOCUMENTS = new WorkflowDocuments<>("listings", Listing.class, Listing.TYPE_NAME);

    Listing find(HostedTenant tenant, String field, String globalId) {
        return DOCUMENTS.find(tenant, field, globalId).orElseThrow(() -> new RecordNotFoundException(field));
    }

    Optional<Listing> byLocalId(HostedTenant tenant, String id) {
        return Optional.ofNullable(tenant.mongo().findById(id, Listing.class, DOCUMENTS.collection()));
    }

    /** The achievement's listing that is still under way, if any. */
    Optional<Listing> activeFor(HostedTenant tenant, String achievementId) {
        List<String> active = Arrays.stream(ListingStatus.values()).filter(ListingStatus::active).map(Enum::name).toList();
        return Optional.ofNullable(tenant.mongo().findOne(new Query(where("achievementId").is(achievementId).and("status").in(active)),
                Listing.class, DOCUMENTS.collection()));
    }

    List<Listing> ofAchievement(HostedTenant tenant, String achievementId) {
        return tenant.mongo().find(new Query(where("achievementId").is(achievementId)).with(Sort.by(Sort.Order.desc("createdAt"))).limit(50),
                Listing.class, DOCUMENTS.collection());
    }

    void insert(HostedTenant tenant, Listing listing) {
        DOCUMENTS.insert(tenant, listing);
    }

    void replace(HostedTenant tenant, Listing current, Listing next) {
        DOCUMENTS.replace(tenant, current, next);
    }

    /** See {@link WorkflowDocuments#change}: intents and objections, which many people add at once. */
    Listing change(HostedTenant tenant, String localId, UnaryOperator<Listing> change) {
        return DOCUMENTS.change(tenant, localId, change);
    }

    void ensureIndexes(HostedTenant tenant) {
        tenant.mongo().indexOps(DOCUMENTS.collection()).createIndex(new Index().on("achievementId", Sort.Direction.ASC));
        tenant.mongo().indexOps(DOCUMENTS.collection()).createIndex(new Index().on("intents.memberId", Sort.Direction.ASC));
        tenant.mongo().indexOps(DOCUMENTS.collection()).createIndex(new Index().on("status", Sort.Direction.ASC).on("noticeEndsAt", Sort.Direction.ASC));
    }

    static void requireStatus(Listing listing, ListingStatus... allowed) {
        if (!Arrays.asList(allowed).contains(listing.status())) {
            throw BadInputException.illegalTransition("id", "the listing is " + listing.status().label() + " (" + listing.status() + ")");
        }
    }
}
