package cn.techmarket.tenant.tenancy;

import graphql.GraphQLContext;

/** Where the tenant of a GraphQL request is kept: {@code @ContextValue HostedTenant tenant}. */
public final class TenantContext {

    public static final String KEY = "tenant";

    private TenantContext() {
    }

    public static HostedTenant tenant(GraphQLContext context) {
        HostedTenant tenant = context.get(KEY);
        if (tenant == null) {
            throw new IllegalStateException("no tenant in the GraphQL context");
        }
        return tenant;
    }
}
