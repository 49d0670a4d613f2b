package cn.techmarket.tenant.library;

import cn.techmarket.graphql.security.Caller;
import cn.techmarket.model.record.RecordKind;
import cn.techmarket.tenant.tenancy.HostedTenant;

import java.util.Set;

/**
 * Who may publish records for a member, as the member feature decides it: the library asks, and
 * knows nothing of members itself.
 */
public interface ListingOwners {

    /**
     * The member (its global id) the person publishes a record of the kind for: a verified member
     * of this sub-market they act for, of a kind that may publish such records.
     *
     * @throws cn.techmarket.graphql.errors.BadInputException naming {@code field} otherwise
     */
    String requireOwner(HostedTenant tenant, String field, String memberId, String subject, RecordKind kind);

    /** The members (global ids) of this sub-market the person acts for, in any status. */
    Set<String> memberships(HostedTenant tenant, String subject);

    /** Whether one of the person's members owns the record. */
    default boolean owns(HostedTenant tenant, LibraryRecord record, String subject) {
        return record.meta().owner() != null && memberships(tenant, subject).contains(record.meta().owner());
    }

    /** Whether the caller sees what of the record is not public: the city's operators and province staff, and its owner's people. */
    default boolean seesPrivateParts(HostedTenant tenant, LibraryRecord record, Caller caller) {
        return caller.readsPrivateDataOf(tenant.id()) || owns(tenant, record, caller.subject());
    }

    /**
     * The record is one of the person's members' own (anyone else's is not found), and that
     * member may publish it now.
     */
    default void requireOwnRecord(HostedTenant tenant, LibraryRecord record, String subject) {
        if (!owns(tenant, record, subject)) {
            throw new cn.techmarket.tenant.documents.RecordNotFoundException("id");
        }
        requireOwner(tenant, "id", record.meta().owner(), subject, record.kind());
    }
}
