package cn.techmarket.graphql.errors;

import graphql.GraphQLContext;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.language.VariableDefinition;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLEnumValueDefinition;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.TypeUtil;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Finds which field inside a variable made GraphQL refuse it. graphql-java reports only
 * "Variable 'input' has an invalid value"; a client needs {@code input.maturity}. This walks
 * the variable's value along its declared input type and names the first field that does not
 * fit, in the same terms our own validation uses.
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
            for (VariableDefinition definition : operation.getVariableDefinitions()) {
                if (!(schema.getType(TypeUtil.unwrapAll(definition.getType()).getName()) instanceof GraphQLInputType base)) {
                    continue;
                }
                GraphQLInputType type = wrap(definition.getType(), base);
                String name = definition.getName();
                if (!variables.containsKey(name) && definition.getDefaultValue() != null) {
                    continue;
                }
                Optional<Problem> problem = check(type, variables.get(name), name);
                if (problem.isPresent()) {
                    return problem;
                }
            }
        }
        return Optional.empty();
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
                    .map(GraphQLEnumValueDefinition::getName).collect(Collectors.joining(", ")));
        }
        if (type instanceof GraphQLScalarType scalar) {
            try {
                scalar.getCoercing().parseValue(value, GraphQLContext.getDefault(), Locale.ROOT);
                return Optional.empty();
            } catch (RuntimeException e) {
                return problem(path, "must be " + article(scalar.getName()) + " " + scalar.getName()
                        + (scalar.getDescription() == null ? "" : " (" + scalar.getDescription() + ")"));
            }
        }
        return Optional.empty();
    }

    private static String article(String name) {
        return "AEIOU".indexOf(name.charAt(0)) >= 0 ? "an" : "a";
    }

    private static Optional<Problem> problem(String field, String problem) {
        return Optional.of(new Problem(field, problem));
    }
}
