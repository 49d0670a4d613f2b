package cn.techmarket.tenant.instrument;

import cn.techmarket.model.id.TypedId;
import cn.techmarket.tenant.documents.WorkflowDocuments;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A member's booking of an instrument (预约), kept by the instrument's sub-market: the period it
 * holds on the instrument's calendar, then what the use was and how the user rated it.
 *
 * @param unit     the member (global id) that manages the instrument; null when the sub-market does
 * @param booker   the member (global id) that booked
 * @param external whether the booker is not the managing unit (external rate, external service hours)
 */
public record Booking(String id, String tenantId, String instrumentId, String instrumentName, String managingUnit, String unit,
                      String booker, String bookerName, BookingMode mode, Instant start, Instant end, String purpose, int samples,
                      boolean external, BookingStatus status, String statusReason, List<Transition> history, Usage usage, Rating rating,
                      long version, Instant createdAt, String createdBy, Instant updatedAt) implements WorkflowDocuments.Versioned {

    public static final String TYPE_NAME = "Booking";

    /** 上机使用 / 送样检测. */
    public enum BookingMode { ON_SITE, SAMPLE_TESTING }

    public record Transition(Instant at, String actor, BookingStatus from, BookingStatus to, String reason) {
    }

    /**
     * What the unit recorded after the use.
     *
     * @param effectiveHours 有效机时: the hours the instrument did the user's work
     * @param voucherPaid    what innovation vouchers paid of the fee
     */
    public record Usage(Instant actualStart, Instant actualEnd, BigDecimal effectiveHours, int samples, BigDecimal fee, BigDecimal voucherPaid,
                        Instant recordedAt, String recordedBy) {

        Usage paidWithVoucher(BigDecimal amount) {
            return new Usage(actualStart, actualEnd, effectiveHours, samples, fee, voucherPaid.add(amount), recordedAt, recordedBy);
        }
    }

    public record Rating(int score, String comment, Instant at) {
    }

    public String globalId() {
        return new TypedId(tenantId, TYPE_NAME, id).encode();
    }

    /** Booked hours. */
    public double hours() {
        return java.time.Duration.between(start, end).toMinutes() / 60.0;
    }

    Booking moved(BookingStatus target, String actor, Instant at, String reason, Usage usage, Rating rating) {
        List<Transition> transitions = new ArrayList<>(history);
        transitions.add(new Transition(at, actor, status, target, reason));
        return new Booking(id, tenantId, instrumentId, instrumentName, managingUnit, unit, booker, bookerName, mode, start, end, purpose, samples,
                external, target, reason, List.copyOf(transitions), usage != null ? usage : this.usage, rating != null ? rating : this.rating,
                version + 1, createdAt, createdBy, at);
    }

    Booking withUsage(Usage usage, Instant at) {
        return new Booking(id, tenantId, instrumentId, instrumentName, managingUnit, unit, booker, bookerName, mode, start, end, purpose, samples,
                external, status, statusReason, history, usage, rating, version + 1, createdAt, createdBy, at);
    }
}
