package cn.techmarket.hub.search;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Pattern;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.validation.annotation.Validated;

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
@Validated
@ConfigurationProperties("market.hub.search")
public record SearchProperties(@DefaultValue("market") @Pattern(regexp = "[a-z][a-z0-9-]{0,30}",
                                       message = "lower-case letters, digits and '-', starting with a letter") String indexPrefix,
                               @DefaultValue("250ms") @DurationMin(millis = 1) Duration syncInterval,
                               @DefaultValue("10s") @DurationMin(millis = 1) Duration syncMaxBackoff,
                               @DefaultValue("10s") @DurationMin(millis = 0) @DurationMax(seconds = 30) Duration feedWait,
                               @DefaultValue("30s") @DurationMin(millis = 1) Duration feedReadTimeout,
                               @DefaultValue("500ms") @DurationMin(millis = 1) Duration refreshInterval) {

    private static final Duration TENANT_HEARTBEAT = Duration.ofSeconds(1);

    /** A tenant holding a long poll says every second that it is there: a shorter read timeout would give up on it. */
    @AssertTrue(message = "must be longer than the tenants' heartbeat (1s) while feed-wait is set")
    public boolean isFeedReadTimeoutAboveHeartbeat() {
        return feedWait == null || feedReadTimeout == null || feedWait.isZero() || feedReadTimeout.compareTo(TENANT_HEARTBEAT) > 0;
    }
}
