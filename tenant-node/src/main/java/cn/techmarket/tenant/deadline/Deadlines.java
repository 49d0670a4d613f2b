package cn.techmarket.tenant.deadline;

import cn.techmarket.tenant.tenancy.HostedTenant;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Optional;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/** Where workflows set, move and drop their deadlines. */
@Component
public class Deadlines {

    static final String COLLECTION = "deadlines";

    /**
     * The subject's deadline of this topic is due then: set, or moved when it was set before, and
     * pending again if it had fired. Setting the same deadline again changes nothing, so a retried
     * request may set it as often as it runs.
     */
    public void schedule(HostedTenant tenant, String topic, String subjectId, Instant dueAt) {
        tenant.mongo().upsert(new Query(where("_id").is(Deadline.key(topic, subjectId))),
                new Update().set("topic", topic).set("subjectId", subjectId).set("dueAt", dueAt).set("state", Deadline.State.PENDING)
                        .unset("claimedBy").unset("claimedUntil").setOnInsert("attempts", 0),
                COLLECTION);
    }

    /** The subject no longer waits for it (a listing withdrawn during its notice). */
    public void cancel(HostedTenant tenant, String topic, String subjectId) {
        tenant.mongo().remove(new Query(where("_id").is(Deadline.key(topic, subjectId))), COLLECTION);
    }

    /** When it is due, while it is pending. */
    public Optional<Instant> pending(HostedTenant tenant, String topic, String subjectId) {
        Deadline deadline = tenant.mongo().findById(Deadline.key(topic, subjectId), Deadline.class, COLLECTION);
        return deadline == null || deadline.state() != Deadline.State.PENDING ? Optional.empty() : Optional.of(deadline.dueAt());
    }
}
