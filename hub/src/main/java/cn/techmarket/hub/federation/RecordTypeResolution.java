package cn.techmarket.hub.federation;

import graphql.schema.TypeResolver;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.TypeRuntimeWiring;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

import java.util.Map;

/** Records relayed from tenants are maps; their {@code __typename} (always asked for) names their type. */
@Component
class RecordTypeResolution implements RuntimeWiringConfigurer {

    @Override
    public void configure(RuntimeWiring.Builder builder) {
        TypeResolver byTypename = env -> env.getObject() instanceof Map<?, ?> map && map.get("__typename") instanceof String name
                ? env.getSchema().getObjectType(name)
                : null;
        builder.type(TypeRuntimeWiring.newTypeWiring("Node").typeResolver(byTypename));
        builder.type(TypeRuntimeWiring.newTypeWiring("LibraryRecord").typeResolver(byTypename));
    }

}
