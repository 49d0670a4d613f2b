package cn.techmarket.tenant.library;

import cn.techmarket.tenant.library.LibraryRecord;
import cn.techmarket.tenant.tenancy.HostedTenant;

/**
 * A change to a library record that the writer has committed, published on the writing thread
 * right after the commit, for those who keep track of changes (the audit trail). Demo and
 * migration imports publish none: nobody made them.
 *
 * @param before the record before the change; null when it was created
 * @param after  the record as committed
 */
public record RecordCommitted(HostedTenant tenant, LibraryRecord before, LibraryRecord after) {

    public boolean created() {
        return before == null;
    }
}
