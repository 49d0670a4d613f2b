package cn.techmarket.tenant.instrument;

import cn.techmarket.tenant.tenancy.HostedTenant;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Each instrument's calendar of held periods (bookings and maintenance), one document per
 * instrument. A period is claimed by replacing the document at the version it was read at, after
 * checking it overlaps no hold: MongoDB changes one document atomically, so of many requests for
 * one period exactly one wins, without transactions (the stand-in has none).
 */
@Component
class InstrumentCalendar {

    static final String COLLECTION = "instrument_calendars";
    private static final int ATTEMPTS = 200;

    enum HoldKind { BOOKING, MAINTENANCE }

    /**
     * One held period.
     *
     * @param holdId  the booking's local id, or a maintenance window's own
     * @param reason  why a maintenance window is held; null for a booking
     */
    record Hold(String holdId, HoldKind kind, Instant start, Instant end, String reason, Instant heldAt) {

        boolean overlaps(Instant from, Instant to) {
            return start.isBefore(to) && from.isBefore(end);
        }
    }

    record Calendar(@Id String id, long version, List<Hold> holds) {
    }

    /**
     * Holds the period, unless a live hold overlaps it; a hold already there under the same id
     * (the same request run again) counts as held.
     *
     * @param live   whether a hold in the way still counts (a hold whose booking never got written may not); ended holds never do
     * @return the hold in the way, or empty when the period is now held
     */
    Optional<Hold> claim(HostedTenant tenant, String instrumentId, Hold hold, Instant now, Predicate<Hold> live) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Calendar calendar = read(tenant, instrumentId);
            if (calendar.holds().stream().anyMatch(h -> h.holdId().equals(hold.holdId()))) {
                return Optional.empty();
            }
            List<Hold> kept = new ArrayList<>(calendar.holds().stream().filter(h -> h.end().isAfter(now)).toList());
            List<Hold> overlapping = kept.stream().filter(h -> h.overlaps(hold.start(), hold.end())).toList();
            Optional<Hold> inTheWay = overlapping.stream().filter(live).findFirst();
            if (inTheWay.isPresent()) {
                return inTheWay;
            }
            kept.removeAll(overlapping);
            kept.add(hold);
            if (replace(tenant, calendar, kept)) {
                return Optional.empty();
            }
        }
        throw new IllegalStateException("the calendar of " + instrumentId + " kept changing; try again");
    }

    /** Frees the hold, if it is there. */
    void release(HostedTenant tenant, String instrumentId, String holdId) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Calendar calendar = read(tenant, instrumentId);
            List<Hold> kept = calendar.holds().stream().filter(h -> !h.holdId().equals(holdId)).toList();
            if (kept.size() == calendar.holds().size() || replace(tenant, calendar, kept)) {
                return;
            }
        }
        throw new IllegalStateException("the calendar of " + instrumentId + " kept changing; try again");
    }

    /** The holds that overlap the period, earliest first. */
    List<Hold> holds(HostedTenant tenant, String instrumentId, Instant from, Instant to) {
        Calendar calendar = tenant.mongo().findById(instrumentId, Calendar.class, COLLECTION);
        if (calendar == null) {
            return List.of();
        }
        return calendar.holds().stream().filter(h -> h.overlaps(from, to))
                .sorted(java.util.Comparator.comparing(Hold::start)).toList();
    }

    private Calendar read(HostedTenant tenant, String instrumentId) {
        Calendar calendar = tenant.mongo().findById(instrumentId, Calendar.class, COLLECTION);
        if (calendar != null) {
            return calendar;
        }
        try {
            tenant.mongo().insert(new Calendar(instrumentId, 0, List.of()), COLLECTION);
        } catch (DuplicateKeyException anotherRequestMadeIt) {
            // read it below
        }
        return tenant.mongo().findById(instrumentId, Calendar.class, COLLECTION);
    }

    private boolean replace(HostedTenant tenant, Calendar calendar, List<Hold> holds) {
        return tenant.mongo().updateFirst(new Query(where("_id").is(calendar.id()).and("version").is(calendar.version())),
                new Update().set("holds", holds).set("version", calendar.version() + 1), COLLECTION).getModifiedCount() == 1;
    }
}
