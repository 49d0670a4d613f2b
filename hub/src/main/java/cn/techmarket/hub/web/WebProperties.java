package cn.techmarket.hub.web;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * What the browser front end is told about signing in.
 *
 * @param issuer   the authorization server people sign in at (the embedded one, or Keycloak's realm)
 * @param clientId the public browser client (authorization code + PKCE)
 */
@Validated
@ConfigurationProperties("market.hub.web")
public record WebProperties(@NotBlank String issuer, @NotBlank @DefaultValue("market-web") String clientId) {
}
