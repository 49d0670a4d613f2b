package cn.techmarket.tenant.support;

import cn.techmarket.infra.SharedTestServers;
import cn.techmarket.tenant.library.Library;
import cn.techmarket.tenant.tenancy.HostedTenant;
import cn.techmarket.tenant.tenancy.HostedTenants;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A tenant node hosting 长春 and 吉林 with empty libraries, served over real HTTP and stored in
 * the MongoDB wire server. Subclasses share one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "market.node.tenants[0].id=changchun",
        "market.node.tenants[0].database=spec_changchun",
        "market.node.tenants[1].id=jilin",
        "market.node.tenants[1].database=spec_jilin"})
public abstract class TenantNodeTest {

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> SharedTestServers.mongodb().uri());
    }

    @LocalServerPort
    protected int port;

    @Autowired
    protected HostedTenants tenants;

    protected TenantApi changchun() {
        return new TenantApi("http://127.0.0.1:" + port + "/tenants/changchun/graphql");
    }

    protected TenantApi jilin() {
        return new TenantApi("http://127.0.0.1:" + port + "/tenants/jilin/graphql");
    }

    protected HostedTenant tenant(String id) {
        return tenants.find(id).orElseThrow();
    }

    /** Every document of every kind in the tenant's database, as stored. */
    protected String snapshot(String tenantId) {
        HostedTenant tenant = tenant(tenantId);
        StringBuilder all = new StringBuilder();
        for (Library<?> library : Library.ALL) {
            tenant.mongo().findAll(org.bson.Document.class, library.collection()).forEach(doc -> all.append(doc.toJson()).append('\n'));
        }
        tenant.mongo().findAll(org.bson.Document.class, "sequences").forEach(doc -> all.append(doc.toJson()).append('\n'));
        return all.toString();
    }
}
