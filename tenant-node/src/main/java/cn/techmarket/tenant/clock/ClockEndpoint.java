package cn.techmarket.tenant.clock;

import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * {@code /actuator/clock}: the market's time, and (POST {@code {"by": "P10D"}}) moving it forward.
 * Only on a node started with {@code market.node.clock.adjustable=true}, and like every actuator
 * endpoint but health, only for platform administrators.
 */
@Endpoint(id = "clock")
class ClockEndpoint {

    record Reading(Instant now, Duration offset) {
    }

    private final AdjustableClock clock;

    ClockEndpoint(AdjustableClock clock) {
        this.clock = clock;
    }

    @ReadOperation
    Reading read() {
        return new Reading(clock.instant(), clock.offset());
    }

    /** @param by an ISO-8601 duration, e.g. {@code P10D} or {@code PT90M} */
    @WriteOperation
    Reading advance(String by) {
        Duration duration;
        try {
            duration = Duration.parse(by);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("by: not an ISO-8601 duration such as P10D");
        }
        clock.advance(duration);
        return read();
    }
}
