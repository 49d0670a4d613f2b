package cn.techmarket.hub.search;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Search settings that cannot work are refused at startup, naming the property; each has one default. */
class SearchPropertiesTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(SearchProperties.class)
    static class Bound {
    }

    private final ApplicationContextRunner hub = new ApplicationContextRunner().withUserConfiguration(Bound.class);

    @Test
    void withNothingSetEveryKeyHasItsDefault() {
        hub.run(context -> assertThat(context.getBean(SearchProperties.class))
                .isEqualTo(new SearchProperties("market", Duration.ofMillis(250), Duration.ofSeconds(10), Duration.ofSeconds(10),
                        Duration.ofSeconds(30), Duration.ofMillis(500))));
    }

    @Test
    void aLongPollLongerThanTheTenantsAllowIsRefused() {
        refused("market.hub.search.feed-wait=31s", "feedWait");
        refused("market.hub.search.feed-wait=-1s", "feedWait");
    }

    @Test
    void whileALongPollIsHeldTheReadTimeoutMustOutlastTheTenantsHeartbeat() {
        refused("market.hub.search.feed-read-timeout=1s", "heartbeat");
        hub.withPropertyValues("market.hub.search.feed-wait=0", "market.hub.search.feed-read-timeout=500ms")
                .run(context -> assertThat(context.getBean(SearchProperties.class).feedReadTimeout()).isEqualTo(Duration.ofMillis(500)));
    }

    @Test
    void intervalsMustBePositiveAndThePrefixFitForIndexNames() {
        refused("market.hub.search.sync-interval=0", "syncInterval");
        refused("market.hub.search.refresh-interval=0", "refreshInterval");
        refused("market.hub.search.index-prefix=Market_1", "indexPrefix");
    }

    private void refused(String setting, String named) {
        hub.withPropertyValues(setting).run(context -> assertThat(context).getFailure()
                .rootCause().hasMessageContaining("market.hub.search").hasMessageContaining(named));
    }
}
