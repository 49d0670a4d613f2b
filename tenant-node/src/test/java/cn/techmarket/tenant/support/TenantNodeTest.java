package cn.techmarket.tenant.support;

import cn.techmarket.infra.SharedTestServers;
import cn.techmarket.infra.auth.AuthorizationServer;
import cn.techmarket.tenant.tenancy.HostedTenant;
import cn.techmarket.tenant.tenancy.HostedTenants;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;


/**
 * A tenant node hosting 长春, 吉林 and the province's own market (吉林省) with empty libraries, served over real HTTP, stored in the
 * MongoDB wire server and secured by tokens from the real authorization server. Subclasses share
 * one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "market.node.tenants[0].id=changchun",
        "market.node.tenants[0].database=spec_changchun",
        "market.node.tenants[1].id=jilin",
        "market.node.tenants[1].database=spec_jilin",
        "market.node.tenants[2].id=jilin-province",
        "market.node.tenants[2].database=spec_jilin_province"})
public abstract class TenantNodeTest {

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> SharedTestServers.mongodb().uri());
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> auth().issuer());
        registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", () -> auth().issuer() + "/oauth2/jwks");
    }

    protected static AuthorizationServer auth() {
        return SharedTestServers.authorizationServer();
    }

    /** A token of a demo client: {@code changchun-operator}, {@code province-staff}, {@code hub-sync}… */
    protected static String token(String client) {
        return TokenCache.token(client);
    }

    @LocalServerPort
    protected int port;

    @Autowired
    protected HostedTenants tenants;

    /** 长春's endpoint, called by 长春's operator. */
    protected TenantApi changchun() {
        return endpoint("changchun", token("changchun-operator"));
    }

    /** 吉林's endpoint, called by 吉林's operator. */
    protected TenantApi jilin() {
        return endpoint("jilin", token("jilin-operator"));
    }

    /** The province's own market (省本级), called by province staff, its operators. */
    protected TenantApi province() {
        return endpoint("jilin-province", token("province-staff"));
    }

    /** A tenant's endpoint called with the token, or with none when it is null. */
    protected TenantApi endpoint(String tenantId, String token) {
        return new TenantApi(endpointUrl(tenantId), token, token("hub-sync"));
    }

    protected String endpointUrl(String tenantId) {
        return "http://127.0.0.1:" + port + "/tenants/" + tenantId + "/graphql";
    }

    protected HostedTenant tenant(String id) {
        return tenants.find(id).orElseThrow();
    }

    /** Every document of every collection in the tenant's database, as stored. */
    protected String snapshot(String tenantId) {
        HostedTenant tenant = tenant(tenantId);
        return cn.techmarket.infra.mongodb.StoreDigest.of(tenant.mongo().getDb(), java.util.Set.of());
    }
}
