package cn.techmarket.graphql.security;

import graphql.schema.DataFetchingEnvironment;

/**
 * Decides whether a caller holds one of the accesses a field demands. Each server says which
 * tenant a field is about: the tenant node from its path, the hub from the field's arguments.
 */
@FunctionalInterface
public interface AccessPolicy {

    boolean permits(Access access, Caller caller, DataFetchingEnvironment field);
}
