package cn.techmarket.tenant.activity;

import cn.techmarket.graphql.security.Caller;
import cn.techmarket.tenant.tenancy.HostedTenant;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A roadshow's questions, live: one poll of the store per activity, shared by everyone watching it
 * on this node, so that a question asked or answered on any node hosting the market reaches every
 * subscriber within a poll, whichever node they are connected to. Each subscriber receives only
 * what it may see; nothing is sent twice for the same version of a question.
 */
@Component
class QuestionFeed {

    static final Duration POLL = Duration.ofMillis(250);
    /** Writes on another node may carry a slightly earlier time: polls look back this far and skip what they sent. */
    private static final Duration LOOK_BACK = Duration.ofSeconds(2);

    private final Questions questions;
    private final Clock clock;
    private final Map<String, Flux<Question>> polls = new ConcurrentHashMap<>();

    QuestionFeed(Questions questions, Clock clock) {
        this.questions = questions;
        this.clock = clock;
    }

    Flux<Question> live(HostedTenant tenant, Caller caller, Activity activity) {
        return polls.computeIfAbsent(tenant.id() + "/" + activity.id(), key -> poll(tenant, activity.id(), key))
                .filter(question -> Questions.visibleTo(tenant, caller, question));
    }

    private Flux<Question> poll(HostedTenant tenant, String activityId, String key) {
        Instant subscribed = clock.instant();
        Map<String, Long> sent = new HashMap<>();
        Instant[] since = {subscribed};
        return Flux.interval(POLL)
                .concatMapIterable(tick -> {
                    List<Question> changed = questions.changedSince(tenant, activityId, since[0].minus(LOOK_BACK)).stream()
                            .filter(q -> q.updatedAt().compareTo(subscribed) >= 0)
                            .filter(q -> sent.getOrDefault(q.id(), 0L) < q.version()).toList();
                    changed.forEach(q -> {
                        sent.put(q.id(), q.version());
                        if (q.updatedAt().isAfter(since[0])) {
                            since[0] = q.updatedAt();
                        }
                    });
                    return changed;
                })
                .doFinally(signal -> polls.remove(key))
                .publish().refCount();
    }
}
