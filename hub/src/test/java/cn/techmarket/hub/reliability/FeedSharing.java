package cn.techmarket.hub.reliability;

import org.awaitility.core.ConditionTimeoutException;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import static org.awaitility.Awaitility.await;

/** How the hub replicas share the tenants' feeds, seen from the tenants' side ({@link FeedReadsAtTenants}). */
final class FeedSharing {

    private FeedSharing() {
    }

    /** Waits until each feed was read by exactly one of {@code replicas} over {@code window}, and they share them evenly: then its reader, by tenant. */
    static Map<String, String> settled(FeedReadsAtTenants tenants, List<String> replicas, Duration window, Duration patience) {
        java.util.Deque<Map.Entry<Instant, FeedReadsAtTenants.Snapshot>> seen = new java.util.ArrayDeque<>();
        AtomicReference<Map<String, Set<String>>> last = new AtomicReference<>();
        try {
            await().atMost(patience).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(250)).until(() -> {
                Instant now = Instant.now();
                FeedReadsAtTenants.Snapshot end = tenants.now();
                seen.addLast(Map.entry(now, end));
                // the window starts at the latest snapshot at least window old: older ones are dropped
                Instant windowStart = now.minus(window);
                while (seen.size() > 1 && !seen.stream().skip(1).findFirst().orElseThrow().getKey().isAfter(windowStart)) {
                    seen.removeFirst();
                }
                if (seen.peekFirst().getKey().isAfter(now.minus(window))) {
                    return false;
                }
                FeedReadsAtTenants.Snapshot start = seen.peekFirst().getValue();
                Map<String, Set<String>> readers = new TreeMap<>();
                for (String tenant : end.readsByReader().keySet()) {
                    readers.put(tenant, end.readersSince(start, tenant));
                }
                last.set(readers);
                // each takes its share rounded up, so the last may hold fewer: 17, 17 and 16 of 50
                long most = (readers.size() + replicas.size() - 1) / replicas.size();
                long least = readers.size() - most * (replicas.size() - 1);
                return readers.values().stream().allMatch(set -> set.size() == 1 && replicas.containsAll(set))
                        && readers.values().stream().collect(Collectors.groupingBy(set -> set.iterator().next(), Collectors.counting()))
                        .values().stream().allMatch(count -> count >= least && count <= most);
            });
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("the feeds were not shared one reader each among " + replicas + ": last seen " + last.get(), e);
        }
        Map<String, String> owners = new LinkedHashMap<>();
        last.get().forEach((tenant, readers) -> owners.put(tenant, readers.iterator().next()));
        return owners;
    }

    /** How long after the kill each orphaned feed was first read by another replica. */
    static Map<String, Duration> takenOver(FeedReadsAtTenants tenants, List<String> orphaned, String victim, Instant killed, Duration patience) {
        FeedReadsAtTenants.Snapshot atKill = tenants.now();
        Map<String, Duration> takenOver = new TreeMap<>();
        try {
            await().atMost(patience).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(100)).until(() -> {
                FeedReadsAtTenants.Snapshot now = tenants.now();
                for (String tenant : orphaned) {
                    Set<String> readers = now.readersSince(atKill, tenant);
                    readers.remove(victim);
                    if (!readers.isEmpty()) {
                        takenOver.putIfAbsent(tenant, Duration.between(killed, Instant.now()));
                    }
                }
                return takenOver.keySet().containsAll(orphaned);
            });
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("not every feed of " + victim + " was read again within " + patience + ": " + takenOver, e);
        }
        return takenOver;
    }
}
