package cn.techmarket.hub.federation;

import graphql.schema.DataFetcher;
import graphql.schema.idl.FieldWiringEnvironment;
import graphql.schema.idl.WiringFactory;

import java.util.Set;

/**
 * Every field of one type but the hub's own gets the same forwarding data fetcher: what the hub
 * does not answer itself it forwards, so a field the schema adds is forwarded without code here.
 */
record ForwardedFields(String typeName, Set<String> hubOwn, DataFetcher<?> forward) implements WiringFactory {

    @Override
    public boolean providesDataFetcher(FieldWiringEnvironment environment) {
        return environment.getParentType().getName().equals(typeName) && !hubOwn.contains(environment.getFieldDefinition().getName());
    }

    @Override
    public DataFetcher<?> getDataFetcher(FieldWiringEnvironment environment) {
        return forward;
    }
}
