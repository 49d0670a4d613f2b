package cn.techmarket.tenant.crossmarket;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotNull;

import java.net.URI;
import java.time.Duration;

/**
 * How this node reaches the rest of the province: through the hub, which routes a question about a
 * member or record of another market to the market that owns it.
 *
 * @param url     the hub's base address, e.g. {@code http://localhost:8080}; without it, only the
 *                tenants this node hosts are known
 * @param timeout how long one question may take
 */
@Validated
@ConfigurationProperties("market.node.hub")
public record HubProperties(URI url, @NotNull @DefaultValue("5s") Duration timeout) {
}
