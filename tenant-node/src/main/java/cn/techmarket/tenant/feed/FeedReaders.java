package cn.techmarket.tenant.feed;

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
 *     <li>{@value #READERS} (tenant): reads under way now;</li>
 *     <li>{@value #READS} (tenant, reader): reads started;</li>
 *     <li>{@value #SENT} (tenant, reader): changes sent, so work done twice shows as more sent than changed;</li>
 *     <li>{@value #OVERLAPPING} (tenant): reads started while another reader's read of the same feed was under way.</li>
 * </ul>
 */
@Component
class FeedReaders {

    static final String READERS = "market.tenant.feed.readers";
    static final String READS = "market.tenant.feed.reads";
    static final String SENT = "market.tenant.feed.changes.sent";
    static final String OVERLAPPING = "market.tenant.feed.reads.overlapping";
    static final String UNNAMED = "unnamed";

    /** A reader's name becomes a metric tag: only what a replica id is made of, and not much of it. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._:@-]{1,80}");

    private final MeterRegistry meters;
    private final Map<String, Map<Reading, String>> underWay = new ConcurrentHashMap<>();

    FeedReaders(MeterRegistry meters) {
        this.meters = meters;
    }

    /** A read of {@code tenantId}'s feed begins; closing what this returns ends it. */
    Reading begin(String tenantId, String readerName) {
        String reader = readerName != null && NAME.matcher(readerName).matches() ? readerName : UNNAMED;
        Map<Reading, String> reads = underWay.computeIfAbsent(tenantId, tenant -> {
            Map<Reading, String> map = new ConcurrentHashMap<>();
            Gauge.builder(READERS, map, Map::size).description("Reads of the tenant's change feed export under way")
                    .tag("tenant", tenant).register(meters);
            return map;
        });
        if (reads.values().stream().anyMatch(other -> !other.equals(reader))) {
            meters.counter(OVERLAPPING, "tenant", tenantId).increment();
        }
        Reading reading = new Reading(reads, meters.counter(SENT, "tenant", tenantId, "reader", reader));
        reads.put(reading, reader);
        meters.counter(READS, "tenant", tenantId, "reader", reader).increment();
        return reading;
    }

    /** One read under way. */
    static final class Reading implements AutoCloseable {

        private final Map<Reading, String> underWay;
        private final io.micrometer.core.instrument.Counter sent;

        private Reading(Map<Reading, String> underWay, io.micrometer.core.instrument.Counter sent) {
            this.underWay = underWay;
            this.sent = sent;
        }

        void sent() {
            sent.increment();
        }

        @Override
        public void close() {
            underWay.remove(this);
        }
    }
}
