package cn.techmarket.auth;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The platform's own OAuth2 authorization server, for one-machine stacks and tests. Real
 * deployments use the same realm in Keycloak ({@code infra/keycloak/}): the hub and the tenant
 * nodes only need an issuer, its keys and the {@code province-market} audience.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class AuthServerApplication {

    public static void main(String[] args) {
        SpringApplication.run(AuthServerApplication.class, args);
    }
}
