package cn.techmarket.graphql.errors;

import cn.techmarket.model.text.English;
import graphql.GraphQLContext;
import graphql.language.Argument;
import graphql.language.ArrayValue;
import graphql.language.BooleanValue;
import graphql.language.Document;
import graphql.language.EnumValue;
import graphql.language.Field;
import graphql.language.FloatValue;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.IntValue;
import graphql.language.NullValue;
import graphql.language.ObjectValue;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.language.VariableReference;
import graphql.language.OperationDefinition;
import graphql.language.VariableDefinition;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLEnumValueDefinition;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.TypeUtil;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds which field inside a variable, or inside an argument written in the document, made GraphQL
 * refuse it. graphql-java reports only "Variable 'input' has an invalid value", or for a literal
 * only the scalar's own complaint; a client needs {@code input.maturity} or
 * {@code filter.publishedFrom}. This walks the value along its declared input type and names the
 * first field that does not fit, in the same terms our own validation uses.
 */
public final class VariableProblems {

    /** @param field e.g. {@code input.patents[0].number} */
    public record Problem(String field, String problem) {
        public String message() {
            return field + ": " + problem;
        }
    }

    private VariableProblems() {
    }

    public static Optional<Problem> find(GraphQLSchema schema, Document document, String operationName, Map<String, Object> variables) {
        for (OperationDefinition operation : document.getDefinitionsOfType(OperationDefinition.class)) {
            if (operationName != null && !operationName.equals(operation.getName())) {
                continue;
            }
            Map<String, String> usedAt = argumentPaths(operation.getSelectionSet(), fragmentsOf(document), new HashSet<>(), new java.util.HashMap<>());
            for (VariableDefinition definition : operation.getVariableDefinitions()) {
                if (!(schema.getType(TypeUtil.unwrapAll(definition.getType()).getName()) instanceof GraphQLInputType base)) {
                    continue;
                }
                GraphQLInputType type = wrap(definition.getType(), base);
                String name = definition.getName();
                if (!variables.containsKey(name) && definition.getDefaultValue() != null) {
                    continue;
                }
                Optional<Problem> problem = check(type, variables.get(name), usedAt.getOrDefault(name, name));
                if (problem.isPresent()) {
                    return problem;
                }
            }
        }
        return Optional.empty();
    }

    private static Map<String, FragmentDefinition> fragmentsOf(Document document) {
        return document.getDefinitionsOfType(FragmentDefinition.class).stream()
                .collect(Collectors.toMap(FragmentDefinition::getName, f -> f, (a, b) -> a));
    }

    /**
     * Where each variable is first used, as the path of the argument it stands for: a problem in
     * {@code $in} passed as {@code createAchievement(input: $in)} is one in {@code input}, the name
     * the field's own validation uses, so one mistake is named alike whichever check finds it.
     */
    private static Map<String, String> argumentPaths(SelectionSet selections, Map<String, FragmentDefinition> fragments,
                                                     Set<String> seenFragments, Map<String, String> paths) {
        if (selections == null) {
            return paths;
        }
        for (Selection<?> selection : selections.getSelections()) {
            if (selection instanceof Field field) {
                field.getArguments().forEach(argument -> argumentPaths(argument.getValue(), argument.getName(), paths));
                argumentPaths(field.getSelectionSet(), fragments, seenFragments, paths);
            } else if (selection instanceof InlineFragment inline) {
                argumentPaths(inline.getSelectionSet(), fragments, seenFragments, paths);
            } else if (selection instanceof FragmentSpread spread && fragments.containsKey(spread.getName()) && seenFragments.add(spread.getName())) {
                argumentPaths(fragments.get(spread.getName()).getSelectionSet(), fragments, seenFragments, paths);
            }
        }
        return paths;
    }

    private static void argumentPaths(Value<?> value, String path, Map<String, String> paths) {
        if (value instanceof VariableReference variable) {
            paths.putIfAbsent(variable.getName(), path);
        } else if (value instanceof ObjectValue object) {
            object.getObjectFields().forEach(field -> argumentPaths(field.getValue(), path + "." + field.getName(), paths));
        } else if (value instanceof ArrayValue array) {
            for (int i = 0; i < array.getValues().size(); i++) {
                argumentPaths(array.getValues().get(i), path + "[" + i + "]", paths);
            }
        }
    }

    /** The first argument value written in the document (not passed as a variable) that its type refuses. */
    public static Optional<Problem> findInArguments(GraphQLSchema schema, Document document, String operationName) {
        Map<String, FragmentDefinition> fragments = fragmentsOf(document);
        for (OperationDefinition operation : document.getDefinitionsOfType(OperationDefinition.class)) {
            if (operationName != null && !operationName.equals(operation.getName())) {
                continue;
            }
            GraphQLObjectType root = switch (operation.getOperation()) {
                case MUTATION -> schema.getMutationType();
                case SUBSCRIPTION -> schema.getSubscriptionType();
                default -> schema.getQueryType();
            };
            Optional<Problem> problem = inSelections(schema, root, operation.getSelectionSet(), fragments, new HashSet<>());
            if (problem.isPresent()) {
                return problem;
            }
        }
        return Optional.empty();
    }

