package cn.techmarket.tenant.instrument;

import cn.techmarket.graphql.errors.BadInputException;
import cn.techmarket.graphql.security.Caller;
import cn.techmarket.model.id.GlobalId;
import cn.techmarket.model.region.MarketTime;
import cn.techmarket.tenant.documents.NewIds;
import cn.techmarket.tenant.documents.RecordNotFoundException;
import cn.techmarket.tenant.documents.WorkflowDocuments;
import cn.techmarket.tenant.instrument.InstrumentCalendar.Hold;
import cn.techmarket.tenant.instrument.InstrumentCalendar.HoldKind;
import cn.techmarket.tenant.member.Member;
import cn.techmarket.tenant.member.Members;
import cn.techmarket.tenant.tenancy.HostedTenant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Booking shared instruments: a member asks for a period inside the opening hours; the managing
 * unit (or, for the sub-market's own instruments, its operators) confirms or declines it, records
 * the use, and the user confirms and rates the service. A period is held on the instrument's
 * calendar from the request until it is declined, cancelled or used, so two bookings of one
 * instrument never overlap.
 */
@Component
public class Bookings {

    /** A period someone else holds: the same code on the hub and on tenants. */
    public static final String PERIOD_TAKEN = "PERIOD_TAKEN";

    static final WorkflowDocuments<Booking> DOCUMENTS = new WorkflowDocuments<>("bookings", Booking.class, Booking.TYPE_NAME);
    /** A booking's hold whose booking was never written (the request died between the two) stops counting after this. */
    private static final Duration UNWRITTEN_HOLD = Duration.ofMinutes(2);
    private static final String[] WEEKDAYS = {"周一", "周二", "周三", "周四", "周五", "周六", "周日"};

    private final InstrumentCalendar calendar;
    private final Members members;
    private final BookingProperties rules;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final Vouchers vouchers;
    private final InstrumentLookup instruments;

    Bookings(InstrumentLookup instruments, InstrumentCalendar calendar, Members members, BookingProperties rules, Clock clock,
             ApplicationEventPublisher events, Vouchers vouchers) {
        this.instruments = instruments;
        this.vouchers = vouchers;
        this.calendar = calendar;
        this.members = members;
        this.rules = rules;
        this.clock = clock;
        this.events = events;
    }

    Booking book(HostedTenant tenant, Caller caller, String author, BookingInput input, String memberId, NewIds ids) {
        Member booker = members.actingFor(tenant, caller, "memberId", memberId, "name the member you book for");
        if (booker == null) {
            throw new BadInputException("memberId", "name the member the booking is for");
        }
        Instrument instrument = instruments.published(tenant, "input.instrumentId", input.instrumentId());
        if (!instrument.bookable()) {
            throw new BadInputException("input.instrumentId", instrument.status() == Instrument.Status.IN_SERVICE
                    ? "the instrument has no opening hours and takes no bookings" : "the instrument is not in service");
        }
        Instant now = clock.instant();
        requireWithinOpeningHours(instrument, input.start(), input.end(), now);
        int samples = input.samples() == null ? 0 : input.samples();
        if (input.mode() == Booking.BookingMode.SAMPLE_TESTING && samples < 1) {
            throw new BadInputException("input.samples", "must be at least 1 when sending samples for testing");
        }
        String id = ids.next();
        Optional<Booking> earlier = DOCUMENTS.find(tenant, "id", DOCUMENTS.globalId(tenant.id(), id));
        if (earlier.isPresent()) {
            return earlier.get(); // the same request, run again
        }
        Optional<Hold> inTheWay = calendar.claim(tenant, instrument.id(), new Hold(id, HoldKind.BOOKING, input.start(), input.end(), null, now),
                now, hold -> written(tenant, hold, now));
        inTheWay.ifPresent(hold -> {
            throw taken("input.start", hold);
        });
        Booking booking = new Booking(id, tenant.id(), instrument.globalId().encode(), instrument.name(), instrument.managingUnit(),
                instrument.meta().owner(), booker.globalId(), booker.name(), input.mode(), input.start(), input.end(), input.purpose().strip(),
                samples, !booker.globalId().equals(instrument.meta().owner()), BookingStatus.REQUESTED, null,
                List.of(new Booking.Transition(now, author, null, BookingStatus.REQUESTED, null)), null, null, 1, now, author, now);
        try {
            DOCUMENTS.insert(tenant, booking);
        } catch (DuplicateKeyException sameRequestRacing) {
            return DOCUMENTS.find(tenant, "id", booking.globalId()).orElseThrow();
        }
        events.publishEvent(new BookingChanged(tenant, booking, null, author));
        return booking;
    }

    Booking confirm(HostedTenant tenant, Caller caller, String actor, String id, long expectedVersion) {
        Booking current = DOCUMENTS.atVersion(tenant, id, expectedVersion, booking -> requireUnitSide(tenant, caller, booking));
        requireNotStarted(current, "confirmed");
        return move(tenant, current, BookingStatus.CONFIRMED, actor, null, null, null);
    }

    Booking decline(HostedTenant tenant, Caller caller, String actor, String id, long expectedVersion, String reason) {
        Booking current = DOCUMENTS.atVersion(tenant, id, expectedVersion, booking -> requireUnitSide(tenant, caller, booking));
        Booking declined = move(tenant, current, BookingStatus.DECLINED, actor, requireReason(reason), null, null);
        calendar.release(tenant, localInstrumentId(current), current.id());
        return declined;
    }

    /**
     * The unit (or the operators) cancels with a reason any time before the start; the user a
     * request any time before it, a confirmed booking only up to the notice the rules give.
     */
    Booking cancel(HostedTenant tenant, Caller caller, String actor, String id, long expectedVersion, String reason) {
        Booking current = DOCUMENTS.atVersion(tenant, id, expectedVersion, booking -> {
            if (!unitSide(tenant, caller, booking) && !bookerSide(tenant, caller, booking)) {
                throw new RecordNotFoundException("id");
            }
        });
        requireNotStarted(current, "cancelled");
        if (!unitSide(tenant, caller, current) && current.status() == BookingStatus.CONFIRMED
                && clock.instant().isAfter(current.start().minus(rules.cancellationNotice()))) {
            throw BadInputException.illegalTransition("id", "a confirmed booking is cancelled by its user at least "
                    + rules.cancellationNotice().toHours() + " hours before it starts; ask the managing unit to cancel it");
        }
        Booking cancelled = move(tenant, current, BookingStatus.CANCELLED, actor, requireReason(reason), null, null);
        calendar.release(tenant, localInstrumentId(current), current.id());
        return cancelled;
    }

    Booking recordUsage(HostedTenant tenant, Caller caller, String actor, String id, long expectedVersion, UsageInput usage) {
        Booking current = DOCUMENTS.atVersion(tenant, id, expectedVersion, booking -> requireUnitSide(tenant, caller, booking));
        Instant now = clock.instant();
        if (!usage.actualEnd().isAfter(usage.actualStart())) {
            throw new BadInputException("usage.actualEnd", "must be after usage.actualStart");
        }
        if (usage.actualEnd().isAfter(now)) {
            throw new BadInputException("usage.actualEnd", "must not be in the future: record a use once it is over");
        }
        BigDecimal span = BigDecimal.valueOf(Duration.between(usage.actualStart(), usage.actualEnd()).toMinutes()).divide(BigDecimal.valueOf(60), 2,
                java.math.RoundingMode.DOWN);
        if (usage.effectiveHours().compareTo(span) > 0) {
            throw new BadInputException("usage.effectiveHours", "must not exceed the " + span.toPlainString() + " hours between actualStart and actualEnd");
        }
        Booking.Usage recorded = new Booking.Usage(usage.actualStart(), usage.actualEnd(), usage.effectiveHours().setScale(2),
                usage.samples() == null ? current.samples() : usage.samples(), usage.fee().setScale(2), BigDecimal.ZERO.setScale(2), now, actor);
        Booking completed = move(tenant, current, BookingStatus.COMPLETED, actor, null, recorded, null);
        calendar.release(tenant, localInstrumentId(current), current.id());
        return completed;
    }

    Booking accept(HostedTenant tenant, Caller caller, String actor, String id, long expectedVersion, int score, String comment) {
        Booking current = DOCUMENTS.atVersion(tenant, id, expectedVersion, booking -> {
            if (!bookerSide(tenant, caller, booking)) {
                throw new RecordNotFoundException("id");
            }
        });
        if (score < 1 || score > 5) {
            throw new BadInputException("score", "must be from 1 to 5");
        }
        if (comment != null && comment.length() > 500) {
            throw new BadInputException("comment", "must be at most 500 characters");
        }
        String said = comment == null || comment.isBlank() ? null : comment.strip();
        return move(tenant, current, BookingStatus.ACCEPTED, actor, null, null, new Booking.Rating(score, said, clock.instant()));
    }

    /**
     * Pays part of a used booking's fee with one of the booking member's innovation vouchers: by
     * the member's people, or the operators for them.
     */
    Booking payWithVoucher(HostedTenant tenant, Caller caller, String actor, String id, long expectedVersion, String voucherId, BigDecimal amount) {
        Booking current = DOCUMENTS.atVersion(tenant, id, expectedVersion, booking -> {
            if (!caller.operates(tenant.id()) && !bookerSide(tenant, caller, booking)) {
                throw new RecordNotFoundException("id");
            }
        });
        if (current.status() != BookingStatus.COMPLETED && current.status() != BookingStatus.ACCEPTED) {
            throw BadInputException.illegalTransition("id", "a voucher pays for a use once the unit has recorded it (completed or accepted)");
        }
        Voucher voucher = vouchers.pay(tenant, caller, actor, current, voucherId, amount);
        BigDecimal paid = voucher.uses().stream().filter(use -> use.booking().equals(current.globalId())).findFirst().orElseThrow().amount();
        if (current.usage().voucherPaid().compareTo(paid) == 0) {
            return current;
        }
        Booking next = current.withUsage(current.usage().paidWithVoucher(paid), clock.instant());
        DOCUMENTS.replace(tenant, current, next);
        return next;
    }

    /** Holds a maintenance window on the calendar; refused while a booking holds part of it. */
    CalendarView scheduleMaintenance(HostedTenant tenant, Caller caller, String instrumentId, MaintenanceInput input, NewIds ids) {
        Instrument instrument = instruments.managed(tenant, caller, instrumentId);
        Instant now = clock.instant();
        if (!input.end().isAfter(input.start())) {
            throw new BadInputException("input.end", "must be after input.start");
        }
        if (!input.end().isAfter(now)) {
            throw new BadInputException("input.end", "must be in the future");
        }
        calendar.claim(tenant, instrument.id(), new Hold(ids.next(), HoldKind.MAINTENANCE, input.start(), input.end(), input.reason().strip(), now),
                now, hold -> written(tenant, hold, now)).ifPresent(hold -> {
            throw taken("input.start", hold);
        });
        return CalendarView.of(instrument, calendar.holds(tenant, instrument.id(), now, now.plus(rules.horizon())));
    }

    CalendarView cancelMaintenance(HostedTenant tenant, Caller caller, String instrumentId, String periodId) {
        Instrument instrument = instruments.managed(tenant, caller, instrumentId);
        Instant now = clock.instant();
        Hold window = calendar.holds(tenant, instrument.id(), now, now.plus(rules.horizon())).stream()
                .filter(hold -> hold.kind() == HoldKind.MAINTENANCE && hold.holdId().equals(periodId)).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("periodId"));
        calendar.release(tenant, instrument.id(), window.holdId());
        return CalendarView.of(instrument, calendar.holds(tenant, instrument.id(), now, now.plus(rules.horizon())));
    }

    /** What is held on a published instrument's calendar in the period; who holds it is not said. */
    CalendarView busy(HostedTenant tenant, String instrumentId, Instant from, Instant to) {
        Instrument instrument = instruments.published(tenant, "instrumentId", instrumentId);
        if (!to.isAfter(from)) {
            throw new BadInputException("to", "must be after from");
        }
        if (Duration.between(from, to).compareTo(Duration.ofDays(93)) > 0) {
            throw new BadInputException("to", "may be at most 93 days after from");
        }
        Instant now = clock.instant();
        return CalendarView.of(instrument, calendar.holds(tenant, instrument.id(), from, to).stream().filter(hold -> written(tenant, hold, now)).toList());
    }

    /** Bookings newest first: all of the sub-market's for its operators and province staff; a member's person those their members made or manage. */
    org.springframework.data.domain.Window<Booking> page(HostedTenant tenant, Caller caller, String instrumentId, BookingStatus status,
                                                         org.springframework.graphql.data.query.ScrollSubrange subrange) {
        Criteria criteria = new Criteria();
        if (!caller.readsPrivateDataOf(tenant.id())) {
            Set<String> mine = members.of(tenant, caller.subject());
            criteria = new Criteria().orOperator(where("booker").in(mine), where("unit").in(mine));
        }
        if (instrumentId != null) {
            criteria = criteria.and("instrumentId").is(instrumentId);
        }
        if (status != null) {
            criteria = criteria.and("status").is(status.name());
        }
        return DOCUMENTS.page(tenant, criteria, subrange);
    }

    /** The booking, for those who may see it: the sub-market's operators, province staff, the booker's and the unit's people. */
    Optional<Booking> visible(HostedTenant tenant, Caller caller, String globalId) {
        return DOCUMENTS.find(tenant, "id", globalId)
                .filter(booking -> caller.readsPrivateDataOf(tenant.id()) || bookerSide(tenant, caller, booking) || unitSide(tenant, caller, booking));
    }

    private Booking move(HostedTenant tenant, Booking current, BookingStatus target, String actor, String reason, Booking.Usage usage,
                         Booking.Rating rating) {
        if (!current.status().canMoveTo(target)) {
            throw BadInputException.illegalTransition("id", "a booking that is " + current.status().name().toLowerCase()
                    + " (" + current.status().label() + ") cannot become " + target.name().toLowerCase() + " (" + target.label() + ")");
        }
        Booking next = current.moved(target, actor, clock.instant(), reason, usage, rating);
        DOCUMENTS.replace(tenant, current, next);
        events.publishEvent(new BookingChanged(tenant, next, current.status(), actor));
        return next;
    }

    /** A booking's hold counts once its booking is written, or while the request that holds it may still write it. */
    private boolean written(HostedTenant tenant, Hold hold, Instant now) {
        return hold.kind() == HoldKind.MAINTENANCE || hold.heldAt().isAfter(now.minus(UNWRITTEN_HOLD))
                || DOCUMENTS.find(tenant, "id", DOCUMENTS.globalId(tenant.id(), hold.holdId())).filter(b -> b.status().holdsPeriod()).isPresent();
    }

    private void requireWithinOpeningHours(Instrument instrument, Instant start, Instant end, Instant now) {
        if (!end.isAfter(start)) {
            throw new BadInputException("input.end", "must be after input.start");
        }
        if (!start.isAfter(now)) {
            throw new BadInputException("input.start", "must be in the future");
        }
        if (start.isAfter(now.plus(rules.horizon()))) {
            throw new BadInputException("input.start", "may be at most " + rules.horizon().toDays() + " days ahead");
        }
        ZonedDateTime from = start.atZone(MarketTime.ZONE);
        ZonedDateTime to = end.atZone(MarketTime.ZONE);
        long step = rules.step().toMinutes();
        if (from.getSecond() != 0 || from.getNano() != 0 || (from.getHour() * 60L + from.getMinute()) % step != 0) {
            throw new BadInputException("input.start", "must fall on a multiple of " + step + " minutes, Beijing time");
        }
        if (to.getSecond() != 0 || to.getNano() != 0 || (to.getHour() * 60L + to.getMinute()) % step != 0) {
            throw new BadInputException("input.end", "must fall on a multiple of " + step + " minutes, Beijing time");
        }
        Instrument.OpeningHours open = instrument.openingHours().stream().filter(hours -> hours.day() == from.getDayOfWeek()).findFirst()
                .orElseThrow(() -> new BadInputException("input.start", "the instrument is not open on " + WEEKDAYS[from.getDayOfWeek().ordinal()]
                        + " (" + from.toLocalDate() + ")"));
        LocalTime closes = open.closesAt();
        boolean sameDay = to.toLocalDate().equals(from.toLocalDate()) || (to.toLocalTime().equals(LocalTime.MIDNIGHT)
                && to.toLocalDate().equals(from.toLocalDate().plusDays(1)) && closes.equals(LocalTime.of(23, 59)));
        if (from.toLocalTime().isBefore(open.opensAt()) || !sameDay
                || (to.toLocalDate().equals(from.toLocalDate()) && to.toLocalTime().isAfter(closes))) {
            throw new BadInputException("input.end", "must be within the opening hours of " + WEEKDAYS[from.getDayOfWeek().ordinal()] + ", "
                    + open.opens() + "–" + open.closes() + " Beijing time");
        }
    }

    private static BadInputException taken(String field, Hold hold) {
        String period = MarketTime.format(hold.start()) + " to " + MarketTime.format(hold.end()) + " (Beijing time)";
        return new BadInputException(field, hold.kind() == HoldKind.MAINTENANCE
                ? "the instrument is under maintenance from " + period + ": " + hold.reason()
                : "the instrument is already booked from " + period, PERIOD_TAKEN);
    }

    private void requireUnitSide(HostedTenant tenant, Caller caller, Booking booking) {
        if (!unitSide(tenant, caller, booking)) {
            throw new RecordNotFoundException("id");
        }
    }

    private boolean unitSide(HostedTenant tenant, Caller caller, Booking booking) {
        return caller.operates(tenant.id()) || (booking.unit() != null && members.of(tenant, caller.subject()).contains(booking.unit()));
    }

    private boolean bookerSide(HostedTenant tenant, Caller caller, Booking booking) {
        return members.of(tenant, caller.subject()).contains(booking.booker());
    }

    private void requireNotStarted(Booking booking, String what) {
        if (!clock.instant().isBefore(booking.start())) {
            throw BadInputException.illegalTransition("id", "the booked period has begun; it can no longer be " + what);
        }
    }

    private static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new BadInputException("reason", "must say why");
        }
        if (reason.length() > 500) {
            throw new BadInputException("reason", "must be at most 500 characters");
        }
        return reason.strip();
    }

    private static String localInstrumentId(Booking booking) {
        return GlobalId.decode(booking.instrumentId()).localId();
    }
}
