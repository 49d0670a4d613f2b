package cn.techmarket.auth.signup;

import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most {@link #PER_ADDRESS} accounts per address per hour: enough for an office behind one
 * address, too few to fill the realm with made-up people.
 */
@Component
class SignUpLimit {

    static final int PER_ADDRESS = 10;
    private static final Duration WINDOW = Duration.ofHours(1);

    private final Clock clock;
    private final Map<String, Deque<Instant>> recent = new ConcurrentHashMap<>();

    SignUpLimit(Clock clock) {
        this.clock = clock;
    }

    /** Counts a sign-up from the address, unless the address has had its share this hour. */
    boolean tryAcquire(String address) {
        Instant now = clock.instant();
        Deque<Instant> times = recent.computeIfAbsent(address, a -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst().isBefore(now.minus(WINDOW))) {
                times.pollFirst();
            }
            if (times.size() >= PER_ADDRESS) {
                return false;
            }
            times.addLast(now);
            return true;
        }
    }
}
