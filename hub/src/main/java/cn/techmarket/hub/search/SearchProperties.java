package cn.techmarket.hub.search;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * @param indexPrefix     what every alias, index and template of this hub is named with, e.g.
 *                        {@code market-achievement}: lets several provinces, or test suites, share
 *                        one cluster without seeing each other's documents
 * @param syncInterval    how long a tenant's sync waits, once caught up, before it asks its feed again
 * @param syncMaxBackoff  the longest a failing tenant's sync waits before trying again (never less
 *                        than the sync interval); the wait doubles from the sync interval with each
 *                        failure in a row
 * @param feedReadTimeout how long a tenant's change feed may keep the hub waiting for its next
 *                        bytes before the read is given up: the sync pass fails and backs off, a
 *                        rebuild fails. A slow tenant is still read; a stalled one is not waited for.
 * @param refreshInterval how often the indexes make what was written searchable: most of the
 *                        write-to-searchable lag, at the cost of a small segment per refresh.
 *                        Elasticsearch's own default (1 s) would take two thirds of a 1.5 s budget.
 */
@ConfigurationProperties("market.hub.search")
public record SearchProperties(@DefaultValue("market") String indexPrefix,
                               @DefaultValue("1s") Duration syncInterval,
                               @DefaultValue("10s") Duration syncMaxBackoff,
                               @DefaultValue("30s") Duration feedReadTimeout,
                               @DefaultValue("500ms") Duration refreshInterval) {

    public SearchProperties {
        if (!indexPrefix.matches("[a-z][a-z0-9-]{0,30}")) {
            throw new IllegalArgumentException("market.hub.search.index-prefix: lower-case letters, digits and '-', was " + indexPrefix);
        }
        if (syncInterval.isNegative() || syncInterval.isZero()) {
            throw new IllegalArgumentException("market.hub.search.sync-interval: must be positive, was " + syncInterval);
        }
        if (feedReadTimeout.isNegative() || feedReadTimeout.isZero()) {
            throw new IllegalArgumentException("market.hub.search.feed-read-timeout: must be positive, was " + feedReadTimeout);
        }
        if (refreshInterval.toMillis() < 1) {
            throw new IllegalArgumentException("market.hub.search.refresh-interval: must be at least 1ms, was " + refreshInterval);
        }
    }
}
