package cn.techmarket.tenant.security;

import cn.techmarket.graphql.security.Access;
import cn.techmarket.graphql.security.AccessPolicy;
import cn.techmarket.graphql.security.Caller;
import cn.techmarket.model.access.MarketRole;
import cn.techmarket.tenant.tenancy.HostedTenant;
import cn.techmarket.tenant.tenancy.TenantContext;
import graphql.schema.DataFetchingEnvironment;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Isolation enforced here, on the node, whatever the hub did: a field for tenant operators admits
 * only a token bound to the tenant this request's path names. A token of another city is
 * treated like no operator at all.
 */
@Component
class TenantAccessPolicy implements AccessPolicy {

    @Override
    public boolean permits(Access access, Caller caller, DataFetchingEnvironment field) {
        HostedTenant tenant = TenantContext.tenant(field.getGraphQlContext());
        return switch (access) {
            case TENANT_OPERATOR -> caller.operates(tenant.id());
            case PROVINCE_STAFF -> caller.has(MarketRole.PROVINCE_STAFF);
            case PLATFORM_ADMIN -> caller.has(MarketRole.PLATFORM_ADMIN);
            case SYNC_SERVICE -> caller.has(MarketRole.SYNC_SERVICE);
            case PARTNER_OPERATOR -> caller.has(MarketRole.CITY_OPERATOR);
            case MEMBER -> caller.has(MarketRole.MEMBER);
        };
    }

    @Override
    public Optional<String> tenantOf(DataFetchingEnvironment field) {
        return Optional.of(TenantContext.tenant(field.getGraphQlContext()).id());
    }
}
