package cn.techmarket.tenant.tenancy;

import cn.techmarket.graphql.limits.ErrorBodies;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Optional;

/** A request for a tenant this node does not host is answered 404 before GraphQL sees it. */
@Component
class UnknownTenantFilter extends OncePerRequestFilter {

    private final HostedTenants tenants;

    UnknownTenantFilter(HostedTenants tenants) {
        this.tenants = tenants;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> tenantId = TenantPath.tenantId(request.getRequestURI());
        if (tenantId.isPresent() && tenants.find(tenantId.get()).isEmpty()) {
            ErrorBodies.write(response, HttpServletResponse.SC_NOT_FOUND, "NOT_FOUND", "this node hosts no tenant with that id", "tenantId");
            return;
        }
        chain.doFilter(request, response);
    }
}
