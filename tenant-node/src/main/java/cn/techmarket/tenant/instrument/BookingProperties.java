package cn.techmarket.tenant.instrument;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.math.BigDecimal;
import java.time.Duration;

/**
 * The rules of booking shared instruments.
 *
 * @param cancellationNotice how long before the start a user may still cancel a confirmed booking themselves
 * @param horizon            how far ahead a period may be booked
 * @param step               bookings start and end on multiples of it (Beijing time)
 * @param voucherShare       the largest share of a fee innovation vouchers may pay (创新券抵扣比例)
 */
@ConfigurationProperties("market.node.instruments")
@Validated
public record BookingProperties(
        @NotNull @DefaultValue("24h") Duration cancellationNotice,
        @NotNull @DefaultValue("90d") Duration horizon,
        @NotNull @DefaultValue("30m") Duration step,
        @NotNull @DecimalMin("0.00") @DecimalMax("1.00") @DefaultValue("0.50") BigDecimal voucherShare) {
}
