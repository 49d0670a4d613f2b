package cn.techmarket.hub.federation;

import cn.techmarket.graphql.security.Caller;
import org.springframework.http.HttpHeaders;
import org.springframework.http.client.ClientHttpRequestInterceptor;

import java.util.function.Supplier;

/**
 * The caller's token on its way to a tenant. A tenant call runs synchronously on one thread of
 * the gateway's pool, so the token is held for that thread while the call runs, and the tenant
 * clients' interceptor puts it on the request. The clients themselves stay shared per endpoint.
 */
final class RelayedToken {

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private RelayedToken() {
    }

    /** Runs the call with the caller's token, or with none for an anonymous caller. */
    static <T> Supplier<T> relaying(Caller caller, Supplier<T> call) {
        String token = caller.bearerToken().orElse(null);
        return () -> {
            String previous = CURRENT.get();
            CURRENT.set(token);
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
            String token = CURRENT.get();
            if (token != null) {
                request.getHeaders().set(HttpHeaders.AUTHORIZATION, "Bearer " + token);
            }
            return execution.execute(request, body);
        };
    }
}
