package cn.techmarket.hub.federation;

import graphql.language.AstPrinter;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLTypeUtil;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The query a hub field sends to a tenant: the same field with the client's arguments (as
 * variables of the tenant's argument types) and the client's selection below it. Aliases are
 * dropped (library fields below the root take no arguments, so nothing needs them) and
 * {@code __typename} is asked for everywhere, so the hub can resolve interfaces from the answer.
 *
 * @param document  the tenant operation
 * @param variables its variables
 */
public record ForwardedQuery(String document, Map<String, Object> variables) {

    /** The forwarded field's own arguments travel as variables of this prefix, apart from the client's variables the selection uses. */
    private static final String ARGUMENT = "arg_";

    /** Forwards {@code env}'s field as the tenant field of the same name. */
    public static ForwardedQuery of(DataFetchingEnvironment env) {
        return of(env, env.getField().getName(), env.getArguments());
    }

    /** Forwards {@code env}'s selection under another tenant field with the given arguments. */
    public static ForwardedQuery of(DataFetchingEnvironment env, String tenantField, Map<String, Object> arguments) {
        return build(env, "query", tenantField, arguments, null);
    }

    public static ForwardedQuery mutation(DataFetchingEnvironment env, String tenantField, Map<String, Object> arguments) {
        return build(env, "mutation", tenantField, arguments, null);
    }

    /**
     * As {@link #of(DataFetchingEnvironment, String, Map)}, also asking for {@code extraSelection}
     * (e.g. {@code { edges { cursor } }}) whether or not the client did: what the hub itself needs.
     */
    public static ForwardedQuery withExtra(DataFetchingEnvironment env, String tenantField, Map<String, Object> arguments,
                                           String extraSelection) {
        return build(env, "query", tenantField, arguments, extraSelection);
    }

    private static ForwardedQuery build(DataFetchingEnvironment env, String operation, String tenantField, Map<String, Object> arguments,
                                        String extraSelection) {
        GraphQLFieldDefinition definition = env.getFieldDefinition();
        List<String> declarations = new ArrayList<>();
        List<String> passed = new ArrayList<>();
        Map<String, Object> variables = new LinkedHashMap<>();
        for (GraphQLArgument argument : definition.getArguments()) {
            if (!arguments.containsKey(argument.getName())) {
                continue;
            }
            declarations.add("$" + ARGUMENT + argument.getName() + ": " + GraphQLTypeUtil.simplePrint(argument.getType()));
            passed.add(argument.getName() + ": $" + ARGUMENT + argument.getName());
            variables.put(ARGUMENT + argument.getName(), wireValue(arguments.get(argument.getName())));
        }
        // the tenant may name an argument the hub field does not have (e.g. node's id built by the hub)
        arguments.forEach((name, value) -> {
            if (definition.getArgument(name) == null) {
                declarations.add("$" + ARGUMENT + name + ": ID!");
                passed.add(name + ": $" + ARGUMENT + name);
                variables.put(ARGUMENT + name, wireValue(value));
            }
        });

        SelectionSet selection = mergedSelection(env, extraSelection);
        Set<String> fragmentNames = passUsed(selection, env.getFragmentsByName(), env.getOperationDefinition(), env.getVariables(),
                declarations, variables);
        StringBuilder document = new StringBuilder(operation).append(" Forwarded");
        if (!declarations.isEmpty()) {
            document.append('(').append(String.join(", ", declarations)).append(')');
        }
        document.append(" { ").append(tenantField);
        if (!passed.isEmpty()) {
            document.append('(').append(String.join(", ", passed)).append(')');
        }
        if (selection != null) {
            document.append(' ').append(AstPrinter.printAstCompact(prepare(selection)));
        }
        document.append(" }");
        for (String name : fragmentNames) {
            FragmentDefinition fragment = env.getFragmentsByName().get(name);
            document.append(' ').append(AstPrinter.printAstCompact(fragment.transform(f -> f.selectionSet(prepare(fragment.getSelectionSet())))));
        }
        return new ForwardedQuery(document.toString(), variables);
    }

    /**
     * A tenant's part of the client's request relayed as the client wrote it: the given fields of
     * the hub's {@code Tenant} become the tenant's root fields, aliases kept and nothing added, so
     * the tenant's answer is the hub's, as it is.
     *
     * @param fields    the fields, one per response key, already past {@code @skip} and {@code @include}
     * @param variables the request's coerced variables
     */
    public static ForwardedQuery relayed(List<Field> fields, Map<String, FragmentDefinition> fragments, OperationDefinition operation,
                                         Map<String, Object> variables) {
        SelectionSet selection = SelectionSet.newSelectionSet(new ArrayList<Selection>(fields)).build();
        List<String> declarations = new ArrayList<>();
        Map<String, Object> passed = new LinkedHashMap<>();
        Set<String> fragmentNames = passUsed(selection, fragments, operation, variables, declarations, passed);
        StringBuilder document = new StringBuilder("query Relayed");
        if (!declarations.isEmpty()) {
            document.append('(').append(String.join(", ", declarations)).append(')');
        }
        document.append(' ').append(AstPrinter.printAstCompact(selection));
        fragmentNames.forEach(name -> document.append(' ').append(AstPrinter.printAstCompact(fragments.get(name))));
        return new ForwardedQuery(document.toString(), passed);
    }

