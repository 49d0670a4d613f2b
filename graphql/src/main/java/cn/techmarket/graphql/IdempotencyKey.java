package cn.techmarket.graphql;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A client's name for one attempt at a mutation, sent as the {@code Idempotency-Key} header the
 * way payment APIs take it: the same key with the same request returns the first outcome instead
 * of doing the work again; with another request it is refused. Hub and tenants read and refuse it
 * the same way.
 */
public record IdempotencyKey(String value) {

    public static final String HEADER = "Idempotency-Key";

    /** Letters, digits and {@code - _ . :}, as UUIDs and ULIDs are; long enough for a prefix, a UUID and a field name. */
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9._:-]{8,200}");

    /** Why the header's value cannot be a key, or empty when it can. */
    public static Optional<String> problem(String value) {
        return VALID.matcher(value).matches() ? Optional.empty()
                : Optional.of("must be 8 to 200 letters, digits or . _ : - (a UUID is a good key)");
    }

    /** Whether the request runs a mutation: only mutations are keyed; a key on a query is ignored. */
    public static boolean keys(WebGraphQlRequest request) {
        try {
            return Parser.parse(request.getDocument()).getDefinitionsOfType(OperationDefinition.class).stream()
                    .filter(operation -> request.getOperationName() == null || request.getOperationName().equals(operation.getName()))
                    .anyMatch(operation -> operation.getOperation() == OperationDefinition.Operation.MUTATION);
        } catch (InvalidSyntaxException e) {
            return false; // refused by GraphQL itself, with nothing run
        }
    }

    /** A refusal of the request because of its key, answered without running anything. */
    public static WebGraphQlResponse refusal(WebGraphQlRequest request, String code, String problem) {
        GraphQLError error = GraphqlErrorBuilder.newError().errorType(ErrorType.BAD_REQUEST).message(HEADER + ": " + problem)
                .extensions(Map.of("field", HEADER, "code", code)).build();
        return new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(),
                ExecutionResult.newExecutionResult().addError(error).build()));
    }

    /** The key for one forwarded field of a request: a hub request may hold several mutations, each its own tenant request. */
    public IdempotencyKey forField(String responseKey) {
        return new IdempotencyKey(value + ":" + responseKey);
    }
}
