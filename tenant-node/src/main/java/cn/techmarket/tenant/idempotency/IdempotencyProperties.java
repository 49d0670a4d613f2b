package cn.techmarket.tenant.idempotency;

import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.validation.annotation.Validated;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How long mutation outcomes are kept for retries with the same {@code Idempotency-Key}.
 *
 * @param retention    how long a key and its outcome are kept: a retry within it gets the first outcome
 * @param takeoverAfter how long a first attempt may run before a retry with its key may run the
 *                     request again (its node died mid-request); longer than any request can take
 * @param purgeInterval how often keys past their retention are deleted
 */
@ConfigurationProperties("market.node.idempotency")
@Validated
public record IdempotencyProperties(
        @DefaultValue("24h") @DurationMin(minutes = 1) Duration retention,
        @DefaultValue("30s") @DurationMin(seconds = 1) Duration takeoverAfter,
        @DefaultValue("10m") @DurationMin(seconds = 1) Duration purgeInterval) {
}
