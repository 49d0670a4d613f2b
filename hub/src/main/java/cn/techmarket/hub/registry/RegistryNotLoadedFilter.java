package cn.techmarket.hub.registry;

import cn.techmarket.graphql.limits.ErrorBodies;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Until the registry has been loaded, GraphQL requests get a retryable 503 UNAVAILABLE: a hub
 * that does not know its tenants would otherwise answer {@code tenants: []} with confidence, or
 * refuse writes to real sub-markets as "no such sub-market".
 */
@Component
class RegistryNotLoadedFilter extends OncePerRequestFilter {

    private final TenantRegistry registry;

    RegistryNotLoadedFilter(TenantRegistry registry) {
        this.registry = registry;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return registry.loaded() || !request.getRequestURI().startsWith("/graphql");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, "2");
        ErrorBodies.write(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "UNAVAILABLE",
                "The hub has not loaded its registry of sub-markets yet (its database is not answering); nothing was read or changed. Retry shortly");
    }
}
