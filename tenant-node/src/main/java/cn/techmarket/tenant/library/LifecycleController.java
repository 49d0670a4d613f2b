package cn.techmarket.tenant.library;

import cn.techmarket.tenant.tenancy.Author;

import cn.techmarket.model.id.GlobalId;
import cn.techmarket.model.record.Lifecycle;
import cn.techmarket.model.record.LibraryRecord;
import cn.techmarket.tenant.tenancy.HostedTenant;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/** Publish, withdraw and delete, for every kind of record. */
@Controller
class LifecycleController {

    private final LibraryWriter writer;

    LifecycleController(LibraryWriter writer) {
        this.writer = writer;
    }

    @MutationMapping
    LibraryRecord publish(@ContextValue HostedTenant tenant, @ContextValue(name = Author.CONTEXT_KEY) String author,
                          @Argument String id, @Argument long expectedVersion) {
        return move(tenant, author, id, expectedVersion, Lifecycle.PUBLISHED);
    }

    @MutationMapping
    LibraryRecord withdraw(@ContextValue HostedTenant tenant, @ContextValue(name = Author.CONTEXT_KEY) String author,
                           @Argument String id, @Argument long expectedVersion) {
        return move(tenant, author, id, expectedVersion, Lifecycle.WITHDRAWN);
    }

    @MutationMapping
    LibraryRecord delete(@ContextValue HostedTenant tenant, @ContextValue(name = Author.CONTEXT_KEY) String author,
                         @Argument String id, @Argument long expectedVersion) {
        return move(tenant, author, id, expectedVersion, Lifecycle.DELETED);
    }

    private LibraryRecord move(HostedTenant tenant, String author, String id, long expectedVersion, Lifecycle target) {
        GlobalId globalId = LibraryIds.decode(id);
        Library<?> library = Library.of(globalId.kind());
        return writer.transition(tenant, library, LibraryIds.localId(tenant, id, library), expectedVersion, author, target);
    }
}
