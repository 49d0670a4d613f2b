package cn.techmarket.tenant.documents;

import cn.techmarket.graphql.security.Caller;
import cn.techmarket.tenant.tenancy.HostedTenant;

/**
 * The documents of one GraphQL type that {@code node(id)} finds by their global id, beyond the
 * library's records: a feature declares one for each of its types that implements {@code Node}.
 */
public interface NodeSource {

    /** The GraphQL type, as its ids name it, e.g. {@code Contract}. */
    String typeName();

    /** @return the document, or null when there is none or the caller may not see it */
    Object find(HostedTenant tenant, Caller caller, String globalId);
}
