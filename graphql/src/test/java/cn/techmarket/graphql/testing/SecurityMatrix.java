package cn.techmarket.graphql.testing;

import cn.techmarket.model.id.TypedId;

import cn.techmarket.graphql.security.Access;
import cn.techmarket.graphql.security.AccessDirectiveWiring;
import cn.techmarket.model.access.MarketRole;
import cn.techmarket.model.region.Provinces;
import graphql.schema.GraphQLAppliedDirective;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLNamedOutputType;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLUnionType;
import cn.techmarket.infra.auth.ForgedTokens;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The security matrix, read from a server's own schema: every Query and Mutation field, called by
 * every kind of bearer, with what each may do decided here from the bearer's role and the
 * field's {@code @access} rule. A field added to the schema joins the matrix by itself.
 */
public final class SecurityMatrix {

    private static final int MAX_SELECTION_DEPTH = 4;

    private SecurityMatrix() {
    }

    /**
     * A caller the matrix tries.
     *
     * @param token  the encoded token; null for anonymous
     * @param tenant the tenant of a city operator
     * @param valid  false for tokens every server must refuse outright (expired, forged…)
     * @param subject whom the token names, for a member's person: they see their own memberships whole
     * @param members the members (global ids) the person acts for: they see those members' records in every state
     */
    public record Bearer(String label, String token, Set<MarketRole> roles, String tenant, boolean valid, String subject, Set<String> members) {

        public static Bearer anonymous() {
            return new Bearer("anonymous", null, Set.of(), null, true, null, Set.of());
        }

        public static Bearer of(String label, String token, MarketRole role, String tenant) {
            return new Bearer(label, token, Set.of(role), tenant, true, null, Set.of());
        }

        /** A person acting for the members they belong to. */
        public static Bearer member(String label, String token, String subject, Set<String> members) {
            return new Bearer(label, token, Set.of(MarketRole.MEMBER), null, true, subject, members);
        }

        public static Bearer refused(String label, String token) {
            return new Bearer(label, token, Set.of(), null, false, null, Set.of());
        }

        /** Whether the record (as answered) is a membership this bearer's person acts for, or a record of such a member. */
        boolean actsFor(Map<String, Object> record) {
            if (record.get("owner") instanceof String owner && members.contains(owner)) {
                return true;
            }
            return subject != null && record.get("users") instanceof List<?> users && users.stream()
                    .anyMatch(user -> user instanceof Map<?, ?> u && subject.equals(u.get("subject")));
        }

        /** Whether this bearer holds one of the accesses for data of the tenant (null: any tenant). */
        public boolean holdsAnyOf(List<Access> anyOf, String tenantId) {
            if (!valid) {
                return false;
            }
            return anyOf.isEmpty() || anyOf.stream().anyMatch(access -> switch (access) {
                case TENANT_OPERATOR -> roles.contains(MarketRole.CITY_OPERATOR) && (tenantId == null || tenantId.equals(tenant))
                        // province staff operate the province's own market, which their token names
                        || roles.contains(MarketRole.PROVINCE_STAFF) && tenantId != null && tenantId.equals(tenant);
                case PROVINCE_STAFF -> roles.contains(MarketRole.PROVINCE_STAFF);
                case PLATFORM_ADMIN -> roles.contains(MarketRole.PLATFORM_ADMIN);
                case SYNC_SERVICE -> roles.contains(MarketRole.SYNC_SERVICE);
                case PARTNER_OPERATOR -> roles.contains(MarketRole.CITY_OPERATOR);
                case MEMBER -> roles.contains(MarketRole.MEMBER);
            });
        }

