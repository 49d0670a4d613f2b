package cn.techmarket.graphql.limits;

import graphql.language.Definition;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a parsed document would cost to validate and run, counted with every fragment spread
 * expanded where it is used, in time linear in the document's length: each fragment's expansion is
 * computed once and reused. Counting this way bounds what graphql-java's validation costs
 * (superlinear in nested spreads: a chain of 500 took seconds) and what the field-by-field
 * analyses after it cost (an exponential tree of spreads is a short document). Cycles are left to
 * validation, which names them; here a fragment that reaches itself counts as empty.
 */
public final class DocumentCost {

    /** A document's size with spreads expanded: the fields it selects and the spreads it passes through. */
    public record Cost(long fields, long spreads) {
        Cost plus(Cost other) {
            return new Cost(saturated(fields + other.fields), saturated(spreads + other.spreads));
        }
    }

    /** The first limit a document goes past, with what it counted. */
    public record Excess(String limit, long counted, long allowed) {
    }

    private static final long CAP = Long.MAX_VALUE / 4;

    private final Map<String, FragmentDefinition> fragments = new HashMap<>();
    private final Map<String, Cost> expanded = new HashMap<>();
    private final Set<String> expanding = new HashSet<>();

    private DocumentCost(Document document) {
        for (Definition<?> definition : document.getDefinitions()) {
            if (definition instanceof FragmentDefinition fragment) {
                fragments.putIfAbsent(fragment.getName(), fragment);
            }
        }
    }

    /** The cost of every operation in the document together (a request runs one, but all are validated). */
    public static Cost of(Document document) {
        DocumentCost cost = new DocumentCost(document);
        Cost total = new Cost(0, 0);
        for (Definition<?> definition : document.getDefinitions()) {
            if (definition instanceof OperationDefinition operation) {
                total = total.plus(cost.selections(operation.getSelectionSet()));
            }
        }
        // fragments no operation uses are still validated
        for (FragmentDefinition fragment : cost.fragments.values()) {
            total = total.plus(cost.fragment(fragment.getName()));
        }
        return total;
    }

    /** The limit this document exceeds, if any. */
    public static Optional<Excess> excess(Document document, long maxFields, long maxSpreads) {
        long written = spreadsWritten(document);
        if (written > maxSpreads) {
            // refused before expanding, which recurses once per nested spread
            return Optional.of(new Excess("fragment spreads", written, maxSpreads));
        }
        Cost cost = of(document);
        if (cost.spreads() > maxSpreads) {
            return Optional.of(new Excess("fragment spreads", cost.spreads(), maxSpreads));
        }
        if (cost.fields() > maxFields) {
            return Optional.of(new Excess("fields", cost.fields(), maxFields));
        }
        return Optional.empty();
    }

    /** The spreads as written, without expansion, counted without recursion. */
    static long spreadsWritten(Document document) {
        long spreads = 0;
        Deque<SelectionSet> pending = new ArrayDeque<>();
        for (Definition<?> definition : document.getDefinitions()) {
            if (definition instanceof OperationDefinition operation) {
                pending.push(operation.getSelectionSet());
            } else if (definition instanceof FragmentDefinition fragment) {
                pending.push(fragment.getSelectionSet());
            }
        }
        while (!pending.isEmpty()) {
            for (Selection<?> selection : pending.pop().getSelections()) {
                if (selection instanceof Field field && field.getSelectionSet() != null) {
                    pending.push(field.getSelectionSet());
                } else if (selection instanceof InlineFragment inline && inline.getSelectionSet() != null) {
                    pending.push(inline.getSelectionSet());
                } else if (selection instanceof FragmentSpread) {
                    spreads++;
                }
            }
        }
        return spreads;
    }

    private Cost selections(SelectionSet set) {
        Cost cost = new Cost(0, 0);
        if (set == null) {
            return cost;
        }
        for (Selection<?> selection : set.getSelections()) {
            if (selection instanceof Field field) {
                cost = cost.plus(new Cost(1, 0)).plus(selections(field.getSelectionSet()));
            } else if (selection instanceof InlineFragment inline) {
                cost = cost.plus(selections(inline.getSelectionSet()));
            } else if (selection instanceof FragmentSpread spread) {
                cost = cost.plus(new Cost(0, 1)).plus(fragment(spread.getName()));
            }
        }
        return cost;
    }

    private Cost fragment(String name) {
        Cost known = expanded.get(name);
        if (known != null) {
            return known;
        }
        FragmentDefinition definition = fragments.get(name);
        if (definition == null || !expanding.add(name)) {
            return new Cost(0, 0);
        }
        Cost cost = selections(definition.getSelectionSet());
        expanding.remove(name);
        expanded.put(name, cost);
        return cost;
    }

    private static long saturated(long value) {
        return Math.min(value, CAP);
    }
}
