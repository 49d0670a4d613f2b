package cn.techmarket.tenant.documents;

import cn.techmarket.graphql.errors.BadInputException;

import cn.techmarket.model.id.MalformedIdException;
import cn.techmarket.model.id.TypedId;
import cn.techmarket.tenant.tenancy.HostedTenant;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.graphql.data.query.ScrollSubrange;

import java.util.Optional;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * A collection of workflow documents (matches, meeting requests) in a tenant's own database: each
 * replaced only at the version it was read at, named to clients by a typed platform id.
 */
public final class WorkflowDocuments<T extends WorkflowDocuments.Versioned> {

    /** A document that moves through a workflow one version at a time. */
    public interface Versioned {
        /** The local id. */
        String id();

        long version();
    }

    private static final int CHANGE_TRIES = 50;
    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"));

    private final String collection;
    private final Class<T> type;
    private final String typeName;

    public WorkflowDocuments(String collection, Class<T> type, String typeName) {
        this.collection = collection;
        this.type = type;
        this.typeName = typeName;
    }

    public String globalId(String tenantId, String localId) {
        return new TypedId(tenantId, typeName, localId).encode();
    }

    public void insert(HostedTenant tenant, T document) {
        tenant.mongo().insert(document, collection);
    }

    /**
     * Inserts the document a request creates under the request's next new id. The same request run
     * again (its idempotency key derives the same id) finds the document the first run inserted,
     * and returns that instead of a second copy.
     */
    public T insertOnce(HostedTenant tenant, NewIds ids, java.util.function.Function<String, T> build) {
        String id = ids.next();
        T earlier = tenant.mongo().findById(id, type, collection);
        if (earlier != null) {
            return earlier;
        }
        T document = build.apply(id);
        try {
            insert(tenant, document);
        } catch (org.springframework.dao.DuplicateKeyException sameRequestRacing) {
            return tenant.mongo().findById(id, type, collection);
        }
        return document;
    }

    /** Replaces the document if it is still at the version it was read at. */
    public void replace(HostedTenant tenant, T current, T next) {
        var result = tenant.mongo().replace(new Query(where("_id").is(current.id()).and("version").is(current.version())), next, collection);
        if (result.getMatchedCount() == 0) {
            throw new StaleVersionException(current.version(), tenant.mongo().findById(current.id(), type, collection).version());
        }
    }

    /**
     * A change made from the document as it is now, read again and made again while another change
     * got in first: for steps many people take at once, each adding to the document rather than
     * deciding on a version a person saw. A change that returns the document itself writes nothing.
     *
     * @throws RecordNotFoundException naming {@code id} when there is no such document
     */
    public T change(HostedTenant tenant, String localId, java.util.function.UnaryOperator<T> change) {
        for (int tries = 0; tries < CHANGE_TRIES; tries++) {
            T current = tenant.mongo().findById(localId, type, collection);
            if (current == null) {
                throw new RecordNotFoundException("id");
            }
            T next = change.apply(current);
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
        throw new IllegalStateException(typeName + " " + localId + " kept changing under " + CHANGE_TRIES + " attempts");
    }

    /** The document the global id names, if it is this tenant's; a malformed id is refused naming {@code field}. */
    public Optional<T> find(HostedTenant tenant, String field, String globalId) {
        TypedId id;
        try {
            id = TypedId.decode(globalId, typeName);
        } catch (MalformedIdException e) {
            throw new BadInputException(field, e.getMessage());
        }
        if (!id.tenantId().equals(tenant.id())) {
            return Optional.empty();
        }
        return Optional.ofNullable(tenant.mongo().findById(id.localId(), type, collection));
    }

    /** The document at the expected version, or a refusal naming the field. */
    public T atVersion(HostedTenant tenant, String globalId, long expectedVersion) {
        return atVersion(tenant, globalId, expectedVersion, document -> {
        });
    }

    /**
     * As {@link #atVersion(HostedTenant, String, long)}, with the caller checked first, so that someone
     * who may not change the document learns nothing of it, not even its version.
     *
     * @param mayChange throws when the caller may not change the document
     */
    public T atVersion(HostedTenant tenant, String globalId, long expectedVersion, java.util.function.Consumer<? super T> mayChange) {
        T document = find(tenant, "id", globalId).orElseThrow(() -> new RecordNotFoundException("id"));
        mayChange.accept(document);
        if (document.version() != expectedVersion) {
            throw new StaleVersionException(expectedVersion, document.version());
        }
        return document;
    }

    /** Newest first, one bounded page. */
    public Window<T> page(HostedTenant tenant, Criteria criteria, ScrollSubrange subrange) {
        PageRequest page = PageRequest.of(subrange);
        return tenant.mongo().scroll(new Query(criteria).with(NEWEST_FIRST).with(page.position()).limit(page.size()), type, collection);
    }

    public java.util.stream.Stream<T> stream(HostedTenant tenant, Criteria criteria) {
        return tenant.mongo().stream(new Query(criteria), type, collection);
    }

    public String collection() {
        return collection;
    }
}
