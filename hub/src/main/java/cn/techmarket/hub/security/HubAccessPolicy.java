package cn.techmarket.hub.security;

import cn.techmarket.graphql.security.Access;
import cn.techmarket.graphql.security.AccessPolicy;
import cn.techmarket.graphql.security.Caller;
import cn.techmarket.hub.registry.RegisteredTenant;
import cn.techmarket.hub.registry.TenantRegistry;
import cn.techmarket.model.access.MarketRole;
import cn.techmarket.model.id.GlobalId;
import cn.techmarket.model.id.MalformedIdException;
import graphql.schema.DataFetchingEnvironment;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Optional;

/**
 * The hub's reading of {@code @access}. For data of one tenant, the tenant is named by the
 * field's {@code tenantId} or global {@code id} argument, or by the tenant or record it belongs to; an
 * operator of another city is refused here already, and the tenant, which the hub calls with the
 * caller's own token, refuses again on its side.
 */
@Component
class HubAccessPolicy implements AccessPolicy {

    private final TenantRegistry registry;

    HubAccessPolicy(TenantRegistry registry) {
        this.registry = registry;
    }

    @Override
    public boolean permits(Access access, Caller caller, DataFetchingEnvironment field) {
        return switch (access) {
            // a sub-market the registry does not know is no one's to guard: the field itself says there is no such sub-market
            case TENANT_OPERATOR -> caller.has(MarketRole.CITY_OPERATOR)
                    && tenantOf(field).map(tenant -> caller.operates(tenant) || registry.find(tenant).isEmpty()).orElse(true)
                    // province staff operate the province's own market, and only it
                    || caller.has(MarketRole.PROVINCE_STAFF) && tenantOf(field).map(caller::operates).orElse(false);
            case PROVINCE_STAFF -> caller.has(MarketRole.PROVINCE_STAFF);
            case PLATFORM_ADMIN -> caller.has(MarketRole.PLATFORM_ADMIN);
            case SYNC_SERVICE -> caller.has(MarketRole.SYNC_SERVICE);
            case PARTNER_OPERATOR -> caller.has(MarketRole.CITY_OPERATOR);
            case MEMBER -> caller.has(MarketRole.MEMBER);
        };
    }

    @Override
    public Optional<String> tenantOf(DataFetchingEnvironment field) {
        if (field.getArgument("tenantId") instanceof String tenantId) {
            return Optional.of(tenantId);
        }
        if (field.getArgument("id") instanceof String id) {
            try {
                return Optional.of(GlobalId.parts(id)[0]);
            } catch (MalformedIdException e) {
                return Optional.empty(); // refused by name where the id is used
            }
        }
        if (field.getSource() instanceof RegisteredTenant tenant) {
            return Optional.of(tenant.id());
        }
        if (field.getSource() instanceof Map<?, ?> record && record.get("tenantId") instanceof String tenantId) {
            return Optional.of(tenantId);
        }
        return Optional.empty();
    }
}
