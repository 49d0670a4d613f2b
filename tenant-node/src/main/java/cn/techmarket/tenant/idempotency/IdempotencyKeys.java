package cn.techmarket.tenant.idempotency;

import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import cn.techmarket.tenant.tenancy.HostedTenant;
import cn.techmarket.tenant.tenancy.HostedTenants;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The keys mutations were sent with and what they answered, in each tenant's own database. A key
 * is claimed by inserting it (its id is unique), so of two attempts at once only one runs; the
 * outcome is stored when the request ends; the key is released, for a retry to run again, when the
 * request failed for a reason of the server's own.
 */
@Component
class IdempotencyKeys implements SchedulingConfigurer {

    static final String COLLECTION = "idempotency_keys";

    /** What a claim found. */
    sealed interface Claim {
        /** Run the request; complete or release this attempt afterwards. */
        record Run(String id, String attempt) implements Claim {
        }

        /** The key already answered this request: here is that answer, as JSON. */
        record Replay(String response) implements Claim {
        }

        /** The key was used for another request. */
        record Conflict() implements Claim {
        }

        /** An attempt with this key is running now. */
        record InUse() implements Claim {
        }
    }

    private final IdempotencyProperties properties;
    private final HostedTenants tenants;
    private final Clock clock;

    IdempotencyKeys(IdempotencyProperties properties, HostedTenants tenants, Clock clock) {
        this.properties = properties;
        this.tenants = tenants;
        this.clock = clock;
    }

    Claim claim(HostedTenant tenant, String subject, String key, String fingerprint) {
        String id = subject + "\n" + key;
        for (int tries = 0; tries < 3; tries++) {
            Instant now = clock.instant();
            String attempt = UUID.randomUUID().toString();
            try {
                tenant.mongo().insert(new Document("_id", id).append("fingerprint", fingerprint).append("state", "RUNNING")
                        .append("attempt", attempt).append("startedAt", Date.from(now))
                        .append("expiresAt", Date.from(now.plus(properties.retention()))), COLLECTION);
                return new Claim.Run(id, attempt);
            } catch (DuplicateKeyException taken) {
                Document existing = tenant.mongo().findById(id, Document.class, COLLECTION);
                if (existing == null) {
                    continue; // released or purged meanwhile
                }
                if (existing.getDate("expiresAt").toInstant().isBefore(now)) {
                    tenant.mongo().remove(new Query(where("_id").is(id).and("attempt").is(existing.getString("attempt"))), COLLECTION);
                    continue;
                }
                if (!fingerprint.equals(existing.getString("fingerprint"))) {
                    return new Claim.Conflict();
                }
                if ("DONE".equals(existing.getString("state"))) {
                    return new Claim.Replay(existing.getString("response"));
                }
                if (existing.getDate("startedAt").toInstant().plus(properties.takeoverAfter()).isAfter(now)) {
                    return new Claim.InUse();
                }
                // the attempt's node stopped mid-request: run it again; records it created have ids derived from the key
                boolean tookOver = tenant.mongo().updateFirst(
                        new Query(where("_id").is(id).and("attempt").is(existing.getString("attempt")).and("state").is("RUNNING")),
                        new Update().set("attempt", attempt).set("startedAt", Date.from(now)), COLLECTION).getModifiedCount() == 1;
                return tookOver ? new Claim.Run(id, attempt) : new Claim.InUse();
            }
        }
        return new Claim.InUse();
    }

    void complete(HostedTenant tenant, Claim.Run run, String response) {
        tenant.mongo().updateFirst(new Query(where("_id").is(run.id()).and("attempt").is(run.attempt())),
                new Update().set("state", "DONE").set("response", response).set("completedAt", Date.from(clock.instant())), COLLECTION);
    }

    void release(HostedTenant tenant, Claim.Run run) {
        tenant.mongo().remove(new Query(where("_id").is(run.id()).and("attempt").is(run.attempt())), COLLECTION);
    }

    /** Keys past their retention are forgotten; on several nodes at once the deletes simply overlap. */
    void purgeExpired() {
        Date now = Date.from(clock.instant());
        tenants.all().forEach(tenant -> tenant.mongo().remove(new Query(where("expiresAt").lt(now)), COLLECTION));
    }

    /** Every {@code purgeInterval}, first after one interval: the interval's default lives once, in the properties. */
    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        tasks.addFixedDelayTask(new FixedDelayTask(this::purgeExpired, properties.purgeInterval(), properties.purgeInterval()));
    }
}
