package cn.techmarket.tenant.library;

import cn.techmarket.tenant.tenancy.Author;

import cn.techmarket.model.id.GlobalId;
import cn.techmarket.tenant.library.Lifecycle;
import cn.techmarket.tenant.library.LibraryRecord;
import cn.techmarket.tenant.tenancy.HostedTenant;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/** Publish, withdraw and delete, for every kind of record. */
@Controller
class LifecycleController {

    private final LibraryWriter writer;
    private final LibraryKinds kinds;

    LifecycleController(LibraryWriter writer, LibraryKinds kinds) {
        this.writer = writer;
        this.kinds = kinds;
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
        Library<?> library = kinds.library(globalId.kind());
        return writer.transition(tenant, library, LibraryIds.localId(tenant, id, library), expectedVersion, author, target);
    }
}
