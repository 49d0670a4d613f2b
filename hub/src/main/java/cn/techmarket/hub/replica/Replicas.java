package cn.techmarket.hub.replica;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The hub replicas sharing one MongoDB, as each says it is alive: one that has not said so within
 * a lease time is gone, and its leases have run out by then too. Work shared by lease is shared
 * evenly by {@link #fairShare}.
 */
public class Replicas {

    static final String COLLECTION = "hub_replicas";

    private final MongoTemplate mongo;
    private final Clock clock;
    private final ReplicaId self;
    private final Duration leaseTime;
    private volatile Instant lastSaid = Instant.MIN;

    public Replicas(MongoTemplate mongo, Clock clock, ReplicaId self, Duration leaseTime) {
        this.mongo = mongo;
        this.clock = clock;
        this.self = self;
        this.leaseTime = leaseTime;
    }

    /** Says this replica is alive, at most every third of a lease time. */
    public void sayAlive() {
        Instant now = clock.instant();
        if (now.isBefore(lastSaid.plus(leaseTime.dividedBy(3)))) {
            return;
        }
        mongo.upsert(Query.query(Criteria.where("_id").is(self.value())), new Update().set("seenAt", now), COLLECTION);
        lastSaid = now;
    }

    /** Replicas alive now, this one among them once it has said so. */
    public long alive() {
        return mongo.count(Query.query(Criteria.where("seenAt").gt(clock.instant().minus(leaseTime))), COLLECTION);
    }

    /** How many of {@code items} this replica should take: an even share among the replicas alive, rounded up. */
    public int fairShare(int items) {
        sayAlive();
        long replicas = Math.max(1, alive());
        return (int) ((items + replicas - 1) / replicas);
    }

    /** This replica is stopping: the others need not wait a lease time to share its work. */
    public void leave() {
        mongo.remove(Query.query(Criteria.where("_id").is(self.value())), COLLECTION);
    }
}
