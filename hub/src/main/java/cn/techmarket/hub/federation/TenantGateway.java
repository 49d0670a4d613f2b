package cn.techmarket.hub.federation;

import cn.techmarket.hub.HubExecutors;
import org.springframework.beans.factory.annotation.Qualifier;
import cn.techmarket.graphql.IdempotencyKey;
import cn.techmarket.hub.registry.RegisteredTenant;
import cn.techmarket.model.region.TenantId;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.client.HttpSyncGraphQlClient;
import org.springframework.stereotype.Component;

import java.util.Map;
import cn.techmarket.graphql.security.Caller;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Every call the hub makes to a tenant goes through here, guarded per tenant: a bulkhead (so a
 * slow tenant cannot take all threads), a circuit breaker (so a dead one is not called at all),
 * a retry for idempotent reads only, and the request's {@link Deadline}, which every call of one
 * request shares, so the hub's latency is bounded however many fields ask a hung city.
 */
@Component
public class TenantGateway {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(TenantGateway.class);

    /** The Resilience4j configuration every tenant's instances are created from. */
    static final String CONFIG = "tenant";

    /** The bulkhead configuration of one client's share of one tenant's calls, and the prefix of those bulkheads' names. */
    static final String CLIENT_CONFIG = "client";
    private static final String CLIENT_PREFIX = "client:";

    /** Every call to a tenant, timed, tagged with the tenant and the outcome (OK or a failure reason). */
    public static final String CALLS_METRIC = "market.hub.tenant.calls";

    private final TenantClients clients;
    private final FederationProperties properties;
    private final CircuitBreakerRegistry circuitBreakers;
    private final BulkheadRegistry bulkheads;
    private final RetryRegistry retries;
    private final Executor calls;

    private final MeterRegistry meters;
    private final Clock clock;
    private final InflightReads inflightReads;

    public TenantGateway(TenantClients clients, FederationProperties properties, CircuitBreakerRegistry circuitBreakers,
                         BulkheadRegistry bulkheads, RetryRegistry retries, MeterRegistry meters, Clock clock,
                         @Qualifier(HubExecutors.TENANT_CALLS) Executor calls) {
        this.calls = calls;
        this.meters = meters;
        this.clock = clock;
        this.clients = clients;
        this.properties = properties;
        this.circuitBreakers = circuitBreakers;
        this.bulkheads = bulkheads;
        this.retries = retries;
        this.inflightReads = new InflightReads(meters);
    }

    /**
     * An idempotent read: retried once on a connection failure.
     *
     * @param caller   whose token the tenant sees: the hub relays its caller's, so the tenant
     *                 decides with the caller's own rights
     * @param deadline when the request this call serves must be answered; the call gives up then
     */
    public TenantAnswer query(RegisteredTenant tenant, Caller caller, Deadline deadline, String document, Map<String, Object> variables) {
        return join(queryAsync(tenant, caller, deadline, document, variables));
    }

    /** As {@link #query}, answered later: fields of one request that ask different things of tenants wait side by side. */
    public CompletableFuture<TenantAnswer> queryAsync(RegisteredTenant tenant, Caller caller, Deadline deadline, String document,
                                                    Map<String, Object> variables) {
        return shared(tenant, caller, deadline, document, variables, () -> guarded(tenant, caller, true, deadline,
                RelayedToken.relaying(caller, deadline, clock, null, () -> answer(tenant, client(tenant).document(document).variables(variables).executeSync()))));
    }

    /**
     * A write: never retried by the hub, so it cannot be applied twice; the client's idempotency
     * key, if it sent one, goes with it, and with it the client may retry an unclear answer itself.
     */
    public TenantAnswer mutate(RegisteredTenant tenant, Caller caller, Deadline deadline, IdempotencyKey key, String document,
                               Map<String, Object> variables) {
        inflightReads.wrote(tenant.tenantId());
        try {
            return join(guarded(tenant, caller, false, deadline, RelayedToken.relaying(caller, deadline, clock, key,
                    () -> answer(tenant, client(tenant).document(document).variables(variables).executeSync()))));
        } finally {
            // reads sent while the write was under way may not see it either
            inflightReads.wrote(tenant.tenantId());
        }
    }

    /** A stored operation from {@code graphql/operations/}, read-only. */
    public TenantAnswer queryNamed(RegisteredTenant tenant, Caller caller, Deadline deadline, String operationName, Map<String, Object> variables) {
        return join(shared(tenant, caller, deadline, "operation:" + operationName, variables, () -> guarded(tenant, caller, true, deadline,
                RelayedToken.relaying(caller, deadline, clock, null, () -> answer(tenant, client(tenant).documentName(operationName).variables(variables).executeSync())))));
    }

    /** A deadline for work that serves no client request (the sync, a report): the time limit from now. */
    public Deadline deadlineFromNow() {
        return Deadline.after(clock, properties.timeLimit());
    }

    public CircuitBreaker circuitBreaker(TenantId tenantId) {
        return circuitBreakers.circuitBreaker(tenantId.value(), CONFIG);
    }

