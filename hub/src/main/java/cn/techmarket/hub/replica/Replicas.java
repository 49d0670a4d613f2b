package cn.techmarket.hub.replica;

import cn.techmarket.graphql.limits.ServingReplicas;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The hub replicas sharing one MongoDB, as each says it is alive: one that has not said so within
 * a lease time is gone, and its leases have run out by then too. Work shared by lease is shared
 * evenly by {@link #fairShare}; a client's rate is shared evenly by {@link #count}.
 */
public class Replicas implements ServingReplicas {

    private static final Logger log = LoggerFactory.getLogger(Replicas.class);

    static final String COLLECTION = "hub_replicas";

    private final MongoTemplate mongo;
    private final Clock clock;
    private final ReplicaId self;
    private final Duration leaseTime;
    private volatile Instant lastSaid = Instant.MIN;
    private volatile long lastCounted = 1;

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
        long alive = mongo.count(Query.query(Criteria.where("seenAt").gt(clock.instant().minus(leaseTime))), COLLECTION);
        lastCounted = Math.max(1, alive);
        return alive;
    }

    /** Replicas alive as last counted, at most a second ago while MongoDB answers: asked on every request, so never waits. */
    @Override
    public long count() {
        return lastCounted;
    }

    /** Keeps this replica counted by the others, and the others by this one, whether or not it follows any tenant. */
    @Scheduled(fixedDelay = 1000)
    void heartbeat() {
        try {
            sayAlive();
            alive();
        } catch (DataAccessException e) {
            // the last count stands until MongoDB answers again; the leases say what this replica may do meanwhile
            log.debug("Replica heartbeat not written: {}", e.getMessage());
        }
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
