package cn.techmarket.tenant.library;

import cn.techmarket.tenant.documents.StaleVersionException;
import cn.techmarket.tenant.documents.RecordNotFoundException;
import cn.techmarket.tenant.documents.NewIds;

import cn.techmarket.graphql.errors.BadInputException;

import cn.techmarket.model.text.English;
import cn.techmarket.tenant.library.Lifecycle;
import cn.techmarket.tenant.library.LibraryRecord;
import cn.techmarket.tenant.library.RecordMeta;
import cn.techmarket.tenant.tenancy.HostedTenant;
import com.mongodb.client.result.UpdateResult;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.function.LongFunction;
import java.util.function.Function;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Every change to a library record, and how each gets its place in the change feed.
 *
 * <h2>Why the feed never skips an acknowledged write</h2>
 * Each record document carries {@code meta.seq}, and a unique index on it per kind means no two
 * documents ever hold the same number. A write claims {@code seq = c + 1}, where {@code c} is a
 * sequence already known to be committed (the hint, or the sequence it just lost a race for),
 * and stores content, version and sequence in one single-document write, which MongoDB
 * applies atomically: there is no window in which the record changed but its sequence did not.
 * If another writer got there first, the unique index refuses the write and it retries with a
 * fresh maximum. So a sequence {@code k} is only ever attempted after {@code k - 1} was
 * committed: sequences commit in order. The feed ({@code ChangeFeed}) reads only up to a
 * committed bound {@code M}, and since everything at or below {@code M} committed before that
 * bound was read, a page can miss no write below it; a record updated during the read has
 * moved to a sequence above {@code M} and is read on a later page. Deletions are kept as
 * tombstones with their own sequence, so they travel the same way. No transactions, change
 * streams or clocks are involved.
 *
 * <p>Each committed change is then published as a {@link RecordCommitted} (the audit trail keeps
 * them); demo and migration imports are not, as nobody made them.
 */
@Component
public class LibraryWriter {

    private static final int MAX_ATTEMPTS = 200;

    private final SequenceHints hints;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    public LibraryWriter(SequenceHints hints, Clock clock, ApplicationEventPublisher events) {
        this.hints = hints;
        this.clock = clock;
        this.events = events;
    }

    /** Stores a new draft under a fresh id. */
    public <T extends LibraryRecord> T create(HostedTenant tenant, Library<T> library, String author, ContentFactory<T> content) {
        return createFresh(tenant, library, LibraryIds.next(), author, null, content);
    }

    /**
     * Stores a new draft; if a record with this id exists, returns it unchanged: ids derived from
     * an idempotency key ({@link NewIds}) make a request run again after a crash find what its
     * first run created.
     */
    public <T extends LibraryRecord> T create(HostedTenant tenant, Library<T> library, String id, String author,
                                              ContentFactory<T> content) {
        return create(tenant, library, id, author, null, content);
    }

    /** As {@link #create(HostedTenant, Library, String, String, ContentFactory)}, published for the member {@code owner} (a global id) when it is not null. */
    public <T extends LibraryRecord> T create(HostedTenant tenant, Library<T> library, String id, String author, String owner,
                                              ContentFactory<T> content) {
        T existing = tenant.mongo().findById(id, library.type(), library.collection());
        if (existing != null) {
            return existing;
        }
        return createFresh(tenant, library, id, author, owner, content);
    }

    /**
     * As {@link #create(HostedTenant, Library, String, String, String, ContentFactory)}, under an id no earlier run can
     * have used (a fresh one, not derived from an idempotency key): nothing to look for first.
     */
    public <T extends LibraryRecord> T createFresh(HostedTenant tenant, Library<T> library, String id, String author, String owner,
                                                   ContentFactory<T> content) {
        RecordMeta meta = RecordMeta.draft(tenant.id(), author, owner, clock.instant());
        T created = withNextSeq(tenant, library, seq -> {
            T record = content.build(id, meta.withSeq(seq));
            tenant.mongo().insert(record, library.collection());
            return record;
        });
        events.publishEvent(new RecordCommitted(tenant, null, created));
        return created;
    }

    /** As {@link #update}, for a global id from a client, which must name a record of this tenant and library. */
    public <T extends LibraryRecord> T updateByGlobalId(HostedTenant tenant, Library<T> library, String globalId, long expectedVersion,
                                                        String author, ContentFactory<T> content) {
        return update(tenant, library, LibraryIds.localId(tenant, globalId, library), expectedVersion, author, content);
    }

    /** Replaces the content of a record that is still at {@code expectedVersion}. */
    public <T extends LibraryRecord> T update(HostedTenant tenant, Library<T> library, String id, long expectedVersion,
                                              String author, ContentFactory<T> content) {
        T current = load(tenant, library, id, expectedVersion);
        return update(tenant, library, current, author, content);
    }

