package cn.techmarket.tenant.instrument;

import cn.techmarket.graphql.security.Caller;
import cn.techmarket.tenant.documents.NodeSource;
import cn.techmarket.tenant.tenancy.HostedTenant;
import org.springframework.stereotype.Component;

/** Bookings by id for {@code node(id)}: seen by those who see them in their lists. */
@Component
class BookingNodes implements NodeSource {

    private final Bookings bookings;

    BookingNodes(Bookings bookings) {
        this.bookings = bookings;
    }

    @Override
    public String typeName() {
        return Booking.TYPE_NAME;
    }

    @Override
    public Object find(HostedTenant tenant, Caller caller, String globalId) {
        return bookings.visible(tenant, caller, globalId).orElse(null);
    }
}
