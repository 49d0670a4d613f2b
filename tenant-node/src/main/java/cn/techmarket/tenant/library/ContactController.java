package cn.techmarket.tenant.library;

import cn.techmarket.graphql.security.Caller;
import cn.techmarket.tenant.tenancy.HostedTenant;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * A record's contact: for the city's operators and province staff, and for the people of the
 * member that owns the record, who must see it to edit the record without losing it. Any other
 * member's person reads null.
 */
@Controller
class ContactController {

    private final ListingOwners owners;

    ContactController(ListingOwners owners) {
        this.owners = owners;
    }

    @SchemaMapping(typeName = "Achievement", field = "contact")
    Contact achievement(LibraryRecord record, @ContextValue HostedTenant tenant, @ContextValue Caller caller) {
        return shown(record, tenant, caller);
    }

    @SchemaMapping(typeName = "Demand", field = "contact")
    Contact demand(LibraryRecord record, @ContextValue HostedTenant tenant, @ContextValue Caller caller) {
        return shown(record, tenant, caller);
    }

    @SchemaMapping(typeName = "FinancingInstitution", field = "contact")
    Contact financingInstitution(LibraryRecord record, @ContextValue HostedTenant tenant, @ContextValue Caller caller) {
        return shown(record, tenant, caller);
    }

    @SchemaMapping(typeName = "ServiceInstitution", field = "contact")
    Contact serviceInstitution(LibraryRecord record, @ContextValue HostedTenant tenant, @ContextValue Caller caller) {
        return shown(record, tenant, caller);
    }

    @SchemaMapping(typeName = "Instrument", field = "contact")
    Contact instrument(LibraryRecord record, @ContextValue HostedTenant tenant, @ContextValue Caller caller) {
        return shown(record, tenant, caller);
    }

    private Contact shown(LibraryRecord record, HostedTenant tenant, Caller caller) {
        return owners.seesPrivateParts(tenant, record, caller) ? record.contact() : null;
    }
}
