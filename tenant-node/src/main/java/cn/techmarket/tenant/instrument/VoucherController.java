package cn.techmarket.tenant.instrument;

import cn.techmarket.graphql.security.Caller;
import cn.techmarket.tenant.documents.NewIds;
import cn.techmarket.tenant.tenancy.Author;
import cn.techmarket.tenant.tenancy.HostedTenant;
import jakarta.validation.Valid;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import java.math.BigDecimal;
import java.util.List;

/** Innovation vouchers: issued by province staff, seen by their enterprise's people, spent on instrument fees. */
@Controller
class VoucherController {

    private final Vouchers vouchers;
    private final Bookings bookings;

    VoucherController(Vouchers vouchers, Bookings bookings) {
        this.vouchers = vouchers;
        this.bookings = bookings;
    }

    @QueryMapping(name = "vouchers")
    List<Voucher> list(@ContextValue HostedTenant tenant, @ContextValue Caller caller, @Argument String memberId) {
        return vouchers.visible(tenant, caller, memberId);
    }

    @SchemaMapping(typeName = "Voucher", field = "id")
    String id(Voucher voucher) {
        return voucher.globalId();
    }

    @MutationMapping
    Voucher issueVoucher(@ContextValue HostedTenant tenant, @ContextValue(name = Author.CONTEXT_KEY) String author,
                         @ContextValue(name = NewIds.CONTEXT_KEY) NewIds ids, @Argument @Valid VoucherInput input) {
        return vouchers.issue(tenant, author, input, ids);
    }

    @MutationMapping
    Booking payWithVoucher(@ContextValue HostedTenant tenant, @ContextValue Caller caller, @ContextValue(name = Author.CONTEXT_KEY) String author,
                           @Argument String id, @Argument long expectedVersion, @Argument String voucherId, @Argument BigDecimal amount) {
        return bookings.payWithVoucher(tenant, caller, author, id, expectedVersion, voucherId, amount);
    }
}