    /** Replaces the content of a record already read at the version the caller saw. */
    public <T extends LibraryRecord> T update(HostedTenant tenant, Library<T> library, T current, String author, ContentFactory<T> content) {
        String id = current.id();
        if (!current.meta().lifecycle().isEditable()) {
            throw BadInputException.illegalTransition("id", "a deleted record cannot be edited");
        }
        RecordMeta next = current.meta().changed(current.meta().lifecycle(), author, clock.instant());
        return replace(tenant, library, current, next, meta -> content.build(id, meta));
    }

    /** Moves a record along its lifecycle: publish, withdraw, delete. */
    public <T extends LibraryRecord> T transition(HostedTenant tenant, Library<T> library, String id, long expectedVersion,
                                                  String author, Lifecycle target) {
        return transition(tenant, library, id, expectedVersion, author, target, null);
    }

    /** As {@link #transition(HostedTenant, Library, String, long, String, Lifecycle)}, with the operators' note on a return for revision. */
    public <T extends LibraryRecord> T transition(HostedTenant tenant, Library<T> library, String id, long expectedVersion,
                                                  String author, Lifecycle target, String note) {
        T current = load(tenant, library, id, expectedVersion);
        Lifecycle from = current.meta().lifecycle();
        if (!from.canMoveTo(target)) {
            throw BadInputException.illegalTransition("id",
                    English.withArticle(from.name().toLowerCase() + " record") + " cannot become " + target.name().toLowerCase());
        }
        RecordMeta next = current.meta().changed(target, author, clock.instant(), note);
        return replace(tenant, library, current, next, meta -> library.type().cast(current.withMeta(meta)));
    }

    /**
     * Bulk-loads records (demo or migrated data) in order, numbering them after the committed
     * sequence. Ordered inserts commit one after another, so the feed's ordering holds; it is
     * meant for a library nobody else writes to yet, such as at first startup.
     *
     * @return the number of records stored
     */
    public <T extends LibraryRecord> int importInOrder(HostedTenant tenant, Library<T> library, java.util.List<T> records) {
        long seq = Math.max(hints.committed(tenant, library), hints.scanMaximum(tenant, library));
        java.util.List<T> numbered = new java.util.ArrayList<>(records.size());
        for (T record : records) {
            numbered.add(library.type().cast(record.withMeta(record.meta().withSeq(++seq))));
        }
        tenant.mongo().insert(numbered, library.collection());
        hints.raise(tenant, library, seq);
        return numbered.size();
    }

    private <T extends LibraryRecord> T replace(HostedTenant tenant, Library<T> library, T current, RecordMeta next,
                                                Function<RecordMeta, T> build) {
        T replaced = withNextSeq(tenant, library, seq -> {
            T replacement = build.apply(next.withSeq(seq));
            UpdateResult result = tenant.mongo().replace(
                    new Query(where("_id").is(current.id()).and("meta.version").is(current.meta().version())),
                    replacement, library.collection());
            if (result.getMatchedCount() == 0) {
                // someone else changed it between our read and our write
                throw new StaleVersionException(current.meta().version(), reload(tenant, library, current.id()).meta().version());
            }
            return replacement;
        });
        events.publishEvent(new RecordCommitted(tenant, current, replaced));
        return replaced;
    }

    /** The record at the version the caller saw; refused as not found or stale otherwise. */
    public <T extends LibraryRecord> T load(HostedTenant tenant, Library<T> library, String id, long expectedVersion) {
        T current = reload(tenant, library, id);
        if (current.meta().version() != expectedVersion) {
            throw new StaleVersionException(expectedVersion, current.meta().version());
        }
        return current;
    }

    private <T extends LibraryRecord> T reload(HostedTenant tenant, Library<T> library, String id) {
        T current = tenant.mongo().findById(id, library.type(), library.collection());
        if (current == null) {
            throw new RecordNotFoundException("id");
        }
        return current;
    }

    private <T> T withNextSeq(HostedTenant tenant, Library<?> library, LongFunction<T> write) {
        return hints.claiming(tenant, library, () -> {
            long committed = hints.committed(tenant, library);
            for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
                long seq = committed + 1;
                try {
                    T written = write.apply(seq);
                    hints.committedNow(tenant, library, seq);
                    return written;
                } catch (DuplicateKeyException lostRace) {
                    // seq is taken (by another node), so it is committed; the stored hint may already know of later ones
                    committed = Math.max(seq, hints.stored(tenant, library));
                }
            }
            throw new IllegalStateException("could not claim a change sequence for " + library.collection() + " after " + MAX_ATTEMPTS + " attempts");
        });
    }

    /** Builds a record's content around the id and metadata the writer decides. */
    @FunctionalInterface
    public interface ContentFactory<T extends LibraryRecord> {
        T build(String id, RecordMeta meta);
    }
}