        /** May read the tenant's records that are not public, and their non-public fields. */
        public boolean readsPrivateDataOf(String tenantId) {
            return holdsAnyOf(List.of(Access.TENANT_OPERATOR, Access.PROVINCE_STAFF), tenantId);
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** One root field as the matrix calls it. */
    public record Operation(String kind, GraphQLFieldDefinition field, List<Access> required, String document,
                            Map<String, Object> variables) {

        public boolean isMutation() {
            return kind.equals("mutation");
        }

        public String name() {
            return field.getName();
        }
    }

    /**
     * The eleven kinds of bearer: anonymous, operators of two cities, province staff, administrator,
     * sync service, a person acting for a member of the first city, and four tokens every server
     * must refuse, made from a genuine operator token of the first city.
     *
     * @param token a demo client's genuine token, by client id
     */
    public static List<Bearer> bearers(String cityA, String cityB, java.util.function.Function<String, String> token, ForgedTokens forged) {
        return List.of(
                Bearer.anonymous(),
                Bearer.of("operator of " + cityA, token.apply(cityA + "-operator"), MarketRole.CITY_OPERATOR, cityA),
                Bearer.of("operator of " + cityB, token.apply(cityB + "-operator"), MarketRole.CITY_OPERATOR, cityB),
                Bearer.of("province staff", token.apply("province-staff"), MarketRole.PROVINCE_STAFF, Provinces.MARKETS.get(0).tenantId()),
                Bearer.of("platform admin", token.apply("platform-admin"), MarketRole.PLATFORM_ADMIN, null),
                Bearer.of("sync service", token.apply("hub-sync"), MarketRole.SYNC_SERVICE, null),
                // the demo enterprise of the first city: its person, and the member they act for (MemberDemo)
                Bearer.member("member of " + cityA, token.apply(cityA + "-enterprise"), cityA + "-enterprise",
                        Set.of(new TypedId(cityA, "Member", "demo-enterprise").encode())),
                Bearer.refused("expired", forged.expired()),
                Bearer.refused("wrong issuer", forged.wrongIssuer()),
                Bearer.refused("forged signature", forged.forgedSignature()),
                Bearer.refused("wrong audience", forged.wrongAudience()));
    }

    /** What a server answered over HTTP. */
    public record Reply(int status, Map<?, ?> body) {
    }

    /** Sends the operation to the GraphQL endpoint as the bearer. */
    public static Reply call(String endpoint, Operation operation, Bearer bearer) {
        RestClient.RequestBodySpec request = RestClient.create().post().uri(endpoint)
                .contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON);
        if (bearer.token() != null) {
            request.header("Authorization", "Bearer " + bearer.token());
        }
        return request.body(Map.of("query", operation.document(), "variables", operation.variables()))
                .exchange((req, res) -> new Reply(res.getStatusCode().value(), res.bodyTo(Map.class)), false);
    }

    /**
     * Asserts what the server must have answered the bearer about the tenant: 401 for a refused
     * token, UNAUTHORIZED/FORBIDDEN on the field for a caller its rule does not admit, no such
     * refusal for one it does, and no leak either way.
     *
     * @return whether the call was refused
     */
    public static boolean assertAnswered(Reply reply, Operation operation, Bearer bearer, String tenant, GraphQLSchema schema) {
        if (!bearer.valid()) {
            assertThat(reply.status()).as("refused outright").isEqualTo(401);
            return true;
        }
        assertThat(reply.status()).isEqualTo(200);
        List<String> refusals = rootRefusals(reply.body(), operation.name());
        boolean admitted = bearer.holdsAnyOf(operation.required(), tenant);
        if (admitted) {
            assertThat(refusals).as("admitted callers are not refused").isEmpty();
        } else {
            assertThat(refusals).as("refused with UNAUTHORIZED or FORBIDDEN").isNotEmpty();
        }
        assertThat(leaks(reply.body().get("data"), bearer, schema)).as("leaks").isEmpty();
        return !admitted;
    }

    @SuppressWarnings("unchecked")
    private static List<String> rootRefusals(Map<?, ?> body, String field) {
        List<Map<String, Object>> errors = (List<Map<String, Object>>) body.get("errors");
        if (errors == null) {
            return List.of();
        }
        return errors.stream()
                .filter(e -> List.of(field).equals(e.get("path")))
                .map(e -> String.valueOf(((Map<String, Object>) e.getOrDefault("extensions", Map.of())).get("classification")))
                .filter(c -> c.equals("UNAUTHORIZED") || c.equals("FORBIDDEN"))
                .toList();
    }

    /** One cell of the matrix: an operation about a tenant, called by a bearer. */
    @FunctionalInterface
    public interface Cell {
        void check(String tenant, Operation operation, Bearer bearer) throws Throwable;
    }

    /** A value for an argument of a root field, for calls about the tenant; empty to leave an optional one out. */
    @FunctionalInterface
    public interface Arguments {
        Optional<Object> value(String tenant, GraphQLFieldDefinition field, GraphQLArgument argument);
    }

    /**
     * The whole matrix as dynamic tests: every operation of the schema, about each tenant, by each
     * bearer. Fails first if a mutation has no {@code @access} rule.
     */
    public static java.util.stream.Stream<org.junit.jupiter.api.DynamicTest> tests(GraphQLSchema schema, List<String> tenants,
                                                                                  List<Bearer> bearers, Arguments arguments, Cell cell) {
        List<org.junit.jupiter.api.DynamicTest> tests = new ArrayList<>();
        for (String tenant : tenants) {
            List<Operation> operations = operations(schema, (field, argument) -> arguments.value(tenant, field, argument));
            assertThat(operations.stream().filter(Operation::isMutation))
                    .as("every mutation declares who may call it").allSatisfy(op -> assertThat(op.required()).isNotEmpty());
            for (Operation operation : operations) {
                for (Bearer bearer : bearers) {
                    tests.add(org.junit.jupiter.api.DynamicTest.dynamicTest(tenant + " " + operation.name() + " as " + bearer,
                            () -> cell.check(tenant, operation, bearer)));
                }
            }
        }
        return tests.stream();
    }

