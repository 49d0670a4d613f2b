package cn.techmarket.tenant.deadline;

import cn.techmarket.tenant.tenancy.HostedTenant;
import cn.techmarket.tenant.tenancy.HostedTenants;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Fires the deadlines that are due, on every node that hosts the tenant. A node claims a deadline
 * with one conditional write before firing it, so of several nodes polling the same store one
 * fires it; a node that stops mid-way leaves a claim that lapses after the lease, and another node
 * fires it then. That a handler's effect happens once is the handler's part ({@link DeadlineHandler}).
 */
@Component
class DeadlineRunner implements SchedulingConfigurer, ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DeadlineRunner.class);
    private static final int BATCH = 20;

    private final HostedTenants tenants;
    private final Map<String, DeadlineHandler> handlers;
    private final DeadlineProperties properties;
    private final Clock clock;
    private final MeterRegistry meters;
    private final String node = UUID.randomUUID().toString();

    DeadlineRunner(HostedTenants tenants, List<DeadlineHandler> handlers, DeadlineProperties properties, Clock clock, MeterRegistry meters) {
        this.tenants = tenants;
        this.handlers = handlers.stream().collect(Collectors.toMap(DeadlineHandler::topic, Function.identity()));
        this.properties = properties;
        this.clock = clock;
        this.meters = meters;
    }

    /** The due-deadline index, once the node has started (not while it starts: a store not yet up must not stop the start). */
    @Override
    public void run(ApplicationArguments args) {
        tenants.all().forEach(tenant -> tenant.mongo().indexOps(Deadlines.COLLECTION)
                .createIndex(new Index().on("state", Sort.Direction.ASC).on("dueAt", Sort.Direction.ASC)));
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        tasks.addFixedDelayTask(new FixedDelayTask(this::fireDue, properties.pollInterval(), properties.pollInterval()));
    }

    /** Every deadline due now, in every hosted tenant, earliest first. */
    void fireDue() {
        for (HostedTenant tenant : tenants.all()) {
            try {
                fireDue(tenant);
            } catch (RuntimeException storeTrouble) {
                // the next poll tries again; a deadline waits in the store, not in this node
                log.warn("Deadlines of {} could not be read: {}", tenant.id(), storeTrouble.toString());
            }
        }
    }

    private void fireDue(HostedTenant tenant) {
        Instant now = clock.instant();
        Query due = new Query(claimable(now)).with(Sort.by("dueAt")).limit(BATCH);
        due.fields().include("_id");
        for (org.bson.Document candidate : tenant.mongo().find(due, org.bson.Document.class, Deadlines.COLLECTION)) {
            Deadline claimed = tenant.mongo().findAndModify(new Query(where("_id").is(candidate.get("_id")).andOperator(claimable(now))),
                    new Update().set("claimedBy", node).set("claimedUntil", now.plus(properties.lease())).inc("attempts", 1),
                    FindAndModifyOptions.options().returnNew(true), Deadline.class, Deadlines.COLLECTION);
            if (claimed != null) {
                fire(tenant, claimed);
            }
        }
    }

    /** Due, not held by a node firing it, and of a topic this node knows: a node of another version leaves the others' alone. */
    private Criteria claimable(Instant now) {
        return where("state").is(Deadline.State.PENDING).and("dueAt").lte(now).and("topic").in(handlers.keySet())
                .orOperator(where("claimedUntil").exists(false), where("claimedUntil").is(null), where("claimedUntil").lt(now));
    }

    private void fire(HostedTenant tenant, Deadline deadline) {
        DeadlineHandler handler = handlers.get(deadline.topic());
        Instant now = clock.instant();
        DeadlineHandler.Outcome outcome;
        try {
            outcome = handler.fire(tenant, deadline.subjectId(), now);
        } catch (RuntimeException failure) {
            // the claim lapses after the lease and the deadline is fired again
            log.warn("Deadline {} of {} failed (attempt {}): {}", deadline.id(), tenant.id(), deadline.attempts(), failure.toString());
            return;
        }
        // a deadline set anew while it fired (other due time) stays pending for that time
        Query mine = new Query(where("_id").is(deadline.id()).and("claimedBy").is(node).and("dueAt").is(deadline.dueAt()));
        Update update = outcome instanceof DeadlineHandler.Outcome.Later later ? new Update().set("dueAt", later.dueAt())
                : new Update().set("state", Deadline.State.DONE).set("firedAt", now);
        tenant.mongo().updateFirst(mine, update.unset("claimedBy").unset("claimedUntil"), Deadlines.COLLECTION);
        if (outcome instanceof DeadlineHandler.Outcome.Done) {
            Timer.builder("market.deadlines.lateness").description("How long after its due time a deadline fired")
                    .tag("topic", deadline.topic()).register(meters).record(Duration.between(deadline.dueAt(), now));
        }
    }
}
