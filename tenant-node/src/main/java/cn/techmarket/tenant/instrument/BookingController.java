package cn.techmarket.tenant.instrument;

import cn.techmarket.graphql.security.Caller;
import cn.techmarket.tenant.documents.NewIds;
import cn.techmarket.tenant.tenancy.Author;
import cn.techmarket.tenant.tenancy.HostedTenant;
import jakarta.validation.Valid;
import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Controller;

import java.time.Instant;

/** Instrument calendars and bookings; who may take which step is {@link Bookings}' to say. */
@Controller
class BookingController {

    private final Bookings bookings;

    BookingController(Bookings bookings) {
        this.bookings = bookings;
    }

    @QueryMapping
    CalendarView instrumentCalendar(@ContextValue HostedTenant tenant, @Argument String instrumentId, @Argument Instant from, @Argument Instant to) {
        return bookings.busy(tenant, instrumentId, from, to);
    }

    @QueryMapping(name = "bookings")
    Window<Booking> page(@ContextValue HostedTenant tenant, @ContextValue Caller caller, @Argument String instrumentId,
                         @Argument BookingStatus status, ScrollSubrange subrange) {
        return bookings.page(tenant, caller, instrumentId, status, subrange);
    }

    @SchemaMapping(typeName = "Booking", field = "id")
    String id(Booking booking) {
        return booking.globalId();
    }

    @MutationMapping
    Booking bookInstrument(@ContextValue HostedTenant tenant, @ContextValue Caller caller, @ContextValue(name = Author.CONTEXT_KEY) String author,
                           @ContextValue(name = NewIds.CONTEXT_KEY) NewIds ids, @Argument @Valid BookingInput input, @Argument String memberId) {
        return bookings.book(tenant, caller, author, input, memberId, ids);
    }

    @MutationMapping
    Booking confirmBooking(@ContextValue HostedTenant tenant, @ContextValue Caller caller, @ContextValue(name = Author.CONTEXT_KEY) String author,
                           @Argument String id, @Argument long expectedVersion) {
        return bookings.confirm(tenant, caller, author, id, expectedVersion);
    }

    @MutationMapping
    Booking declineBooking(@ContextValue HostedTenant tenant, @ContextValue Caller caller, @ContextValue(name = Author.CONTEXT_KEY) String author,
                           @Argument String id, @Argument long expectedVersion, @Argument String reason) {
        return bookings.decline(tenant, caller, author, id, expectedVersion, reason);
    }

    @MutationMapping
    Booking cancelBooking(@ContextValue HostedTenant tenant, @ContextValue Caller caller, @ContextValue(name = Author.CONTEXT_KEY) String author,
                          @Argument String id, @Argument long expectedVersion, @Argument String reason) {
        return bookings.cancel(tenant, caller, author, id, expectedVersion, reason);
    }

    @MutationMapping
    Booking recordUsage(@ContextValue HostedTenant tenant, @ContextValue Caller caller, @ContextValue(name = Author.CONTEXT_KEY) String author,
                        @Argument String id, @Argument long expectedVersion, @Argument @Valid UsageInput usage) {
        return bookings.recordUsage(tenant, caller, author, id, expectedVersion, usage);
    }

    @MutationMapping
    Booking acceptService(@ContextValue HostedTenant tenant, @ContextValue Caller caller, @ContextValue(name = Author.CONTEXT_KEY) String author,
                          @Argument String id, @Argument long expectedVersion, @Argument int score, @Argument String comment) {
        return bookings.accept(tenant, caller, author, id, expectedVersion, score, comment);
    }

    @MutationMapping
    CalendarView scheduleMaintenance(@ContextValue HostedTenant tenant, @ContextValue Caller caller,
                                     @ContextValue(name = NewIds.CONTEXT_KEY) NewIds ids, @Argument String id, @Argument @Valid MaintenanceInput input) {
        return bookings.scheduleMaintenance(tenant, caller, id, input, ids);
    }

    @MutationMapping
    CalendarView cancelMaintenance(@ContextValue HostedTenant tenant, @ContextValue Caller caller, @Argument String id, @Argument String periodId) {
        return bookings.cancelMaintenance(tenant, caller, id, periodId);
    }
}