    /**
     * Declares and passes the client's variables the selection uses (a nested field's argument,
     * {@code @include}) under their own names; answers the fragments it spreads.
     */
    private static Set<String> passUsed(SelectionSet selection, Map<String, FragmentDefinition> fragments, OperationDefinition operation,
                                        Map<String, Object> values, List<String> declarations, Map<String, Object> variables) {
        Set<String> fragmentNames = new LinkedHashSet<>();
        collectSpreads(selection, fragments, fragmentNames);
        Set<String> used = new LinkedHashSet<>();
        collectVariables(selection, used);
        fragmentNames.forEach(name -> collectVariables(fragments.get(name).getSelectionSet(), used));
        for (String name : used) {
            operation.getVariableDefinitions().stream().filter(declared -> declared.getName().equals(name)).findFirst()
                    .ifPresent(declared -> {
                        declarations.add("$" + name + ": " + AstPrinter.printAst(declared.getType()));
                        variables.put(name, wireValue(values.get(name)));
                    });
        }
        return fragmentNames;
    }

    private static SelectionSet mergedSelection(DataFetchingEnvironment env, String extraSelection) {
        List<Selection> selections = new ArrayList<>();
        if (extraSelection != null) {
            graphql.language.OperationDefinition extra = (graphql.language.OperationDefinition)
                    graphql.parser.Parser.parse(extraSelection).getDefinitions().get(0);
            selections.addAll(extra.getSelectionSet().getSelections());
        }
        for (Field field : env.getMergedField().getFields()) {
            if (field.getSelectionSet() != null) {
                selections.addAll(field.getSelectionSet().getSelections());
            }
        }
        return selections.isEmpty() ? null : SelectionSet.newSelectionSet(selections).build();
    }

    /** Drops aliases and asks for {@code __typename} at every level. */
    private static SelectionSet prepare(SelectionSet selectionSet) {
        List<Selection> selections = new ArrayList<>();
        selections.add(Field.newField("__typename").build());
        for (Selection<?> selection : selectionSet.getSelections()) {
            if (selection instanceof Field field) {
                if (field.getName().equals("__typename")) {
                    continue;
                }
                selections.add(field.transform(f -> f.alias(null)
                        .selectionSet(field.getSelectionSet() == null ? null : prepare(field.getSelectionSet()))));
            } else if (selection instanceof InlineFragment inline) {
                selections.add(inline.transform(f -> f.selectionSet(prepare(inline.getSelectionSet()))));
            } else {
                selections.add(selection);
            }
        }
        return SelectionSet.newSelectionSet(selections).build();
    }

    private static void collectVariables(SelectionSet selectionSet, Set<String> names) {
        if (selectionSet == null) {
            return;
        }
        for (Selection<?> selection : selectionSet.getSelections()) {
            if (selection instanceof Field field) {
                field.getArguments().forEach(argument -> collectVariables(argument.getValue(), names));
                field.getDirectives().forEach(directive -> directive.getArguments().forEach(argument -> collectVariables(argument.getValue(), names)));
                collectVariables(field.getSelectionSet(), names);
            } else if (selection instanceof InlineFragment inline) {
                inline.getDirectives().forEach(directive -> directive.getArguments().forEach(argument -> collectVariables(argument.getValue(), names)));
                collectVariables(inline.getSelectionSet(), names);
            } else if (selection instanceof FragmentSpread spread) {
                spread.getDirectives().forEach(directive -> directive.getArguments().forEach(argument -> collectVariables(argument.getValue(), names)));
            }
        }
    }

    private static void collectVariables(graphql.language.Value<?> value, Set<String> names) {
        if (value instanceof graphql.language.VariableReference reference) {
            names.add(reference.getName());
        } else if (value instanceof graphql.language.ObjectValue object) {
            object.getObjectFields().forEach(field -> collectVariables(field.getValue(), names));
        } else if (value instanceof graphql.language.ArrayValue array) {
            array.getValues().forEach(item -> collectVariables(item, names));
        }
    }

    private static void collectSpreads(SelectionSet selectionSet, Map<String, FragmentDefinition> fragments, Set<String> names) {
        if (selectionSet == null) {
            return;
        }
        for (Selection<?> selection : selectionSet.getSelections()) {
            if (selection instanceof FragmentSpread spread && names.add(spread.getName())) {
                collectSpreads(fragments.get(spread.getName()).getSelectionSet(), fragments, names);
            } else if (selection instanceof Field field) {
                collectSpreads(field.getSelectionSet(), fragments, names);
            } else if (selection instanceof InlineFragment inline) {
                collectSpreads(inline.getSelectionSet(), fragments, names);
            }
        }
    }

    /** Coerced argument values back in their JSON form. */
    private static Object wireValue(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> wire = new LinkedHashMap<>();
            map.forEach((key, item) -> wire.put(String.valueOf(key), wireValue(item)));
            return wire;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(ForwardedQuery::wireValue).toList();
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Instant || value instanceof LocalDate || value instanceof Enum<?>) {
            return value.toString();
        }
        return value;
    }
}
