package cn.techmarket.tenant.clock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The system's time moved forward by an offset that only grows: time never runs backwards for the
 * market. Its views in other zones share the offset.
 */
public final class AdjustableClock extends Clock {

    private final Clock system = Clock.systemUTC();
    private final AtomicReference<Duration> offset;
    private final ZoneId zone;

    public AdjustableClock(Duration offset) {
        this(new AtomicReference<>(requireForward(offset)), ZoneOffset.UTC);
    }

    private AdjustableClock(AtomicReference<Duration> offset, ZoneId zone) {
        this.offset = offset;
        this.zone = zone;
    }

    /** Moves the market's time forward. */
    public Instant advance(Duration by) {
        offset.accumulateAndGet(requireForward(by), Duration::plus);
        return instant();
    }

    public Duration offset() {
        return offset.get();
    }

    @Override
    public Instant instant() {
        return system.instant().plus(offset.get());
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new AdjustableClock(offset, zone);
    }

    private static Duration requireForward(Duration by) {
        if (by.isNegative()) {
            throw new IllegalArgumentException("the market's time only moves forward");
        }
        return by;
    }
}
