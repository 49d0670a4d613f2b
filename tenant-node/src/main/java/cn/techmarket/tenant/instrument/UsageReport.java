package cn.techmarket.tenant.instrument;

import org.springframework.data.annotation.Id;

import java.time.Instant;

/**
 * A unit's report of an instrument's use in one month outside bookings made here (机时填报): the
 * unit's own research, and services booked by other channels. Units report these as the sharing
 * performance review asks (信息报送); a month reported again replaces what was reported before.
 * Hours are kept in minutes and money in fen, whole numbers that sum exactly.
 *
 * @param id the instrument's local id and the month, e.g. {@code i0000042-2026-03}
 */
public record UsageReport(@Id String id, String instrumentId, String unit, String month, long effectiveMinutes, long externalMinutes, int samples,
                   long incomeFen, Instant reportedAt, String reportedBy) {

    static final String COLLECTION = "instrument_usage_reports";

    public java.math.BigDecimal effectiveHours() {
        return Quantities.hours(effectiveMinutes);
    }

    public java.math.BigDecimal externalHours() {
        return Quantities.hours(externalMinutes);
    }

    public java.math.BigDecimal income() {
        return Quantities.yuan(incomeFen);
    }

    static String idOf(String instrumentLocalId, java.time.YearMonth month) {
        return instrumentLocalId + "-" + month;
    }
}
