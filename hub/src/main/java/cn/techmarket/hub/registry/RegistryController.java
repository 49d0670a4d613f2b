package cn.techmarket.hub.registry;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import java.util.List;

@Controller
class RegistryController {

    private final TenantRegistry registry;

    RegistryController(TenantRegistry registry) {
        this.registry = registry;
    }

    @QueryMapping
    List<RegisteredTenant> tenants() {
        return registry.all();
    }

    @QueryMapping
    RegisteredTenant tenant(@Argument String id) {
        return registry.find(id).orElse(null);
    }

    record TenantInput(String id, String name, String nameEn, String regionCode, String endpoint) {
    }

    @MutationMapping
    RegisteredTenant registerTenant(@Argument TenantInput input) {
        try {
            return registry.register(new RegisteredTenant(input.id(), input.name(), input.nameEn() == null ? input.id() : input.nameEn(),
                    input.regionCode(), input.endpoint(), RegisteredTenant.TenantStatus.ACTIVE));
        } catch (InvalidRegistrationException e) {
            throw e.within("input");
        }
    }

    @MutationMapping
    RegisteredTenant setTenantStatus(@Argument String id, @Argument RegisteredTenant.TenantStatus status) {
        return registry.setStatus(id, status).orElseThrow(() -> new InvalidRegistrationException("id", "no such sub-market"));
    }
}
