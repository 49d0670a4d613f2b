package cn.techmarket.tenant.clock;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param adjustable whether the market's time may be moved forward through the {@code clock} actuator endpoint; for tests
 *                   and rehearsals only, never in production
 */
@ConfigurationProperties("market.node.clock")
public record ClockProperties(@DefaultValue("false") boolean adjustable) {
}
