package cn.techmarket.tenant.clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import cn.techmarket.model.region.MarketTime;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
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

    /** 不晚于今天 means the market's today, in Beijing: what {@code @PastOrPresent} checks against. */
    @Bean
    ValidationConfigurationCustomizer marketDay(Clock clock) {
        Clock beijing = clock.withZone(MarketTime.ZONE);
        return configuration -> configuration.clockProvider(() -> beijing);
    }

    @Bean
    @ConditionalOnProperty(name = "market.node.clock.adjustable", havingValue = "true")
    ClockEndpoint clockEndpoint(Clock clock) {
        return new ClockEndpoint((AdjustableClock) clock);
    }
}
