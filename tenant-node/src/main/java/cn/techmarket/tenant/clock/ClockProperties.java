package cn.techmarket.tenant.clock;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * @param adjustable whether the market's time may be moved forward through the {@code clock} actuator endpoint; for tests
 *                   and rehearsals only, never in production
 * @param offset     where an adjustable clock starts, ahead of the system's time: a node started again keeps the time it had
 */
@ConfigurationProperties("market.node.clock")
public record ClockProperties(@DefaultValue("false") boolean adjustable, @DefaultValue("0s") Duration offset) {
}
