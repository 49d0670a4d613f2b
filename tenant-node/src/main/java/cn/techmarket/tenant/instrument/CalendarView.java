package cn.techmarket.tenant.instrument;

import java.time.Instant;
import java.util.List;

/**
 * An instrument's calendar as anyone may see it: when it is open, and which periods are taken.
 * Who booked a period is not said; a maintenance window says why, and has an id its unit cancels it by.
 */
record CalendarView(String instrumentId, List<Instrument.OpeningHours> openingHours, List<BusyPeriod> busy) {

    record BusyPeriod(String periodId, InstrumentCalendar.HoldKind kind, Instant start, Instant end, String reason) {
    }

    static CalendarView of(Instrument instrument, List<InstrumentCalendar.Hold> holds) {
        return new CalendarView(instrument.globalId().encode(), instrument.openingHours(), holds.stream()
                .map(hold -> hold.kind() == InstrumentCalendar.HoldKind.MAINTENANCE
                        ? new BusyPeriod(hold.holdId(), hold.kind(), hold.start(), hold.end(), hold.reason())
                        : new BusyPeriod(null, hold.kind(), hold.start(), hold.end(), null))
                .toList());
    }
}
