package cn.techmarket.hub.replica;

import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * This hub as one of several replicas sharing one MongoDB.
 *
 * @param id        names this replica in its leases; empty for one made of the host name and the
 *                  process id, which differ between replicas however they are run
 * @param leaseTime how long a lease lasts unless renewed (renewed at half of it): how long the
 *                  work of a replica that died goes undone before another takes it over. Clocks of
 *                  the replicas must agree to much better than this.
 */
@Validated
@ConfigurationProperties("market.hub.replica")
public record ReplicaProperties(@DefaultValue("") String id,
                                @DefaultValue("15s") @DurationMin(seconds = 1) Duration leaseTime) {
}
