package cn.techmarket.tenant.graphql;

import cn.techmarket.graphql.errors.InvalidArgumentException;

import cn.techmarket.graphql.errors.BadInputException;
import cn.techmarket.tenant.library.LibraryFilter;
import cn.techmarket.tenant.library.LibraryKind;
import cn.techmarket.tenant.library.LibraryKinds;
import cn.techmarket.tenant.library.LibraryRecord;
import cn.techmarket.tenant.library.LibraryStore;
import cn.techmarket.tenant.library.LibraryWriter;
import cn.techmarket.tenant.documents.NewIds;
import cn.techmarket.tenant.library.RecordInput;
import cn.techmarket.tenant.tenancy.Author;
import cn.techmarket.tenant.tenancy.HostedTenant;
import cn.techmarket.tenant.tenancy.TenantContext;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.TypeRuntimeWiring;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.springframework.core.ResolvableType;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Window;
import org.springframework.graphql.data.GraphQlArgumentBinder;
import org.springframework.graphql.data.pagination.CursorStrategy;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindException;

import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Serves every declared {@link LibraryKind}: its list query, its create and update mutations, and
 * the fields all records share (ids are global, since they name the tenant; ownership and
 * lifecycle come from the record's metadata). Arguments are bound and validated as an annotated
 * controller's {@code @Argument @Valid} would be, with the same field paths in errors.
 */
@Component
class LibraryKindWiring implements RuntimeWiringConfigurer {

    private static final Map<String, Function<LibraryRecord, Object>> SHARED_FIELDS = Map.of(
            "id", record -> record.globalId().encode(),
            "tenantId", record -> record.meta().tenantId(),
            "lifecycle", record -> record.meta().lifecycle(),
            "version", record -> record.meta().version(),
            "createdAt", record -> record.meta().createdAt(),
            "updatedAt", record -> record.meta().updatedAt(),
            "publishedAt", record -> record.meta().publishedAt());

    private final LibraryKinds kinds;
    private final LibraryStore store;
    private final LibraryWriter writer;
    private final CursorStrategy<ScrollPosition> cursors;
    private final Validator validator;
    private final GraphQlArgumentBinder binder = new GraphQlArgumentBinder();

    LibraryKindWiring(LibraryKinds kinds, LibraryStore store, LibraryWriter writer, CursorStrategy<ScrollPosition> cursors,
                      Validator validator) {
        this.kinds = kinds;
        this.store = store;
        this.writer = writer;
        this.cursors = cursors;
        this.validator = validator;
    }

    @Override
    public void configure(RuntimeWiring.Builder builder) {
        for (LibraryKind<?> kind : kinds.all()) {
            TypeRuntimeWiring.Builder type = TypeRuntimeWiring.newTypeWiring(kind.typeName());
            SHARED_FIELDS.forEach((field, value) -> type.dataFetcher(field, env -> value.apply(env.getSource())));
            builder.type(type);
            builder.type(TypeRuntimeWiring.newTypeWiring("Query").dataFetcher(kind.listField(), list(kind)));
            builder.type(TypeRuntimeWiring.newTypeWiring("Mutation")
                    .dataFetcher(kind.createField(), create(kind))
                    .dataFetcher(kind.updateField(), update(kind)));
        }
    }

    private <R extends LibraryRecord> DataFetcher<Window<R>> list(LibraryKind<R> kind) {
        return env -> {
            LibraryFilter filter = (LibraryFilter) binder.bind(env, "filter", ResolvableType.forClass(kind.filter()));
            return store.published(tenant(env), kind.library(), filter, subrange(env));
        };
    }

    private <R extends LibraryRecord> DataFetcher<R> create(LibraryKind<R> kind) {
        return env -> {
            RecordInput<R> input = input(kind, env);
            NewIds ids = env.getGraphQlContext().get(NewIds.CONTEXT_KEY);
            return writer.create(tenant(env), kind.library(), ids.next(), author(env), input::toRecord);
        };
    }

    private <R extends LibraryRecord> DataFetcher<R> update(LibraryKind<R> kind) {
        return env -> {
            RecordInput<R> input = input(kind, env);
            long expectedVersion = env.<Number>getArgument("expectedVersion").longValue();
            return writer.updateByGlobalId(tenant(env), kind.library(), env.getArgument("id"), expectedVersion, author(env), input::toRecord);
        };
    }

    private <R extends LibraryRecord> RecordInput<R> input(LibraryKind<R> kind, DataFetchingEnvironment env) throws BindException {
        @SuppressWarnings("unchecked")
        RecordInput<R> input = (RecordInput<R>) binder.bind(env, "input", ResolvableType.forClass(kind.input()));
        Set<ConstraintViolation<Object>> violations = validator.validate(input);
        if (!violations.isEmpty()) {
            throw new InvalidArgumentException("input", violations);
        }
        return input;
    }

    /** A forward page as Spring GraphQL resolves a {@code ScrollSubrange} argument, from {@code first} and {@code after}. */
    private ScrollSubrange subrange(DataFetchingEnvironment env) {
        String after = env.getArgument("after");
        ScrollPosition position = null;
        if (after != null) {
            try {
                position = cursors.fromCursor(after);
            } catch (RuntimeException notACursor) {
                throw new BadInputException("after", "is not a cursor of this connection");
            }
        }
        return ScrollSubrange.create(position, env.getArgument("first"), true);
    }

    private static HostedTenant tenant(DataFetchingEnvironment env) {
        return TenantContext.tenant(env.getGraphQlContext());
    }

    private static String author(DataFetchingEnvironment env) {
        return env.getGraphQlContext().get(Author.CONTEXT_KEY);
    }
}