    /** A read merged with an identical one in flight, where the hub is configured to merge them. */
    private CompletableFuture<TenantAnswer> shared(RegisteredTenant tenant, Caller caller, Deadline deadline, String document,
                                                   Map<String, Object> variables, Supplier<CompletableFuture<TenantAnswer>> call) {
        if (!properties.mergeIdenticalReads()) {
            return call.get();
        }
        return inflightReads.share(tenant.tenantId(), caller, document, variables, deadline.remaining(clock), call);
    }

    private HttpSyncGraphQlClient client(RegisteredTenant tenant) {
        return clients.forEndpoint(tenant.endpoint(), properties.attemptTimeout());
    }

    private CompletableFuture<TenantAnswer> guarded(RegisteredTenant tenant, Caller caller, boolean idempotent, Deadline deadline,
                                                    Supplier<TenantAnswer> call) {
        if (tenant.status() == RegisteredTenant.TenantStatus.SUSPENDED) {
            return CompletableFuture.failedFuture(new TenantCallFailure(tenant.tenantId(), TenantCallFailure.Reason.SUSPENDED, "suspended", null));
        }
        Duration left = deadline.remaining(clock);
        if (left.isNegative() || left.isZero()) {
            meters.counter(CALLS_METRIC + ".skipped", "tenant", tenant.id()).increment();
            return CompletableFuture.failedFuture(new TenantCallFailure(tenant.tenantId(), TenantCallFailure.Reason.TIMEOUT,
                    "not asked: the request's time limit of " + properties.timeLimit().toMillis() + " ms was spent", null));
        }
        CircuitBreaker circuitBreaker = circuitBreaker(tenant.tenantId());
        // first the caller's share of the city, then the city's own: one busy client queues behind itself, not in front of everyone
        Bulkhead clientShare = bulkheads.bulkhead(CLIENT_PREFIX + caller.subject() + "@" + tenant.id(), CLIENT_CONFIG);
        Bulkhead bulkhead = bulkheads.bulkhead(tenant.id(), CONFIG);
        Supplier<TenantAnswer> guardedCall = Bulkhead.decorateSupplier(clientShare,
                Bulkhead.decorateSupplier(bulkhead, CircuitBreaker.decorateSupplier(circuitBreaker, call)));
        if (idempotent) {
            Retry retry = retries.retry(tenant.id(), CONFIG);
            guardedCall = Retry.decorateSupplier(retry, guardedCall);
        }
        Timer.Sample sample = Timer.start(meters);
        return CompletableFuture.supplyAsync(guardedCall, calls)
                .orTimeout(left.toMillis(), TimeUnit.MILLISECONDS)
                .handle((answer, failure) -> {
                    TenantCallFailure classified = failure == null ? null : classify(tenant.tenantId(), unwrap(failure));
                    sample.stop(meters.timer(CALLS_METRIC, "tenant", tenant.id(), "outcome", classified == null ? "OK" : classified.reason().name()));
                    if (classified != null) {
                        throw classified;
                    }
                    return answer;
                });
    }

    /** Waits for a guarded call; it ends by its deadline, so this never waits longer. */
    private static TenantAnswer join(CompletableFuture<TenantAnswer> call) {
        try {
            return call.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof TenantCallFailure failure ? failure : e;
        }
    }

    /** What a guarded call failed with: a call refused before it started fails unwrapped, one that failed on its way wrapped. */
    static Throwable unwrap(Throwable failure) {
        return failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    }

    private static TenantAnswer answer(RegisteredTenant tenant, ClientGraphQlResponse response) {
        return new TenantAnswer(tenant.tenantId(), response.getData(), response.getErrors());
    }

    /** What a failed call to a tenant is called: also for a read that joined one in flight and ran out of time. */
    static TenantCallFailure classify(TenantId tenantId, Throwable failure) {
        if (failure instanceof TenantCallFailure known) {
            return known;
        }
        if (failure instanceof TimeoutException) {
            return new TenantCallFailure(tenantId, TenantCallFailure.Reason.TIMEOUT, "no answer within the request's time limit", failure);
        }
        if (failure instanceof CallNotPermittedException) {
            return new TenantCallFailure(tenantId, TenantCallFailure.Reason.CIRCUIT_OPEN, "circuit open after recent failures", failure);
        }
        if (failure instanceof BulkheadFullException full) {
            boolean own = String.valueOf(full.getMessage()).contains("'" + CLIENT_PREFIX);
            return new TenantCallFailure(tenantId, TenantCallFailure.Reason.REFUSED, own
                    ? "too many of your own calls to this sub-market in flight; they queued and their time ran out"
                    : "too many calls to this sub-market in flight; they queued and their time ran out", failure);
        }
        if (FailureCauses.timedOut(failure)) {
            return new TenantCallFailure(tenantId, TenantCallFailure.Reason.TIMEOUT, "no answer in time", failure);
        }
        if (FailureCauses.connectionRefused(failure)) {
            return new TenantCallFailure(tenantId, TenantCallFailure.Reason.UNAVAILABLE, "connection refused", failure);
        }
        if (FailureCauses.httpStatus(failure).isEmpty()) {
            log.warn("call to tenant {} failed unexpectedly", tenantId, failure);
        }
        return new TenantCallFailure(tenantId, TenantCallFailure.Reason.UNAVAILABLE,
                FailureCauses.httpStatus(failure).map(status -> "HTTP " + status).orElse("unexpected failure, logged by the hub"), failure);
    }
}
