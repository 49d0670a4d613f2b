package cn.techmarket.tenant.instrument;

import cn.techmarket.graphql.errors.BadInputException;
import cn.techmarket.graphql.security.Caller;
import cn.techmarket.model.id.GlobalId;
import cn.techmarket.model.record.RecordKind;
import cn.techmarket.tenant.documents.RecordNotFoundException;
import cn.techmarket.tenant.library.LibraryIds;
import cn.techmarket.tenant.library.LibraryStore;
import cn.techmarket.tenant.library.Lifecycle;
import cn.techmarket.tenant.member.Members;
import cn.techmarket.tenant.tenancy.HostedTenant;
import org.springframework.stereotype.Component;

/** The instruments that bookings, calendars and usage reports are about, found by the id a client sent. */
@Component
class InstrumentLookup {

    private final LibraryStore library;
    private final Members members;

    InstrumentLookup(LibraryStore library, Members members) {
        this.library = library;
        this.members = members;
    }

    /** A published instrument of this sub-market, which keeps its bookings; refused naming {@code field} otherwise. */
    Instrument published(HostedTenant tenant, String field, String instrumentId) {
        GlobalId id = LibraryIds.decode(field, instrumentId);
        if (id.kind() != RecordKind.INSTRUMENT) {
            throw new BadInputException(field, "is not the id of an Instrument");
        }
        if (!id.tenantId().equals(tenant.id())) {
            throw new BadInputException(field, "must be an instrument of this sub-market, which keeps its bookings");
        }
        return (Instrument) library.find(tenant, id).filter(record -> record.meta().lifecycle() == Lifecycle.PUBLISHED)
                .orElseThrow(() -> new RecordNotFoundException(field));
    }

    /** An instrument the caller manages: the sub-market's operators any, a unit's people the unit's own; anyone else's is not found. */
    Instrument managed(HostedTenant tenant, Caller caller, String instrumentId) {
        GlobalId id = LibraryIds.decode("id", instrumentId);
        if (id.kind() != RecordKind.INSTRUMENT || !id.tenantId().equals(tenant.id())) {
            throw new RecordNotFoundException("id");
        }
        Instrument instrument = (Instrument) library.find(tenant, id).filter(record -> record.meta().lifecycle() != Lifecycle.DELETED)
                .orElseThrow(() -> new RecordNotFoundException("id"));
        if (!caller.operates(tenant.id()) && (instrument.meta().owner() == null
                || !members.of(tenant, caller.subject()).contains(instrument.meta().owner()))) {
            throw new RecordNotFoundException("id");
        }
        return instrument;
    }
}