    private static Optional<Problem> inSelections(GraphQLSchema schema, GraphQLType parent, SelectionSet selections,
                                                  Map<String, FragmentDefinition> fragments, Set<String> seenFragments) {
        if (selections == null || !(parent instanceof GraphQLFieldsContainer container)) {
            return Optional.empty();
        }
        for (Selection<?> selection : selections.getSelections()) {
            Optional<Problem> problem = Optional.empty();
            GraphQLFieldDefinition definition = selection instanceof Field named ? container.getFieldDefinition(named.getName()) : null;
            if (selection instanceof Field field && definition != null) {
                for (Argument argument : field.getArguments()) {
                    GraphQLArgument declared = definition.getArgument(argument.getName());
                    Object value = declared == null ? UNKNOWN : literal(argument.getValue());
                    if (value != UNKNOWN && !containsVariable(argument.getValue())) {
                        problem = check(declared.getType(), value, argument.getName());
                        if (problem.isPresent()) {
                            return problem;
                        }
                    }
                }
                problem = inSelections(schema, GraphQLTypeUtil.unwrapAll(definition.getType()), field.getSelectionSet(), fragments, seenFragments);
            } else if (selection instanceof InlineFragment inline) {
                GraphQLType on = inline.getTypeCondition() == null ? parent : schema.getType(inline.getTypeCondition().getName());
                problem = inSelections(schema, on, inline.getSelectionSet(), fragments, seenFragments);
            } else if (selection instanceof FragmentSpread spread && fragments.containsKey(spread.getName()) && seenFragments.add(spread.getName())) {
                FragmentDefinition fragment = fragments.get(spread.getName());
                problem = inSelections(schema, schema.getType(fragment.getTypeCondition().getName()), fragment.getSelectionSet(), fragments,
                        seenFragments);
            }
            if (problem.isPresent()) {
                return problem;
            }
        }
        return Optional.empty();
    }

    private static final Object UNKNOWN = new Object();

    /** A literal as the plain value a client would have sent in a variable. */
    private static Object literal(Value<?> value) {
        if (value instanceof StringValue string) {
            return string.getValue();
        }
        if (value instanceof IntValue integer) {
            java.math.BigInteger number = integer.getValue();
            return number.bitLength() < 32 ? (Object) number.intValue() : number.bitLength() < 64 ? (Object) number.longValue() : number;
        }
        if (value instanceof FloatValue decimal) {
            return decimal.getValue().doubleValue();
        }
        if (value instanceof BooleanValue bool) {
            return bool.isValue();
        }
        if (value instanceof EnumValue enumValue) {
            return enumValue.getName();
        }
        if (value instanceof ArrayValue array) {
            return array.getValues().stream().map(VariableProblems::literal).toList();
        }
        if (value instanceof ObjectValue object) {
            Map<String, Object> fields = new java.util.LinkedHashMap<>();
            object.getObjectFields().forEach(field -> fields.put(field.getName(), literal(field.getValue())));
            return fields;
        }
        return value instanceof NullValue ? null : UNKNOWN;
    }

    private static boolean containsVariable(Value<?> value) {
        if (value instanceof VariableReference) {
            return true;
        }
        if (value instanceof ArrayValue array) {
            return array.getValues().stream().anyMatch(VariableProblems::containsVariable);
        }
        return value instanceof ObjectValue object && object.getObjectFields().stream().anyMatch(field -> containsVariable(field.getValue()));
    }

    private static GraphQLInputType wrap(graphql.language.Type<?> declared, GraphQLInputType base) {
        if (declared instanceof graphql.language.NonNullType nonNull) {
            return GraphQLNonNull.nonNull(wrap(nonNull.getType(), base));
        }
        if (declared instanceof graphql.language.ListType list) {
            return GraphQLList.list(wrap(list.getType(), base));
        }
        return base;
    }

    private static Optional<Problem> check(GraphQLInputType type, Object value, String path) {
        if (type instanceof GraphQLNonNull nonNull) {
            return value == null ? problem(path, "is required") : check((GraphQLInputType) nonNull.getWrappedType(), value, path);
        }
        if (value == null) {
            return Optional.empty();
        }
        if (type instanceof GraphQLList list) {
            GraphQLInputType item = (GraphQLInputType) list.getWrappedType();
            if (!(value instanceof List<?> values)) {
                return check(item, value, path);
            }
            for (int i = 0; i < values.size(); i++) {
                Optional<Problem> problem = check(item, values.get(i), path + "[" + i + "]");
                if (problem.isPresent()) {
                    return problem;
                }
            }
            return Optional.empty();
        }
        if (type instanceof GraphQLInputObjectType object) {
            if (!(value instanceof Map<?, ?> fields)) {
                return problem(path, "must be an object of type " + object.getName());
            }
            for (Object key : fields.keySet()) {
                if (object.getField(String.valueOf(key)) == null) {
                    return problem(path + "." + key, "is not a field of " + object.getName());
                }
            }
            for (GraphQLInputObjectField field : object.getFields()) {
                Optional<Problem> problem = check(field.getType(), fields.get(field.getName()), path + "." + field.getName());
                if (problem.isPresent()) {
                    return problem;
                }
            }
            return Optional.empty();
        }
        if (type instanceof GraphQLEnumType enumType) {
            boolean known = value instanceof String name && enumType.getValue(name) != null;
            return known ? Optional.empty() : problem(path, "must be one of " + enumType.getValues().stream()
                    .map(GraphQLEnumValueDefinition::getName).collect(Collectors.joining(", "))
                    + (value instanceof String given && given.matches("\\w{1,40}") ? ", not " + given : ""));
        }
        if (type instanceof GraphQLScalarType scalar) {
            try {
                scalar.getCoercing().parseValue(value, GraphQLContext.getDefault(), Locale.ROOT);
                return Optional.empty();
            } catch (RuntimeException e) {
                return problem(path, "must be " + English.withArticle(scalar.getName())
                        + (scalar.getDescription() == null ? "" : " (" + scalar.getDescription() + ")"));
            }
        }
        return Optional.empty();
    }


    private static Optional<Problem> problem(String field, String problem) {
        return Optional.of(new Problem(field, problem));
    }
}