    /** The rule on a field: empty when it is public. */
    public static List<Access> required(GraphQLFieldDefinition field) {
        GraphQLAppliedDirective directive = field.getAppliedDirective(Access.DIRECTIVE);
        return directive == null ? List.of() : AccessDirectiveWiring.required(directive);
    }

    /**
     * Every root field of the schema as an operation: queries first, then mutations.
     *
     * @param arguments a value for an argument of a field, or empty to leave an optional one out
     */
    public static List<Operation> operations(GraphQLSchema schema, BiFunction<GraphQLFieldDefinition, GraphQLArgument, Optional<Object>> arguments) {
        List<Operation> operations = new ArrayList<>();
        for (String kind : List.of("query", "mutation")) {
            GraphQLObjectType root = kind.equals("query") ? schema.getQueryType() : schema.getMutationType();
            if (root == null) {
                continue;
            }
            for (GraphQLFieldDefinition field : root.getFieldDefinitions()) {
                operations.add(operation(schema, kind, field, arguments));
            }
        }
        return operations;
    }

    private static Operation operation(GraphQLSchema schema, String kind, GraphQLFieldDefinition field,
                                       BiFunction<GraphQLFieldDefinition, GraphQLArgument, Optional<Object>> arguments) {
        Map<String, Object> variables = new LinkedHashMap<>();
        List<String> definitions = new ArrayList<>();
        List<String> passed = new ArrayList<>();
        for (GraphQLArgument argument : field.getArguments()) {
            Optional<Object> value = arguments.apply(field, argument);
            if (value.isEmpty()) {
                if (argument.getType() instanceof GraphQLNonNull && !argument.hasSetDefaultValue()) {
                    throw new IllegalStateException("no value for required argument " + field.getName() + "." + argument.getName());
                }
                continue;
            }
            variables.put(argument.getName(), value.get());
            definitions.add("$" + argument.getName() + ": " + GraphQLTypeUtil.simplePrint(argument.getType()));
            passed.add(argument.getName() + ": $" + argument.getName());
        }
        String document = kind + (definitions.isEmpty() ? "" : "(" + String.join(", ", definitions) + ")") + " { "
                + field.getName() + (passed.isEmpty() ? "" : "(" + String.join(", ", passed) + ")")
                + selection(schema, field.getType(), 1) + " }";
        return new Operation(kind, field, required(field), document, variables);
    }

    /** Every field without required arguments, objects to a few levels deep, every possible type. */
    static String selection(GraphQLSchema schema, GraphQLOutputType type, int depth) {
        GraphQLNamedOutputType named = (GraphQLNamedOutputType) GraphQLTypeUtil.unwrapAll(type);
        if (named instanceof GraphQLScalarType || named instanceof GraphQLEnumType) {
            return "";
        }
        if (depth > MAX_SELECTION_DEPTH) {
            return " { __typename }";
        }
        if (named instanceof GraphQLObjectType object) {
            return " { __typename " + fields(schema, object, depth, null) + "}";
        }
        Collection<GraphQLObjectType> possible = named instanceof GraphQLInterfaceType interfaceType
                ? schema.getImplementations(interfaceType)
                : ((GraphQLUnionType) named).getTypes().stream().map(GraphQLObjectType.class::cast).toList();
        StringBuilder out = new StringBuilder(" { __typename ");
        for (GraphQLObjectType object : possible) {
            // aliased per type, since same-named fields of different types may not merge
            out.append("... on ").append(object.getName()).append(" { ").append(fields(schema, object, depth, object.getName())).append("} ");
        }
        return out.append("}").toString();
    }

    private static String fields(GraphQLSchema schema, GraphQLObjectType object, int depth, String aliasSuffix) {
        StringBuilder out = new StringBuilder();
        for (GraphQLFieldDefinition field : object.getFieldDefinitions()) {
            boolean needsArguments = field.getArguments().stream().anyMatch(a -> a.getType() instanceof GraphQLNonNull && !a.hasSetDefaultValue());
            if (needsArguments) {
                continue;
            }
            if (aliasSuffix != null) {
                out.append(field.getName()).append("__").append(aliasSuffix).append(": ");
            }
            out.append(field.getName()).append(selection(schema, field.getType(), depth + 1)).append(' ');
        }
        return out.toString();
    }

