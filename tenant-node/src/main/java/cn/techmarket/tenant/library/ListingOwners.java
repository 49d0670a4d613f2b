package cn.techmarket.tenant.library;

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
}
