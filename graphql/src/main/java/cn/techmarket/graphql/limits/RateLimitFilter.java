package cn.techmarket.graphql.limits;

import cn.techmarket.graphql.security.Caller;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Duration;

/**
 * A Resilience4j rate limiter per client: per token subject, or per remote address for callers
 * without a token (the address the request came from, or the one a configured proxy forwarded).
 * A client over its rate gets 429 with {@code Retry-After} and does no work. Runs after
 * authentication, so a stolen-looking token cannot spend someone else's budget.
 *
 * <p>Behind a load balancer each of N replicas admits a client 1/N of the rate, rounded up: a
 * balancer that spreads requests evenly gives the client the configured rate across the replicas,
 * with no shared counter to ask on every request. BENCHMARKS.md measures what a shared counter
 * in MongoDB would cost instead, and what a client sent to one replica only loses.
 */
public class RateLimitFilter extends OncePerRequestFilter {

    private final GraphQlLimitsProperties.RateLimit limits;
    private final ServingReplicas replicas;
    private final RateLimiterRegistry limiters;

    public RateLimitFilter(GraphQlLimitsProperties.RateLimit limits, ServingReplicas replicas) {
        this.limits = limits;
        this.replicas = replicas;
        this.limiters = RateLimiterRegistry.of(RateLimiterConfig.custom()
                .limitForPeriod(Math.max(1, limits.requestsPerSecond()))
                .limitRefreshPeriod(Duration.ofSeconds(1))
                .timeoutDuration(Duration.ZERO)
                .build());
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !limits.enabled() || request.getRequestURI().startsWith("/actuator/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Caller caller = Caller.current();
        String client = caller.isAnonymous() ? "address:" + request.getRemoteAddr() : "subject:" + caller.subject();
        int share = share();
        RateLimiter limiter = limiters.rateLimiter(client, () -> RateLimiterConfig.from(limiters.getDefaultConfig()).limitForPeriod(share).build());
        if (limiter.getRateLimiterConfig().getLimitForPeriod() != share) {
            limiter.changeLimitForPeriod(share); // a replica joined or left: from the next second on
        }
        if (!limiter.acquirePermission()) {
            response.setHeader("Retry-After", "1");
            ErrorBodies.write(response, 429, "RATE_LIMITED",
                    "Too many requests: at most " + limits.requestsPerSecond() + " per second for each client");
            return;
        }
        chain.doFilter(request, response);
    }

    /** This replica's part of a client's rate. */
    int share() {
        long serving = Math.max(1, replicas.count());
        return (int) Math.max(1, (limits.requestsPerSecond() + serving - 1) / serving);
    }
}
