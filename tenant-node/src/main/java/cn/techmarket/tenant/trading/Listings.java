package cn.techmarket.tenant.trading;

import cn.techmarket.model.trading.ListingStatus;

import cn.techmarket.graphql.errors.BadInputException;
import cn.techmarket.tenant.documents.RecordNotFoundException;
import cn.techmarket.tenant.documents.StaleVersionException;
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
    private static final int TRIES = 50;

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

    /**
     * A change made from the listing as it is now, read again and made again while another change
     * got in first: for steps many people take at once (intents, objections), which each add to the
     * listing rather than decide on a version a person saw.
     */
    Listing change(HostedTenant tenant, String localId, UnaryOperator<Listing> change) {
        for (int tries = 0; tries < TRIES; tries++) {
            Listing current = byLocalId(tenant, localId).orElseThrow(() -> new RecordNotFoundException("id"));
            Listing next = change.apply(current);
            if (next == current) {
                return current;
            }
            try {
                replace(tenant, current, next);
                return next;
            } catch (StaleVersionException raced) {
                // someone else's step got in first: decide again from theirs
            }
        }
        throw new IllegalStateException("listing " + localId + " kept changing under " + TRIES + " attempts");
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
