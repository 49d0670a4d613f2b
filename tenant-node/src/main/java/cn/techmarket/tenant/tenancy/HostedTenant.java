package cn.techmarket.tenant.tenancy;

import cn.techmarket.model.region.City;
import org.springframework.data.mongodb.core.MongoTemplate;

/** A tenant this node serves, with the template bound to its own database. */
public record HostedTenant(City city, MongoTemplate mongo) {

    public String id() {
        return city.tenantId();
    }
}
