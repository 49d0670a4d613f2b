package cn.techmarket.tenant.tenancy;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write("{\"errors\":[{\"message\":\"this node hosts no tenant with that id\","
                    + "\"extensions\":{\"classification\":\"NOT_FOUND\",\"field\":\"tenantId\"}}]}");
            return;
        }
        chain.doFilter(request, response);
    }
}
