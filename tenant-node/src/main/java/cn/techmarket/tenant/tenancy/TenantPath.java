package cn.techmarket.tenant.tenancy;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Each tenant's GraphQL endpoint is {@code /tenants/{tenantId}/graphql}; beside it, the export of
 * its change feed for the hub's rebuilds, {@code /tenants/{tenantId}/changes}.
 */
public final class TenantPath {

    static final String GRAPHQL_PATH = "/tenants/{tenantId}/graphql";
    private static final Pattern PATTERN = Pattern.compile("^/tenants/([^/]+)/(?:graphql|changes)/?$");

    private TenantPath() {
    }

    public static Optional<String> tenantId(String path) {
        Matcher matcher = PATTERN.matcher(path == null ? "" : path);
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }
}
