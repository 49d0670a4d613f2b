package cn.techmarket.tenant.tenancy;

import cn.techmarket.model.region.City;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class TenantController {

    record TenantView(String id, String name, String nameEn, String regionCode) {
        static TenantView of(City city) {
            return new TenantView(city.tenantId(), city.name(), city.nameEn(), city.regionCode());
        }
    }

    @QueryMapping
    TenantView tenant(@ContextValue HostedTenant tenant) {
        return TenantView.of(tenant.city());
    }
}
