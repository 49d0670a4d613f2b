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
 * without a token. A client over its rate gets 429 with {@code Retry-After} and does no work.
 * Runs after authentication, so a stolen-looking token cannot spend someone else's budget.
 */
public class RateLimitFilter extends OncePerRequestFilter {

    private final GraphQlLimitsProperties.RateLimit limits;
    private final RateLimiterRegistry limiters;

    public RateLimitFilter(GraphQlLimitsProperties.RateLimit limits) {
        this.limits = limits;
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
        RateLimiter limiter = limiters.rateLimiter(client);
        if (!limiter.acquirePermission()) {
            response.setHeader("Retry-After", "1");
            ErrorBodies.write(response, 429, "RATE_LIMITED",
                    "Too many requests: at most " + limits.requestsPerSecond() + " per second for each client");
            return;
        }
        chain.doFilter(request, response);
    }
}
