package cn.techmarket.tenant.member;

import cn.techmarket.tenant.library.Library;
import cn.techmarket.tenant.library.LibraryKinds;
import cn.techmarket.tenant.library.LibraryRecord;
import cn.techmarket.tenant.library.LibraryStore;
import cn.techmarket.tenant.library.LibraryWriter;
import cn.techmarket.tenant.library.Lifecycle;
import cn.techmarket.tenant.tenancy.HostedTenant;
import org.springframework.stereotype.Component;

import java.util.Set;

/**
 * A suspended member's listings leave the public library: its published records are withdrawn
 * (and so leave province search). Reinstated, it submits them again for review.
 */
@Component
class MemberListings {

    /** More than any member publishes; what is beyond is withdrawn by the next suspension. */
    private static final int AT_ONCE = 10_000;

    private final LibraryKinds kinds;
    private final LibraryStore store;
    private final LibraryWriter writer;

    MemberListings(LibraryKinds kinds, LibraryStore store, LibraryWriter writer) {
        this.kinds = kinds;
        this.store = store;
        this.writer = writer;
    }

    /** @return how many were withdrawn */
    int withdrawPublished(HostedTenant tenant, Member member, String operator) {
        int withdrawn = 0;
        for (Library<?> library : kinds.libraries()) {
            for (LibraryRecord record : store.ownedBy(tenant, library, Set.of(member.globalId()), AT_ONCE)) {
                if (record.meta().lifecycle() == Lifecycle.PUBLISHED) {
                    writer.transition(tenant, library, record.id(), record.meta().version(), operator, Lifecycle.WITHDRAWN);
                    withdrawn++;
                }
            }
        }
        return withdrawn;
    }
}
