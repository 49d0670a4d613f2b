package cn.techmarket.tenant.instrument;

import java.util.Map;
import java.util.Set;

/**
 * 待确认 → 已确认 | 已拒绝; 已确认 → 已完成 (the unit recorded the use) → 已验收 (the user confirmed and
 * rated it); 待确认 or 已确认 → 已取消 before the start.
 */
public enum BookingStatus {
    REQUESTED("待确认"),
    CONFIRMED("已确认"),
    DECLINED("已拒绝"),
    CANCELLED("已取消"),
    COMPLETED("已完成"),
    ACCEPTED("已验收");

    private static final Map<BookingStatus, Set<BookingStatus>> NEXT = Map.of(
            REQUESTED, Set.of(CONFIRMED, DECLINED, CANCELLED),
            CONFIRMED, Set.of(COMPLETED, CANCELLED),
            COMPLETED, Set.of(ACCEPTED));

    private final String label;

    BookingStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean canMoveTo(BookingStatus target) {
        return NEXT.getOrDefault(this, Set.of()).contains(target);
    }

    /** Whether the booking still holds its period on the instrument's calendar. */
    public boolean holdsPeriod() {
        return this == REQUESTED || this == CONFIRMED;
    }
}
