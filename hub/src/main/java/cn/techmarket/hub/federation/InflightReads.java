package cn.techmarket.hub.federation;

import cn.techmarket.graphql.security.Caller;
import cn.techmarket.model.access.MarketRole;
import cn.techmarket.model.region.TenantId;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Identical reads in flight to one tenant share one call: a popular query during a burst costs the
 * tenant one call, however many clients ask it at that moment. Reads merge only within one view of
 * the data, as the tenant decides it from the relayed token: every anonymous caller sees the same,
 * and a signed-in caller's reads merge only with the same subject, roles and bound tenant. A read
 * that joins one already in flight still ends by its own request's deadline. A write to a tenant
 * ends the sharing of reads sent to it before: a read that starts after the write's answer asks the
 * tenant afresh, so every caller reads its own writes.
 */
final class InflightReads {

    /** Reads answered by joining an identical call already in flight, by tenant. */
    static final String MERGED_METRIC = "market.hub.tenant.calls.merged";

    /** What the tenant's answer depends on: the request and the caller's view (the token itself may differ, its rights not). */
    private record Read(TenantId tenant, String subject, Set<MarketRole> roles, String boundTenant, String document,
                        Map<String, Object> variables) {
    }

    private final Map<Read, CompletableFuture<TenantAnswer>> inflight = new ConcurrentHashMap<>();
    private final MeterRegistry meters;

    InflightReads(MeterRegistry meters) {
        this.meters = meters;
    }

    /**
     * The answer of an identical read in flight, or of {@code call}, started now and shared until it ends.
     *
     * @param left the time this read's own request has left
     */
    CompletableFuture<TenantAnswer> share(TenantId tenant, Caller caller, String document, Map<String, Object> variables, Duration left,
                                          Supplier<CompletableFuture<TenantAnswer>> call) {
        // a copy: the key must not change while it is in the map, whatever the caller does with its variables later
        Read read = new Read(tenant, caller.subject(), caller.roles(), caller.tenant(), document,
                variables == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.HashMap<>(variables)));
        CompletableFuture<TenantAnswer> mine = new CompletableFuture<>();
        CompletableFuture<TenantAnswer> running = inflight.putIfAbsent(read, mine);
        if (running != null) {
            merged(tenant).increment();
            return running.copy().orTimeout(Math.max(1, left.toMillis()), TimeUnit.MILLISECONDS).handle((answer, failure) -> {
                if (TenantGateway.unwrap(failure) instanceof TimeoutException timedOut) {
                    throw TenantGateway.classify(tenant, timedOut);
                }
                if (failure != null) {
                    throw failure instanceof RuntimeException unchecked ? unchecked : new java.util.concurrent.CompletionException(failure);
                }
                return answer;
            });
        }
        call.get().whenComplete((answer, failure) -> {
            // gone before it completes: a read that arrives after the answer asks the tenant afresh
            inflight.remove(read, mine);
            if (failure != null) {
                mine.completeExceptionally(failure);
            } else {
                mine.complete(answer);
            }
        });
        return mine;
    }

    /**
     * A write to {@code tenant} was sent or answered: reads in flight to it may predate it, so none
     * is joined any more (each still completes for those already waiting on it).
     */
    void wrote(TenantId tenant) {
        inflight.keySet().removeIf(read -> read.tenant().equals(tenant));
    }

    private Counter merged(TenantId tenant) {
        return meters.counter(MERGED_METRIC, "tenant", tenant.value());
    }
}
