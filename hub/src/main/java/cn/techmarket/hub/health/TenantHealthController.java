package cn.techmarket.hub.health;

import cn.techmarket.hub.registry.RegisteredTenant;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** Each tenant's health as the hub last probed it. */
@Controller
class TenantHealthController {

    private final TenantHealthProbe probe;

    TenantHealthController(TenantHealthProbe probe) {
        this.probe = probe;
    }

    @SchemaMapping(typeName = "Tenant")
    TenantHealth health(RegisteredTenant tenant) {
        return probe.latest(tenant.id()).orElse(null);
    }
}
