package cn.techmarket.hub.federation;

import cn.techmarket.graphql.security.Access;
import cn.techmarket.hub.registry.RegisteredTenant;
import graphql.GraphQLContext;
import graphql.TrivialDataFetcher;
import graphql.execution.ExecutionContext;
import graphql.execution.MergedField;
import graphql.execution.MergedSelectionSet;
import graphql.execution.ResultPath;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLUnionType;
import io.micrometer.core.instrument.MeterRegistry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * A tenant's part of a request relayed whole. When everything a client asks of one {@code Tenant}
 * is that tenant's to answer (forwarded fields, below them only plain properties, and no access
 * rule the hub enforces on the way), the hub sends that selection to the tenant as one query, the
 * client's aliases kept, and puts the tenant's answer into its own as it came. Executing it field
 * by field instead costs a call per forwarded field and then completing every value of the answer
 * again, which was most of the hub's time on such a read (BENCHMARKS.md, issue 27). Anything
 * else is executed field by field as before.
 */
final class TenantRelay {

    /** Tenant selections relayed whole, by tenant. */
    static final String RELAYED_METRIC = "market.hub.tenant.reads.relayed";

    private final TenantGateway gateway;
    private final MeterRegistry meters;

    TenantRelay(TenantGateway gateway, MeterRegistry meters) {
        this.gateway = gateway;
        this.meters = meters;
    }

