package cn.techmarket.tenant.inbox;

import cn.techmarket.graphql.errors.BadInputException;
import cn.techmarket.tenant.tenancy.HostedTenant;
import cn.techmarket.tenant.tenancy.HostedTenants;
import org.bson.types.ObjectId;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.List;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Every member user's and operator's inbox, in the sub-market's own database: a message per
 * person for what concerns them, one shared by the operators for what they must act on.
 */
@Component
public class Inbox implements ApplicationRunner {

    static final String COLLECTION = "inbox";
    static final int MAX_PAGE = 100;

    private final HostedTenants tenants;
    private final Clock clock;
    /** Every message as it is stored, for the readers subscribed on this node; none is kept for later ones. */
    private final Sinks.Many<Delivered> live = Sinks.many().multicast().directBestEffort();

    private record Delivered(String tenantId, InboxMessage message) {
    }

    Inbox(HostedTenants tenants, Clock clock) {
        this.tenants = tenants;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        tenants.all().forEach(tenant -> tenant.mongo().indexOps(COLLECTION)
                .createIndex(new Index().on("recipient", Sort.Direction.ASC).on("createdAt", Sort.Direction.DESC)));
    }

    /** One message to each of the people, or to the operators. */
    void deliver(HostedTenant tenant, Collection<String> recipients, InboxTopic topic, String about, String title, String detail) {
        for (String recipient : recipients) {
            InboxMessage message = tenant.mongo().insert(new InboxMessage(new ObjectId().toHexString(), recipient, topic, about, title, detail,
                    clock.instant(), List.of()), COLLECTION);
            synchronized (live) {
                // a sink takes one emission at a time; a reader too slow to take it misses it live, not in inbox
                live.tryEmitNext(new Delivered(tenant.id(), message));
            }
        }
    }

    /** The reader's messages as they are delivered from now on: their own, and those of their groups. */
    Flux<InboxMessage> live(HostedTenant tenant, String reader, Collection<String> groups) {
        Set<String> recipients = new HashSet<>(groups);
        recipients.add(reader);
        return live.asFlux().filter(delivered -> delivered.tenantId().equals(tenant.id()) && recipients.contains(delivered.message().recipient()))
                .map(Delivered::message);
    }

    /**
     * The reader's newest messages: their own, and those of the groups they belong to.
     *
     * @param groups the operators' addresses the reader reads ({@link InboxMessage#OPERATORS}, {@link InboxMessage#operatorsOf})
     */
    List<InboxMessage> messages(HostedTenant tenant, String reader, Collection<String> groups, boolean unreadOnly, int first) {
        if (first < 1 || first > MAX_PAGE) {
            throw new BadInputException("first", "must be between 1 and " + MAX_PAGE);
        }
        Criteria criteria = addressedTo(reader, groups);
        if (unreadOnly) {
            criteria = new Criteria().andOperator(criteria, where("readBy").ne(reader));
        }
        return tenant.mongo().find(new Query(criteria).with(Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("_id"))).limit(first),
                InboxMessage.class, COLLECTION);
    }

    long unread(HostedTenant tenant, String reader, Collection<String> groups) {
        return tenant.mongo().count(new Query(new Criteria().andOperator(addressedTo(reader, groups), where("readBy").ne(reader))),
                InboxMessage.class, COLLECTION);
    }

    /** Marks the reader's messages among the ids read by them; others' ids are passed over. Doing it again changes nothing. */
    void markRead(HostedTenant tenant, String reader, Collection<String> groups, List<String> ids) {
        if (ids.size() > MAX_PAGE) {
            throw new BadInputException("ids", "at most " + MAX_PAGE + " at once");
        }
        tenant.mongo().updateMulti(new Query(new Criteria().andOperator(where("_id").in(ids), addressedTo(reader, groups))),
                new Update().addToSet("readBy", reader), COLLECTION);
    }

    private static Criteria addressedTo(String reader, Collection<String> groups) {
        List<String> recipients = new java.util.ArrayList<>(groups);
        recipients.add(reader);
        return where("recipient").in(recipients);
    }
}
