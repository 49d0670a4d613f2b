package cn.techmarket.tenant.graphql;

import cn.techmarket.graphql.errors.InvalidArgumentException;

import cn.techmarket.graphql.errors.BadInputException;
import cn.techmarket.graphql.security.Caller;
import cn.techmarket.tenant.library.LibraryFilter;
import cn.techmarket.tenant.library.LibraryIds;
import cn.techmarket.tenant.library.ListingOwners;
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
            "publishedAt", record -> record.meta().publishedAt(),
            "owner", record -> record.meta().owner(),
            "reviewNote", record -> record.meta().reviewNote());

    private final LibraryKinds kinds;
    private final LibraryStore store;
    private final LibraryWriter writer;
    private final CursorStrategy<ScrollPosition> cursors;
    private final Validator validator;
    private final ListingOwners owners;
    private final GraphQlArgumentBinder binder = new GraphQlArgumentBinder();

    LibraryKindWiring(LibraryKinds kinds, LibraryStore store, LibraryWriter writer, CursorStrategy<ScrollPosition> cursors,
                      Validator validator, ListingOwners owners) {
        this.owners = owners;
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

    /**
     * A new draft. The city's operators may name the member it is published for; a member's
     * person must, and it must be a verified member they act for, of a kind that publishes such
     * records.
     */
    private <R extends LibraryRecord> DataFetcher<R> create(LibraryKind<R> kind) {
        return env -> {
            HostedTenant tenant = tenant(env);
            Caller caller = caller(env);
            String memberId = env.getArgument("memberId");
            String owner = null;
            if (!caller.operates(tenant.id())) {
                if (memberId == null) {
                    throw new BadInputException("memberId", "name the member you publish this for");
                }
                owner = owners.requireOwner(tenant, "memberId", memberId, caller.subject(), kind.library().kind());
            } else if (memberId != null) {
                owner = owners.requireOwner(tenant, "memberId", memberId, null, kind.library().kind());
            }
            RecordInput<R> input = input(kind, env);
            NewIds ids = env.getGraphQlContext().get(NewIds.CONTEXT_KEY);
            String id = ids.next();
            return ids.derived() ? writer.create(tenant, kind.library(), id, author(env), owner, input::toRecord)
                    : writer.createFresh(tenant, kind.library(), id, author(env), owner, input::toRecord);
        };
    }

    /** The operators edit any record but a deleted one; a member's person their member's own, while it is not under review or public. */
    private <R extends LibraryRecord> DataFetcher<R> update(LibraryKind<R> kind) {
        return env -> {
            HostedTenant tenant = tenant(env);
            Caller caller = caller(env);
            long expectedVersion = env.<Number>getArgument("expectedVersion").longValue();
            String localId = LibraryIds.localId(tenant, env.getArgument("id"), kind.library());
            R current = writer.load(tenant, kind.library(), localId, expectedVersion);
            if (!caller.operates(tenant.id())) {
                owners.requireOwnRecord(tenant, current, caller.subject());
                if (!current.meta().lifecycle().isEditableByOwner()) {
                    throw BadInputException.illegalTransition("id", "a " + current.meta().lifecycle().name().toLowerCase()
                            + " record is under review or public; withdraw it first");
                }
            }
            RecordInput<R> input = input(kind, env);
            return writer.update(tenant, kind.library(), current, author(env), (id, meta) -> input.replacing(current, meta));
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

    private static Caller caller(DataFetchingEnvironment env) {
        return env.getGraphQlContext().get(Caller.CONTEXT_KEY);
    }
}
