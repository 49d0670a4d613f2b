package cn.techmarket.tenant.clock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/** The system's time moved forward by an offset that only grows: time never runs backwards for the market. */
public final class AdjustableClock extends Clock {

    private final Clock system = Clock.systemUTC();
    private final AtomicReference<Duration> offset;

    public AdjustableClock(Duration offset) {
        if (offset.isNegative()) {
            throw new IllegalArgumentException("the market's time only moves forward");
        }
        this.offset = new AtomicReference<>(offset);
    }

    /** Moves the market's time forward. */
    public Instant advance(Duration by) {
        if (by.isNegative()) {
            throw new IllegalArgumentException("the market's time only moves forward");
        }
        offset.accumulateAndGet(by, Duration::plus);
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
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the market's clock is in UTC; format in MarketTime.ZONE");
    }
}
