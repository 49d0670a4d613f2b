package cn.techmarket.graphql.errors;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Rewrites graphql-java's "Variable 'input' has an invalid value: ..." into an error that
 * names the field inside the variable ({@code input.maturity}) with the same extensions our own
 * validation errors carry: {@code field} and {@code code}.
 */
public class VariableErrorsInterceptor implements WebGraphQlInterceptor {

    /** How graphql-java begins its refusals of a variable's value. */
    private static final List<String> MARKERS = List.of("Variable '", "The variables ");

    private final GraphQlSource graphQlSource;

    public VariableErrorsInterceptor(GraphQlSource graphQlSource) {
        this.graphQlSource = graphQlSource;
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        return chain.next(request).map(response -> {
            if (response.getErrors().stream().noneMatch(error -> refusesAVariable(error) || refusesALiteral(error))) {
                return response;
            }
            Optional<VariableProblems.Problem> problem = locate(request);
            if (problem.isEmpty()) {
                return response;
            }
            GraphQLError named = GraphqlErrorBuilder.newError()
                    .message(problem.get().message())
                    .errorType(ErrorType.BAD_REQUEST)
                    .extensions(Map.of("field", problem.get().field(), "code", "INVALID_INPUT"))
                    .build();
            return response.transform(result -> result.errors(List.of(named)));
        });
    }

    /** A validation error that names no field: a scalar refusing a value written in the document says only what it expected. */
    private static boolean refusesALiteral(org.springframework.graphql.ResponseError error) {
        return "ValidationError".equals(String.valueOf(error.getErrorType())) && !error.getExtensions().containsKey("field");
    }

    private static boolean refusesAVariable(org.springframework.graphql.ResponseError error) {
        String message = String.valueOf(error.getMessage());
        return MARKERS.stream().anyMatch(message::startsWith);
    }

    private Optional<VariableProblems.Problem> locate(WebGraphQlRequest request) {
        try {
            var document = Parser.parse(request.getDocument());
            return VariableProblems.find(graphQlSource.schema(), document, request.getOperationName(), request.getVariables())
                    .or(() -> VariableProblems.findInArguments(graphQlSource.schema(), document, request.getOperationName()));
        } catch (InvalidSyntaxException e) {
            return Optional.empty();
        }
    }
}
