package cn.techmarket.hub.search;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * @param indexPrefix     what every alias, index and template of this hub is named with, e.g.
 *                        {@code market-achievement}: lets several provinces, or test suites, share
 *                        one cluster without seeing each other's documents
 * @param syncInterval    how long a tenant's sync pauses after a pass that found it caught up before it
 *                        asks its feed again: gathers a busy feed's writes into fewer bulk requests, and
 *                        adds up to this much to the write-to-searchable lag
 * @param syncMaxBackoff  the longest a failing tenant's sync waits before trying again (never less
 *                        than the sync interval); the wait doubles from the sync interval with each
 *                        failure in a row
 * @param feedWait        how long a tenant with nothing new holds the sync's request for a write to
 *                        commit (a long poll) before it answers that nothing changed; zero to poll every
 *                        sync interval instead. At most 30 s, what the tenants allow.
 * @param feedReadTimeout how long a tenant's change feed may keep the hub waiting for its next
 *                        bytes before the read is given up: the sync pass fails and backs off, a
 *                        rebuild fails. A slow tenant is still read; a stalled one is not waited for.
 *                        A tenant holding a long poll says every second that it is there, so this must
 *                        be longer than a second.
 * @param refreshInterval how often the indexes make what was written searchable: most of the
 *                        write-to-searchable lag, at the cost of a small segment per refresh.
 *                        Elasticsearch's own default (1 s) would take two thirds of a 1.5 s budget.
 */
@ConfigurationProperties("market.hub.search")
public record SearchProperties(@DefaultValue("market") String indexPrefix,
                               @DefaultValue("250ms") Duration syncInterval,
                               @DefaultValue("10s") Duration syncMaxBackoff,
                               @DefaultValue("10s") Duration feedWait,
                               @DefaultValue("30s") Duration feedReadTimeout,
                               @DefaultValue("500ms") Duration refreshInterval) {

    private static final Duration MAX_FEED_WAIT = Duration.ofSeconds(30);
    private static final Duration TENANT_HEARTBEAT = Duration.ofSeconds(1);

    public SearchProperties {
        if (!indexPrefix.matches("[a-z][a-z0-9-]{0,30}")) {
            throw new IllegalArgumentException("market.hub.search.index-prefix: lower-case letters, digits and '-', was " + indexPrefix);
        }
        if (syncInterval.isNegative() || syncInterval.isZero()) {
            throw new IllegalArgumentException("market.hub.search.sync-interval: must be positive, was " + syncInterval);
        }
        if (feedWait.isNegative() || feedWait.compareTo(MAX_FEED_WAIT) > 0) {
            throw new IllegalArgumentException("market.hub.search.feed-wait: must be from 0 to 30s, was " + feedWait);
        }
        if (feedReadTimeout.isNegative() || feedReadTimeout.isZero()) {
            throw new IllegalArgumentException("market.hub.search.feed-read-timeout: must be positive, was " + feedReadTimeout);
        }
        if (!feedWait.isZero() && feedReadTimeout.compareTo(TENANT_HEARTBEAT) <= 0) {
            throw new IllegalArgumentException("market.hub.search.feed-read-timeout: must be longer than the tenants' heartbeat (1s)"
                    + " while feed-wait is set, was " + feedReadTimeout);
        }
        if (refreshInterval.toMillis() < 1) {
            throw new IllegalArgumentException("market.hub.search.refresh-interval: must be at least 1ms, was " + refreshInterval);
        }
    }
}
