package cn.techmarket.tenant.library;

import cn.techmarket.tenant.documents.PageRequest;

import cn.techmarket.model.id.GlobalId;
import cn.techmarket.tenant.library.Lifecycle;
import cn.techmarket.tenant.library.LibraryRecord;
import cn.techmarket.tenant.tenancy.HostedTenant;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/** Reads a tenant's library records in that tenant's own database, and declares its indexes. */
@Component
public class LibraryStore {

    private final LibraryKinds kinds;

    LibraryStore(LibraryKinds kinds) {
        this.kinds = kinds;
    }

    /** Newest first; the id breaks ties so that cursors are stable. */
    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("meta.publishedAt"), Sort.Order.desc("id"));

    /**
     * @param filter what a record must also meet; {@code null} for all public records
     */
    public <T extends LibraryRecord> Window<T> published(HostedTenant tenant, Library<T> library, LibraryFilter filter,
                                                         ScrollSubrange subrange) {
        List<Criteria> filters = filter == null ? List.of() : filter.criteria();
        PageRequest page = PageRequest.of(subrange);
        Criteria criteria = filters.isEmpty() ? publicRecords() : publicRecords().andOperator(filters);
        Query query = new Query(criteria)
                .with(NEWEST_FIRST)
                .with(page.position())
                .limit(page.size());
        return tenant.mongo().scroll(query, library.type(), library.collection());
    }

    /** The records of these members, newest first, in every state but deleted; at most {@code limit}. */
    public <T extends LibraryRecord> List<T> ownedBy(HostedTenant tenant, Library<T> library, java.util.Collection<String> owners, int limit) {
        Query query = new Query(where("meta.owner").in(owners).and("meta.lifecycle").ne(Lifecycle.DELETED.name()))
                .with(Sort.by(Sort.Order.desc("meta.updatedAt"))).limit(limit);
        return tenant.mongo().find(query, library.type(), library.collection());
    }

    /** Records in the lifecycle, the longest waiting first; at most {@code limit}. */
    public <T extends LibraryRecord> List<T> inLifecycle(HostedTenant tenant, Library<T> library, Lifecycle lifecycle, int limit) {
        Query query = new Query(where("meta.lifecycle").is(lifecycle.name())).with(Sort.by(Sort.Order.asc("meta.updatedAt"))).limit(limit);
        return tenant.mongo().find(query, library.type(), library.collection());
    }

    /** Published records that also meet the criteria, in id order; at most {@code limit}. */
    public <T extends LibraryRecord> List<T> publishedWhere(HostedTenant tenant, Library<T> library, Criteria criteria, int limit) {
        Query query = new Query(publicRecords().andOperator(criteria)).with(Sort.by("_id")).limit(limit);
        return tenant.mongo().find(query, library.type(), library.collection());
    }

    /** Every published record of the kind, for statistics over them all. */
    public <T extends LibraryRecord> java.util.stream.Stream<T> streamPublished(HostedTenant tenant, Library<T> library) {
        return tenant.mongo().stream(new Query(publicRecords()), library.type(), library.collection());
    }

    public long countPublished(HostedTenant tenant, Library<?> library) {
        return tenant.mongo().count(new Query(publicRecords()), library.collection());
    }

    public long countAll(HostedTenant tenant, Library<?> library) {
        return tenant.mongo().count(new Query(), library.collection());
    }

    /**
     * A record of this tenant in any lifecycle; callers decide who may see what is not public.
     * By primary key alone: the lookup stays a point read on every server.
     */
    public Optional<LibraryRecord> find(HostedTenant tenant, GlobalId id) {
        if (!id.tenantId().equals(tenant.id())) {
            return Optional.empty();
        }
        Library<?> library = kinds.library(id.kind());
        return Optional.ofNullable(tenant.mongo().findById(id.localId(), library.type(), library.collection()));
    }

    /** Declares the indexes every tenant database needs; idempotent, run at startup. */
    public void ensureIndexes(HostedTenant tenant) {
        for (LibraryKind<?> kind : kinds.all()) {
            var indexes = tenant.mongo().indexOps(kind.library().collection());
            // the change feed's guarantee rests on this index: see LibraryWriter
            indexes.createIndex(new Index().on("meta.seq", Sort.Direction.ASC).unique().named("change_seq"));
            indexes.createIndex(new Index()
                    .on("meta.lifecycle", Sort.Direction.ASC)
                    .on("meta.publishedAt", Sort.Direction.DESC)
                    .on("_id", Sort.Direction.DESC)
                    .named("public_newest_first"));
            kind.indexedFields().forEach(field -> indexes.createIndex(new Index().on(field, Sort.Direction.ASC).named(field)));
            // a member's own records, in every state
            indexes.createIndex(new Index().on("meta.owner", Sort.Direction.ASC).sparse().named("owner"));
        }
    }

    static Criteria publicRecords() {
        return where("meta.lifecycle").is(Lifecycle.PUBLISHED.name());
    }
}
