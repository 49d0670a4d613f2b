package cn.techmarket.tenant.clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** The market's time: the system's, or in tests one that may be moved forward. */
@Configuration(proxyBeanMethods = false)
class MarketClock {

    @Bean
    Clock clock(ClockProperties properties) {
        return properties.adjustable() ? new AdjustableClock(properties.offset()) : Clock.systemUTC();
    }

    @Bean
    @ConditionalOnProperty(name = "market.node.clock.adjustable", havingValue = "true")
    ClockEndpoint clockEndpoint(Clock clock) {
        return new ClockEndpoint((AdjustableClock) clock);
    }
}