    /**
     * What the response shows that the bearer may not see: a non-public field's value, or a record
     * that is not published, of a tenant the bearer may not read privately.
     */
    public static List<String> leaks(Object data, Predicate<String> readsPrivateDataOf) {
        List<String> leaks = new ArrayList<>();
        walk(data, "", (tenant, record) -> readsPrivateDataOf.test(tenant), leaks);
        return leaks;
    }

    /**
     * As {@link #leaks(Object, Predicate)}, and also any value of a nested field whose
     * {@code @access} rule the bearer does not meet (by field name, across the schema's object types).
     */
    public static List<String> leaks(Object data, Bearer bearer, GraphQLSchema schema) {
        List<String> leaks = new ArrayList<>();
        walk(data, "", (tenant, record) -> bearer.readsPrivateDataOf(tenant) || bearer.actsFor(record), leaks);
        Map<String, List<Access>> guarded = new LinkedHashMap<>();
        schema.getAllTypesAsList().stream()
                .filter(type -> type instanceof GraphQLObjectType && type != schema.getQueryType() && type != schema.getMutationType())
                .flatMap(type -> ((GraphQLObjectType) type).getFieldDefinitions().stream())
                .filter(field -> !required(field).isEmpty() && !field.getName().equals("contact"))
                .forEach(field -> guarded.put(field.getName(), required(field)));
        collectGuarded(data, "", guarded, bearer, leaks);
        return leaks;
    }

    private static void collectGuarded(Object node, String path, Map<String, List<Access>> guarded, Bearer bearer, List<String> leaks) {
        if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                collectGuarded(list.get(i), path + "[" + i + "]", guarded, bearer, leaks);
            }
        } else if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> {
                String name = String.valueOf(key).replaceAll("__.*$", "");
                if (value != null && guarded.containsKey(name) && !bearer.holdsAnyOf(guarded.get(name), null)) {
                    leaks.add(path + "." + name);
                }
                collectGuarded(value, path + "." + key, guarded, bearer, leaks);
            });
        }
    }

    @SuppressWarnings("unchecked")
    private static void walk(Object node, String path, java.util.function.BiPredicate<String, Map<String, Object>> readsPrivately,
                             List<String> leaks) {
        if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                walk(list.get(i), path + "[" + i + "]", readsPrivately, leaks);
            }
            return;
        }
        if (!(node instanceof Map<?, ?> map)) {
            return;
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        ((Map<String, Object>) map).forEach((key, value) -> fields.put(key.replaceAll("__.*$", ""), value));
        Object tenantId = fields.get("tenantId");
        if (tenantId != null && !readsPrivately.test(String.valueOf(tenantId), fields)) {
            if (fields.get("contact") != null) {
                leaks.add(path + ".contact of " + tenantId);
            }
            if ("Member".equals(fields.get("__typename"))) {
                leaks.add(path + " is a membership of " + tenantId + " the caller does not act for");
            }
            Object lifecycle = fields.get("lifecycle");
            if (lifecycle != null && !"PUBLISHED".equals(lifecycle)) {
                leaks.add(path + " is a " + lifecycle + " record of " + tenantId);
            }
        }
        ((Map<String, Object>) map).forEach((key, value) -> walk(value, path + "." + key, readsPrivately, leaks));
    }

    /** A value of the type with every required field filled; business validation may still refuse it. */
    public static Object sample(GraphQLInputType type) {
        GraphQLInputType bare = (GraphQLInputType) GraphQLTypeUtil.unwrapNonNull(type);
        if (bare instanceof GraphQLList list) {
            return List.of(sample((GraphQLInputType) list.getWrappedType()));
        }
        if (bare instanceof GraphQLEnumType enumType) {
            return enumType.getValues().get(0).getName();
        }
        if (bare instanceof GraphQLInputObjectType object) {
            Map<String, Object> value = new LinkedHashMap<>();
            for (GraphQLInputObjectField field : object.getFieldDefinitions()) {
                if (field.getType() instanceof GraphQLNonNull) {
                    value.put(field.getName(), sample(field.getType()));
                }
            }
            return value;
        }
        return switch (((GraphQLScalarType) bare).getName()) {
            case "Int" -> 1;
            case "Float" -> 1.0;
            case "Boolean" -> true;
            case "Decimal" -> "1.00";
            case "Date" -> "2026-12-31";
            case "DateTime" -> "2026-12-31T00:00:00Z";
            default -> "长春测试";
        };
    }
}
