package cn.techmarket.tenant.library;

import cn.techmarket.tenant.tenancy.HostedTenant;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The highest change sequence known to be committed, per tenant and kind, kept in a small
 * {@code sequences} collection so that neither writers nor the feed have to scan for the
 * maximum. A hint is only ever raised after the write that used the sequence is stored, so
 * every sequence up to it is committed; it may lag behind (a crash between the write and the
 * raise), which {@link #repair} fixes at startup and the writers' retry tolerates.
 */
@Component
public class SequenceHints {

    static final String COLLECTION = "sequences";

    private final CommitSignal signal;
    private final LibraryKinds kinds;

    SequenceHints(CommitSignal signal, LibraryKinds kinds) {
        this.signal = signal;
        this.kinds = kinds;
    }

    public long committed(HostedTenant tenant, Library<?> library) {
        Document hint = tenant.mongo().findById(library.collection(), Document.class, COLLECTION);
        return hint == null ? 0 : ((Number) hint.get("seq")).longValue();
    }

    /**
     * Every kind's hint in one read: the change feed asks for all of them on every poll, and a
     * sync that is caught up polls often.
     *
     * @return every kind's library, in change-feed order
     */
    public Map<Library<?>, Long> committed(HostedTenant tenant) {
        Map<String, Long> byCollection = new HashMap<>();
        for (Document hint : tenant.mongo().findAll(Document.class, COLLECTION)) {
            byCollection.put(String.valueOf(hint.get("_id")), ((Number) hint.get("seq")).longValue());
        }
        Map<Library<?>, Long> hints = new LinkedHashMap<>();
        kinds.libraries().forEach(library -> hints.put(library, byCollection.getOrDefault(library.collection(), 0L)));
        return hints;
    }

    void raise(HostedTenant tenant, Library<?> library, long seq) {
        tenant.mongo().upsert(new Query(where("_id").is(library.collection())), new Update().max("seq", seq), COLLECTION);
        signal.raised(tenant);
    }

    /** The true maximum, by scanning the records; for startup and for writers that lost a race. */
    long scanMaximum(HostedTenant tenant, Library<?> library) {
        Document newest = tenant.mongo().findOne(
                new Query().with(Sort.by(Sort.Direction.DESC, "meta.seq")).limit(1), Document.class, library.collection());
        if (newest == null) {
            return 0;
        }
        return ((Number) ((Document) newest.get("meta")).get("seq")).longValue();
    }

    /** Raises every hint of the tenant to the stored maximum: a crash may have left one behind. */
    public void repair(HostedTenant tenant) {
        for (Library<?> library : kinds.libraries()) {
            raise(tenant, library, scanMaximum(tenant, library));
        }
    }
}
