package cn.techmarket.tenant.library;

import cn.techmarket.graphql.errors.BadInputException;

import cn.techmarket.graphql.security.Caller;
import cn.techmarket.tenant.library.LibraryRecord;
import cn.techmarket.model.record.RecordKind;
import cn.techmarket.tenant.tenancy.HostedTenant;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import java.util.List;

/**
 * What spans every kind of record: lookup by global id and the library's size. Published records
 * are everyone's; the rest only the tenant's operators and province staff see.
 */
@Controller
class LibraryController {

    record KindCount(RecordKind kind, long count) {
    }

    static final int MAX_IDS = 100;

    private final LibraryStore store;
    private final LibraryKinds kinds;

    LibraryController(LibraryStore store, LibraryKinds kinds) {
        this.store = store;
        this.kinds = kinds;
    }

    @QueryMapping
    LibraryRecord node(@ContextValue HostedTenant tenant, @ContextValue Caller caller, @Argument String id) {
        return visible(tenant, caller, id);
    }

    @QueryMapping
    List<LibraryRecord> nodes(@ContextValue HostedTenant tenant, @ContextValue Caller caller, @Argument List<String> ids) {
        if (ids.size() > MAX_IDS) {
            throw new BadInputException("ids", "at most " + MAX_IDS + " ids at once");
        }
        List<LibraryRecord> found = new java.util.ArrayList<>(ids.size());
        for (String id : ids) {
            found.add(visible(tenant, caller, id));
        }
        return found;
    }

    private LibraryRecord visible(HostedTenant tenant, Caller caller, String id) {
        return store.find(tenant, LibraryIds.decode(id))
                .filter(record -> record.meta().lifecycle().isPublic() || caller.readsPrivateDataOf(tenant.id()))
                .orElse(null);
    }

    @QueryMapping
    List<KindCount> libraryCounts(@ContextValue HostedTenant tenant) {
        return kinds.libraries().stream().map(library -> new KindCount(library.kind(), store.countPublished(tenant, library))).toList();
    }
}
