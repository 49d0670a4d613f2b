package cn.techmarket.tenant.library;

import cn.techmarket.graphql.security.Caller;
import cn.techmarket.graphql.errors.BadInputException;

import cn.techmarket.tenant.tenancy.Author;

import cn.techmarket.model.id.GlobalId;
import cn.techmarket.tenant.library.Lifecycle;
import cn.techmarket.tenant.library.LibraryRecord;
import cn.techmarket.tenant.tenancy.HostedTenant;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/**
 * Publish, withdraw and delete, for every kind of record; and the review of members' records:
 * their people submit them, the city's operators publish or return them with a note. A member's
 * person reaches only their members' own records (anyone else's are not found).
 */
@Controller
class LifecycleController {

    private final LibraryWriter writer;
    private final LibraryKinds kinds;
    private final ListingOwners owners;

    LifecycleController(LibraryWriter writer, LibraryKinds kinds, ListingOwners owners) {
        this.writer = writer;
        this.kinds = kinds;
        this.owners = owners;
    }

    @MutationMapping
    LibraryRecord publish(@ContextValue HostedTenant tenant, @ContextValue(name = Author.CONTEXT_KEY) String author,
                          @Argument String id, @Argument long expectedVersion) {
        return move(tenant, author, id, expectedVersion, Lifecycle.PUBLISHED, null);
    }

    /** The operators by right; a member's person their own published record. */
    @MutationMapping
    LibraryRecord withdraw(@ContextValue HostedTenant tenant, @ContextValue Caller caller,
                           @ContextValue(name = Author.CONTEXT_KEY) String author, @Argument String id, @Argument long expectedVersion) {
        if (!caller.operates(tenant.id())) {
            requireOwnRecord(tenant, caller, id);
        }
        return move(tenant, author, id, expectedVersion, Lifecycle.WITHDRAWN, null);
    }

    @MutationMapping
    LibraryRecord delete(@ContextValue HostedTenant tenant, @ContextValue(name = Author.CONTEXT_KEY) String author,
                         @Argument String id, @Argument long expectedVersion) {
        return move(tenant, author, id, expectedVersion, Lifecycle.DELETED, null);
    }

    /** Draft, returned or withdrawn → submitted for review (待审核), by the owning member's person. */
    @MutationMapping
    LibraryRecord submitForReview(@ContextValue HostedTenant tenant, @ContextValue Caller caller,
                                  @ContextValue(name = Author.CONTEXT_KEY) String author, @Argument String id, @Argument long expectedVersion) {
        requireOwnRecord(tenant, caller, id);
        return move(tenant, author, id, expectedVersion, Lifecycle.SUBMITTED, null);
    }

    /** Submitted → returned for revision (退回修改), saying what to change. */
    @MutationMapping
    LibraryRecord returnForRevision(@ContextValue HostedTenant tenant, @ContextValue(name = Author.CONTEXT_KEY) String author,
                                    @Argument String id, @Argument long expectedVersion, @Argument String reason) {
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            throw new BadInputException("reason", "must say what to change, in 1 to 500 characters");
        }
        return move(tenant, author, id, expectedVersion, Lifecycle.RETURNED, reason.strip());
    }

    /** The record must be one of the person's members' own, and the member verified. */
    private void requireOwnRecord(HostedTenant tenant, Caller caller, String id) {
        GlobalId globalId = LibraryIds.decode(id);
        Library<?> library = kinds.library(globalId.kind());
        LibraryRecord record = tenant.mongo().findById(LibraryIds.localId(tenant, id, library), library.type(), library.collection());
        if (record == null) {
            throw new cn.techmarket.tenant.documents.RecordNotFoundException("id");
        }
        owners.requireOwnRecord(tenant, record, caller.subject());
    }

    private LibraryRecord move(HostedTenant tenant, String author, String id, long expectedVersion, Lifecycle target, String note) {
        GlobalId globalId = LibraryIds.decode(id);
        Library<?> library = kinds.library(globalId.kind());
        return writer.transition(tenant, library, LibraryIds.localId(tenant, id, library), expectedVersion, author, target, note);
    }
}
