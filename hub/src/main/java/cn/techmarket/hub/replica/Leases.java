package cn.techmarket.hub.replica;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Named leases kept in the hub's MongoDB, each held by at most one replica at a time: taken when
 * free or run out, renewed by its holder while it still holds it, never renewed once it has run
 * out (another may have it by then), given back when the holder stops. Every change is one
 * conditional write on the lease's document, so two replicas asking at once cannot both succeed.
 *
 * <p>Written here rather than taken from a library: Spring Integration's MongoDB lock registry is
 * not available to this build, and ShedLock's MongoDB provider tells holders apart by host name
 * only, so two replicas on one host could both renew one lock.
 */
public class Leases {

    static final String COLLECTION = "hub_leases";

    /** A lease's document: who holds it, until when, since when. */
    public record Lease(String id, String holder, Instant until, Instant since) {
    }

    private final MongoTemplate mongo;
    private final Clock clock;
    private final ReplicaId self;
    private final Duration leaseTime;
    /** Until when this replica holds each lease it holds, as last written: renewed only once half of it has passed. */
    private final Map<String, Instant> held = new ConcurrentHashMap<>();

    public Leases(MongoTemplate mongo, Clock clock, ReplicaId self, Duration leaseTime) {
        this.mongo = mongo;
        this.clock = clock;
        this.self = self;
        this.leaseTime = leaseTime;
    }

    public ReplicaId self() {
        return self;
    }

    /**
     * Takes the lease if it is free or has run out, or renews it if this replica holds it and it
     * has not run out; whether this replica holds it afterwards.
     */
    public boolean hold(String name) {
        Instant now = clock.instant();
        Instant until = held.get(name);
        if (until != null && now.isBefore(until.minus(leaseTime.dividedBy(2)))) {
            return true;
        }
        Criteria ours = Criteria.where("holder").is(self.value()).and("until").gt(now);
        Criteria free = Criteria.where("until").lte(now);
        Query query = Query.query(Criteria.where("_id").is(name).orOperator(ours, free));
        Instant next = now.plus(leaseTime);
        Update update = new Update().set("holder", self.value()).set("until", next);
        if (until == null) {
            update.set("since", now);
        }
        try {
            Lease lease = mongo.findAndModify(query, update, FindAndModifyOptions.options().upsert(true).returnNew(true), Lease.class, COLLECTION);
            if (lease != null && self.value().equals(lease.holder())) {
                held.put(name, next);
                return true;
            }
        } catch (DuplicateKeyException heldByAnother) {
            // no document matched, so the upsert tried to create one: another replica holds it
        }
        held.remove(name);
        return false;
    }

    /** Gives the lease back if this replica holds it: another may take it at once. */
    public void release(String name) {
        held.remove(name);
        mongo.remove(Query.query(Criteria.where("_id").is(name).and("holder").is(self.value())), COLLECTION);
    }

    /** The leases whose names start with {@code prefix} that someone holds now. */
    public List<Lease> current(String prefix) {
        Query query = Query.query(Criteria.where("_id").regex("^" + java.util.regex.Pattern.quote(prefix)).and("until").gt(clock.instant()));
        return mongo.find(query, Lease.class, COLLECTION);
    }
}