    /** Whether every field in {@code fields}, asked of the hub's {@code Tenant} type, can go to the tenant as it is. */
    boolean relayable(GraphQLSchema schema, GraphQLObjectType tenantType, MergedSelectionSet fields, Map<String, FragmentDefinition> fragments) {
        if (fields.isEmpty()) {
            return false;
        }
        for (MergedField field : fields.getSubFieldsList()) {
            GraphQLFieldDefinition definition = tenantType.getFieldDefinition(field.getName());
            // the hub's own fields (and __typename, which is "Tenant" here and "Query" there) are answered by the hub
            if (definition == null || TenantFieldForwarding.HUB_OWN.contains(field.getName()) || guarded(definition)
                    || GraphQLTypeUtil.isNonNull(definition.getType())) {
                return false;
            }
            for (Field each : field.getFields()) {
                if (!plain(schema, GraphQLTypeUtil.unwrapAll(definition.getType()), each.getSelectionSet(), fragments)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Relays {@code fields} to {@code tenant}: the tenant's data for them, its errors re-pathed
     * under {@code path}; if the tenant cannot be asked, each field null with the error naming
     * the tenant and why, as when each field is forwarded by itself.
     */
    CompletableFuture<Object> relay(ExecutionContext context, ResultPath path, MergedSelectionSet fields, RegisteredTenant tenant) {
        meters.counter(RELAYED_METRIC, "tenant", tenant.id()).increment();
        return ask(context, path, fields.getSubFields(), tenant).thenCompose(answer -> {
            // a tenant field that may not be null and failed nulls the tenant's whole answer; each field is then asked alone, as when forwarded
            if (answer.data() == null && fields.size() > 1) {
                return separately(context, path, fields.getSubFields(), tenant);
            }
            addErrors(context, path, answer);
            return CompletableFuture.completedFuture(answer.data() == null ? nulls(fields.getSubFields()) : answer.data());
        });
    }

    private CompletableFuture<Object> separately(ExecutionContext context, ResultPath path, Map<String, MergedField> fields, RegisteredTenant tenant) {
        Map<String, Object> data = new LinkedHashMap<>(nulls(fields));
        CompletableFuture<?>[] asked = fields.entrySet().stream()
                .map(field -> ask(context, path, Map.of(field.getKey(), field.getValue()), tenant).thenAccept(answer -> {
                    addErrors(context, path, answer);
                    if (answer.data() != null) {
                        synchronized (data) {
                            data.put(field.getKey(), answer.data().get(field.getKey()));
                        }
                    }
                }))
                .toArray(CompletableFuture[]::new);
        return CompletableFuture.allOf(asked).thenApply(done -> data);
    }

    /** The tenant's errors, on the request under {@code path}: the tenant's paths start at the fields relayed there. */
    private static void addErrors(ExecutionContext context, ResultPath path, TenantAnswer answer) {
        answer.errors().forEach(error -> context.addError(FederatedResults.relayed(path.toList(), 0, answer.tenantId(), error)));
    }

    /** The tenant's answer to {@code fields}; if it cannot be asked, an answer of no data with the failure already added to the request. */
    private CompletableFuture<TenantAnswer> ask(ExecutionContext context, ResultPath path, Map<String, MergedField> fields, RegisteredTenant tenant) {
        List<Field> relayed = fields.values().stream().map(TenantRelay::asOneField).toList();
        ForwardedQuery query = ForwardedQuery.relayed(relayed, context.getFragmentsByName(), context.getOperationDefinition(),
                context.getCoercedVariables().toMap());
        GraphQLContext request = context.getGraphQLContext();
        return gateway.queryAsync(tenant, Callers.of(request), Deadline.of(request), query.document(), query.variables())
                .handle((answer, failure) -> {
                    if (failure == null) {
                        return answer;
                    }
                    // every failed call is classified so already; anything else is named the way the gateway names the unexpected
                    TenantCallFailure tenantFailure = TenantGateway.classify(tenant.tenantId(), TenantGateway.unwrap(failure));
                    fields.forEach((key, field) -> context.addError(
                            FederatedResults.error(path.segment(key), field.getSingleField().getSourceLocation(), tenantFailure)));
                    return new TenantAnswer(tenant.tenantId(), nulls(fields), List.of());
                });
    }

    /** Plain below: no field the hub resolves itself or guards. */
    private static boolean plain(GraphQLSchema schema, GraphQLType type, SelectionSet selectionSet, Map<String, FragmentDefinition> fragments) {
        if (selectionSet == null) {
            return true;
        }
        for (Selection<?> selection : selectionSet.getSelections()) {
            boolean plain;
            if (selection instanceof Field field) {
                plain = field.getName().startsWith("__") || plainField(schema, type, field, fragments);
            } else if (selection instanceof InlineFragment inline) {
                plain = plain(schema, inline.getTypeCondition() == null ? type : schema.getType(inline.getTypeCondition().getName()),
                        inline.getSelectionSet(), fragments);
            } else if (selection instanceof FragmentSpread spread) {
                FragmentDefinition fragment = fragments.get(spread.getName());
                plain = plain(schema, schema.getType(fragment.getTypeCondition().getName()), fragment.getSelectionSet(), fragments);
            } else {
                plain = false;
            }
            if (!plain) {
                return false;
            }
        }
        return true;
    }

    /** On every object type the field may be read from: a property read, unguarded, plain below. */
    private static boolean plainField(GraphQLSchema schema, GraphQLType type, Field field, Map<String, FragmentDefinition> fragments) {
        for (GraphQLObjectType owner : objectTypes(schema, type)) {
            GraphQLFieldDefinition definition = owner.getFieldDefinition(field.getName());
            if (definition == null) {
                continue;
            }
            if (guarded(definition)
                    || !(schema.getCodeRegistry().getDataFetcher(FieldCoordinates.coordinates(owner, definition), definition) instanceof TrivialDataFetcher)
                    || !plain(schema, GraphQLTypeUtil.unwrapAll(definition.getType()), field.getSelectionSet(), fragments)) {
                return false;
            }
        }
        return true;
    }

    private static List<GraphQLObjectType> objectTypes(GraphQLSchema schema, GraphQLType type) {
        if (type instanceof GraphQLObjectType object) {
            return List.of(object);
        }
        if (type instanceof GraphQLInterfaceType contract) {
            return schema.getImplementations(contract);
        }
        if (type instanceof GraphQLUnionType union) {
            return union.getTypes().stream().map(GraphQLObjectType.class::cast).toList();
        }
        return List.of();
    }

    private static boolean guarded(GraphQLFieldDefinition definition) {
        return definition.getAppliedDirective(Access.DIRECTIVE) != null;
    }

    /**
     * The nodes of one response key as one field: the client may have asked for it twice (in a
     * fragment and beside it), and its {@code @skip} and {@code @include} have been decided.
     */
    private static Field asOneField(MergedField merged) {
        Field first = merged.getSingleField();
        List<Selection> selections = new ArrayList<>();
        for (Field field : merged.getFields()) {
            if (field.getSelectionSet() != null) {
                selections.addAll(field.getSelectionSet().getSelections());
            }
        }
        return first.transform(builder -> builder.directives(List.of())
                .selectionSet(selections.isEmpty() ? null : SelectionSet.newSelectionSet(selections).build()));
    }

    private static Map<String, Object> nulls(Map<String, MergedField> fields) {
        Map<String, Object> data = new LinkedHashMap<>();
        fields.keySet().forEach(key -> data.put(key, null));
        return data;
    }
}
