package cn.techmarket.tenant.library;

import cn.techmarket.graphql.errors.BadInputException;

import cn.techmarket.graphql.security.Caller;
import cn.techmarket.model.id.GlobalId;
import cn.techmarket.model.id.MalformedIdException;
import cn.techmarket.tenant.documents.NodeSource;
import cn.techmarket.model.record.RecordKind;
import cn.techmarket.tenant.tenancy.HostedTenant;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What spans every kind of record: lookup by global id and the library's size. Published records
 * are everyone's; the rest only the tenant's operators and province staff see. {@code node(id)}
 * also finds the other documents that implement {@code Node} (contracts, matches, meeting
 * requests), each through its feature's {@link NodeSource} and as visible as there.
 */
@Controller
class LibraryController {

    record KindCount(RecordKind kind, long count) {
    }

    static final int MAX_IDS = 100;

    /** How many of their own records a member's person sees at once, newest changes first. */
    static final int MY_LISTINGS = 200;

    private final LibraryStore store;
    private final LibraryKinds kinds;
    private final ListingOwners owners;
    private final Map<String, NodeSource> sources;

    LibraryController(LibraryStore store, LibraryKinds kinds, ListingOwners owners, List<NodeSource> sources) {
        this.store = store;
        this.kinds = kinds;
        this.owners = owners;
        this.sources = sources.stream().collect(Collectors.toMap(NodeSource::typeName, source -> source));
    }

    @QueryMapping
    Object node(@ContextValue HostedTenant tenant, @ContextValue Caller caller, @Argument String id) {
        return visible(tenant, caller, id);
    }

    @QueryMapping
    List<Object> nodes(@ContextValue HostedTenant tenant, @ContextValue Caller caller, @Argument List<String> ids) {
        if (ids.size() > MAX_IDS) {
            throw new BadInputException("ids", "at most " + MAX_IDS + " ids at once");
        }
        List<Object> found = new java.util.ArrayList<>(ids.size());
        for (String id : ids) {
            found.add(visible(tenant, caller, id));
        }
        return found;
    }

    private Object visible(HostedTenant tenant, Caller caller, String id) {
        NodeSource source = sources.get(typeName(id));
        if (source != null) {
            return source.find(tenant, caller, id);
        }
        return store.find(tenant, LibraryIds.decode(id))
                .filter(record -> record.meta().lifecycle().isPublic() || owners.seesPrivateParts(tenant, record, caller))
                .orElse(null);
    }

    /** The records of the members the person acts for, in every state but deleted, most recently changed first. */
    @QueryMapping
    List<LibraryRecord> myListings(@ContextValue HostedTenant tenant, @ContextValue Caller caller) {
        java.util.Set<String> memberships = owners.memberships(tenant, caller.subject());
        if (memberships.isEmpty()) {
            return List.of();
        }
        return kinds.libraries().stream()
                .flatMap(library -> store.ownedBy(tenant, library, memberships, MY_LISTINGS).stream())
                .map(LibraryRecord.class::cast)
                .sorted(java.util.Comparator.comparing((LibraryRecord record) -> record.meta().updatedAt()).reversed())
                .limit(MY_LISTINGS)
                .toList();
    }

    /** The operators' review queue (待审核): members' records submitted for review, of every kind, the longest waiting first. */
    @QueryMapping
    List<LibraryRecord> awaitingReview(@ContextValue HostedTenant tenant) {
        return kinds.libraries().stream()
                .flatMap(library -> store.inLifecycle(tenant, library, Lifecycle.SUBMITTED, MY_LISTINGS).stream())
                .map(LibraryRecord.class::cast)
                .sorted(java.util.Comparator.comparing((LibraryRecord record) -> record.meta().updatedAt()))
                .limit(MY_LISTINGS)
                .toList();
    }

    /** The type an id names, or null when it is no platform id (then the library's lookup refuses it). */
    private static String typeName(String id) {
        try {
            return GlobalId.parts(id)[1];
        } catch (MalformedIdException e) {
            return null;
        }
    }

    @QueryMapping
    List<KindCount> libraryCounts(@ContextValue HostedTenant tenant) {
        return kinds.libraries().stream().map(library -> new KindCount(library.kind(), store.countPublished(tenant, library))).toList();
    }
}
