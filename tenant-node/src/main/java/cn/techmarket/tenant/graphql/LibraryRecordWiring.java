package cn.techmarket.tenant.graphql;

import cn.techmarket.model.record.Achievement;
import cn.techmarket.model.record.Demand;
import cn.techmarket.model.record.LibraryRecord;
import cn.techmarket.model.record.RecordKind;
import graphql.schema.DataFetcher;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.TypeRuntimeWiring;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.function.Function;

/**
 * Wires the fields every {@code LibraryRecord} type shares: ids are global
 * (they name the tenant), and ownership and lifecycle come from the record's metadata.
 */
@Component
class LibraryRecordWiring implements RuntimeWiringConfigurer {

    private static final Map<String, Function<LibraryRecord, Object>> SHARED_FIELDS = Map.of(
            "id", record -> record.globalId().encode(),
            "tenantId", record -> record.meta().tenantId(),
            "lifecycle", record -> record.meta().lifecycle(),
            "version", record -> record.meta().version(),
            "createdAt", record -> record.meta().createdAt(),
            "updatedAt", record -> record.meta().updatedAt(),
            "publishedAt", record -> record.meta().publishedAt());

    @Override
    public void configure(RuntimeWiring.Builder builder) {
        for (RecordKind kind : RecordKind.values()) {
            TypeRuntimeWiring.Builder type = TypeRuntimeWiring.newTypeWiring(kind.typeName());
            SHARED_FIELDS.forEach((field, value) -> type.dataFetcher(field, fetch(value)));
            builder.type(type);
        }
        builder.type(TypeRuntimeWiring.newTypeWiring(RecordKind.ACHIEVEMENT.typeName())
                .dataFetcher("industryLabel", env -> env.<Achievement>getSource().industry().label()));
        builder.type(TypeRuntimeWiring.newTypeWiring(RecordKind.DEMAND.typeName())
                .dataFetcher("industryLabel", env -> env.<Demand>getSource().industry().label()));
    }

    private static DataFetcher<Object> fetch(Function<LibraryRecord, Object> value) {
        return env -> value.apply(env.getSource());
    }
}
