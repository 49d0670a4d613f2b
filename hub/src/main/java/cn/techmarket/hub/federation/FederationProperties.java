package cn.techmarket.hub.federation;

import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.validation.annotation.Validated;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How the hub calls its tenants. Circuit breaker, bulkhead and retry settings are Resilience4j's
 * own ({@code resilience4j.*.configs.tenant}); these are the hub's.
 *
 * @param timeLimit      the most one request through the hub may spend waiting for tenants: every
 *                       tenant call of the request shares this one deadline, retries included
 * @param attemptTimeout how long one HTTP attempt may wait for the tenant's answer
 * @param mergeIdenticalReads whether identical reads in flight to one tenant, for the same view of the
 *                       data, share one call ({@link InflightReads})
 * @param relayTenantReads    whether a tenant's part of a query that the tenant can answer whole goes to it as one
 *                       call and comes back as it answered ({@link TenantRelay}); read when the hub starts
 */
@ConfigurationProperties("market.hub.federation")
@Validated
public record FederationProperties(
        @DefaultValue("2s") @DurationMin(millis = 1) Duration timeLimit,
        @DefaultValue("1500ms") @DurationMin(millis = 1) Duration attemptTimeout,
        @DefaultValue("true") boolean mergeIdenticalReads,
        @DefaultValue("true") boolean relayTenantReads) {
}
