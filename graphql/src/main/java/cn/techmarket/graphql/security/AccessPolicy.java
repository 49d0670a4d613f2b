package cn.techmarket.graphql.security;

import graphql.schema.DataFetchingEnvironment;

import java.util.Optional;

/**
 * Decides whether a caller holds one of the accesses a field demands. Each server says which
 * tenant a field is about: the tenant node from its path, the hub from the field's arguments.
 */
@FunctionalInterface
public interface AccessPolicy {

    boolean permits(Access access, Caller caller, DataFetchingEnvironment field);

    /** The sub-market a field's data belongs to, where the policy reads one: named when a city's operator is refused. */
    default Optional<String> tenantOf(DataFetchingEnvironment field) {
        return Optional.empty();
    }
}
