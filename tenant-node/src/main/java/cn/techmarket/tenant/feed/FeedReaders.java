package cn.techmarket.tenant.feed;

import cn.techmarket.model.record.RecordKind;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Who reads each tenant's change feed export, as the readers name themselves
 * ({@link cn.techmarket.graphql.FeedReaderHeader}): the hub replicas share the feeds by lease, so
 * each feed should have one reader at a time, and these metrics show from the tenant's side
 * whether it does.
 * <ul>
 *     <li>{@value #READERS} (tenant, reader): reads under way now, a long poll held among them;</li>
 *     <li>{@value #READS} (tenant, reader): reads started;</li>
 *     <li>{@value #SENT} (tenant, reader): changes sent, so work done twice shows as more sent than changed;</li>
 *     <li>{@value #RESENT} (tenant): changes sent again, to any reader, since this node started: work a reader
 *     repeats, as a replica does that takes over a feed from the cursor its predecessor last saved;</li>
 *     <li>{@value #OVERLAPPING} (tenant): reads started while another reader's read of the same feed was under way.</li>
 * </ul>
 * A change is known as sent before by its sequence: each kind's feed is numbered in commit order,
 * so the highest sequence sent of each kind is all this keeps.
 */
@Component
class FeedReaders {

    static final String READERS = "market.tenant.feed.readers";
    static final String READS = "market.tenant.feed.reads";
    static final String SENT = "market.tenant.feed.changes.sent";
    static final String RESENT = "market.tenant.feed.changes.resent";
    static final String OVERLAPPING = "market.tenant.feed.reads.overlapping";
    static final String UNNAMED = "unnamed";

    /** A reader's name becomes a metric tag: only what a replica id is made of, and not much of it. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._:@-]{1,80}");

    private final MeterRegistry meters;
    private final Map<String, Map<Reading, String>> underWay = new ConcurrentHashMap<>();
    /** By tenant and kind, the highest sequence sent to any reader. */
    private final Map<String, Map<RecordKind, Long>> highestSent = new ConcurrentHashMap<>();

    FeedReaders(MeterRegistry meters) {
        this.meters = meters;
    }

    /** A read of {@code tenantId}'s feed begins; closing what this returns ends it. */
    Reading begin(String tenantId, String readerName) {
        String reader = readerName != null && NAME.matcher(readerName).matches() ? readerName : UNNAMED;
        Map<Reading, String> reads = underWay.computeIfAbsent(tenantId, tenant -> new ConcurrentHashMap<>());
        // registered once: later registrations of the same name and tags return the first
        Gauge.builder(READERS, reads, map -> map.values().stream().filter(reader::equals).count())
                .description("Reads of the tenant's change feed export under way, by reader").tags("tenant", tenantId, "reader", reader).register(meters);
        if (reads.values().stream().anyMatch(other -> !other.equals(reader))) {
            meters.counter(OVERLAPPING, "tenant", tenantId).increment();
        }
        Map<RecordKind, Long> highest = highestSent.computeIfAbsent(tenantId, tenant -> new ConcurrentHashMap<>());
        Reading reading = new Reading(reads, highest, Map.copyOf(highest), meters.counter(SENT, "tenant", tenantId, "reader", reader),
                meters.counter(RESENT, "tenant", tenantId));
        reads.put(reading, reader);
        meters.counter(READS, "tenant", tenantId, "reader", reader).increment();
        return reading;
    }

    /** One read under way. */
    static final class Reading implements AutoCloseable {

        private final Map<Reading, String> underWay;
        private final Map<RecordKind, Long> highestSent;
        /** As it was when this read began: what this read sends itself is not sent again. */
        private final Map<RecordKind, Long> sentBefore;
        private final Counter sent;
        private final Counter resent;

        private Reading(Map<Reading, String> underWay, Map<RecordKind, Long> highestSent, Map<RecordKind, Long> sentBefore, Counter sent,
                        Counter resent) {
            this.underWay = underWay;
            this.highestSent = highestSent;
            this.sentBefore = sentBefore;
            this.sent = sent;
            this.resent = resent;
        }

        void sent(RecordKind kind, long seq) {
            sent.increment();
            if (seq <= sentBefore.getOrDefault(kind, 0L)) {
                resent.increment();
            }
            highestSent.merge(kind, seq, Math::max);
        }

        @Override
        public void close() {
            underWay.remove(this);
        }
    }
}
