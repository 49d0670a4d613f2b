package cn.techmarket.auth.signup;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Sign-ups per address and hour, by a clock the test moves. */
class SignUpLimitTest {

    private Instant now = Instant.parse("2026-12-04T08:00:00Z");
    private final SignUpLimit limit = new SignUpLimit(new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    });

    @Test
    void anAddressGetsTenAnHourAndOthersAreNotHeldBack() {
        assertThat(IntStream.range(0, SignUpLimit.PER_ADDRESS).allMatch(i -> limit.tryAcquire("10.0.0.1"))).isTrue();

        assertThat(limit.tryAcquire("10.0.0.1")).isFalse();
        assertThat(limit.tryAcquire("10.0.0.2")).isTrue();
    }

    @Test
    void anHourLaterTheAddressMaySignUpAgain() {
        IntStream.range(0, SignUpLimit.PER_ADDRESS).forEach(i -> limit.tryAcquire("10.0.0.1"));

        now = now.plus(Duration.ofMinutes(61));

        assertThat(limit.tryAcquire("10.0.0.1")).isTrue();
    }
}
