package cn.techmarket.hub.search;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Search settings that cannot work are refused at startup, naming the property. */
class SearchPropertiesTest {

    @Test
    void aLongPollLongerThanTheTenantsAllowIsRefused() {
        assertThatThrownBy(() -> properties(Duration.ofSeconds(31), Duration.ofSeconds(30)))
                .hasMessageStartingWith("market.hub.search.feed-wait:");
        assertThatThrownBy(() -> properties(Duration.ofSeconds(-1), Duration.ofSeconds(30)))
                .hasMessageStartingWith("market.hub.search.feed-wait:");
    }

    @Test
    void whileALongPollIsHeldTheReadTimeoutMustOutlastTheTenantsHeartbeat() {
        assertThatThrownBy(() -> properties(Duration.ofSeconds(10), Duration.ofSeconds(1)))
                .hasMessageStartingWith("market.hub.search.feed-read-timeout:").hasMessageContaining("heartbeat");
        assertThat(properties(Duration.ZERO, Duration.ofMillis(500)).feedReadTimeout()).isEqualTo(Duration.ofMillis(500));
        assertThat(properties(Duration.ofSeconds(10), Duration.ofSeconds(2)).feedWait()).isEqualTo(Duration.ofSeconds(10));
    }

    private static SearchProperties properties(Duration feedWait, Duration feedReadTimeout) {
        return new SearchProperties("market", Duration.ofMillis(250), Duration.ofSeconds(10), feedWait, feedReadTimeout, Duration.ofMillis(500));
    }
}
