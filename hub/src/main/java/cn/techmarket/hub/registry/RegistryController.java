package cn.techmarket.hub.registry;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import java.util.List;

@Controller
class RegistryController {

    private final TenantRegistry registry;
    private final TenantHealthProbe probe;

    RegistryController(TenantRegistry registry, TenantHealthProbe probe) {
        this.registry = registry;
        this.probe = probe;
    }

    @QueryMapping
    List<RegisteredTenant> tenants() {
        return registry.all();
    }

    @QueryMapping
    RegisteredTenant tenant(@Argument String id) {
        return registry.find(id).orElse(null);
    }

    @SchemaMapping(typeName = "Tenant")
    TenantHealth health(RegisteredTenant tenant) {
        return probe.latest(tenant.id()).orElse(null);
    }
}
