package cn.techmarket.hub.federation;

import cn.techmarket.graphql.security.Caller;
import cn.techmarket.graphql.IdempotencyKey;
import cn.techmarket.graphql.limits.TimeBudget;
import org.springframework.http.HttpHeaders;
import org.springframework.http.client.ClientHttpRequestInterceptor;

import java.time.Clock;
import java.util.function.Supplier;

/**
 * The caller's token, what is left of its request's deadline and a mutation's idempotency key, on
 * their way to a tenant. A
 * tenant call runs synchronously on one thread of the gateway's pool, so both are held for that
 * thread while the call runs, and the tenant clients' interceptor puts them on each attempt (the
 * time left as it is sent). The clients themselves stay shared per endpoint.
 */
final class RelayedToken {

    private record Relayed(String token, Deadline deadline, Clock clock, IdempotencyKey key) {
    }

    private static final ThreadLocal<Relayed> CURRENT = new ThreadLocal<>();

    private RelayedToken() {
    }

    /** Runs the call with the caller's token (none for an anonymous caller), the request's deadline and the mutation's idempotency key (or null). */
    static <T> Supplier<T> relaying(Caller caller, Deadline deadline, Clock clock, IdempotencyKey key, Supplier<T> call) {
        Relayed relayed = new Relayed(caller.bearerToken().orElse(null), deadline, clock, key);
        return () -> {
            Relayed previous = CURRENT.get();
            CURRENT.set(relayed);
            try {
                return call.get();
            } finally {
                if (previous == null) {
                    CURRENT.remove();
                } else {
                    CURRENT.set(previous);
                }
            }
        };
    }

    static ClientHttpRequestInterceptor interceptor() {
        return (request, body, execution) -> {
            Relayed relayed = CURRENT.get();
            if (relayed != null && relayed.token() != null) {
                request.getHeaders().set(HttpHeaders.AUTHORIZATION, "Bearer " + relayed.token());
            }
            if (relayed != null) {
                long left = Math.max(0, relayed.deadline().remaining(relayed.clock()).toMillis());
                request.getHeaders().set(TimeBudget.HEADER, Long.toString(left));
            }
            if (relayed != null && relayed.key() != null) {
                request.getHeaders().set(IdempotencyKey.HEADER, relayed.key().value());
            }
            return execution.execute(request, body);
        };
    }
}
