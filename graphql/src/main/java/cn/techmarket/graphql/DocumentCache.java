package cn.techmarket.graphql;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Parses and validates each distinct query text once. Frontends and the hub send the same few
 * documents over and over (with different variables), and parsing plus validation is a fair part
 * of a small query's cost. Bounded: when full it starts afresh, which a hostile client sending
 * endless distinct documents can only make as slow as no cache.
 */
public class DocumentCache implements PreparsedDocumentProvider {

    private final int capacity;
    private final Map<String, PreparsedDocumentEntry> entries = new ConcurrentHashMap<>();

    public DocumentCache(int capacity) {
        this.capacity = capacity;
    }

    @Override
    public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
                                                                      Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
        PreparsedDocumentEntry cached = entries.get(input.getQuery());
        if (cached != null) {
            return CompletableFuture.completedFuture(cached);
        }
        PreparsedDocumentEntry entry = parseAndValidate.apply(input);
        if (entries.size() >= capacity) {
            entries.clear();
        }
        entries.put(input.getQuery(), entry);
        return CompletableFuture.completedFuture(entry);
    }
}
