package cn.techmarket.auth;

import java.time.Clock;
import org.springframework.context.annotation.Bean;

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

    /** Every time limit here (sign-up rate limits) reads this clock, so tests can move it. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
