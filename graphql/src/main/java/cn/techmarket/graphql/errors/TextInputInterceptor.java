package cn.techmarket.graphql.errors;

import graphql.ErrorType;
import graphql.GraphqlErrorBuilder;
import org.springframework.graphql.ExecutionGraphQlResponse;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import graphql.ExecutionResult;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Refuses text that is not well-formed before anything runs: unpaired UTF-16 surrogates (which
 * JSON escapes can smuggle in, and no store or index can hold faithfully) and control characters
 * other than tab and line breaks. The error names where the text was: a variable's path, such as
 * {@code input.title}, or {@code query} for the document itself.
 */
public class TextInputInterceptor implements WebGraphQlInterceptor {

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        Optional<String> bad = malformed("query", request.getDocument())
                .or(() -> malformedIn("", request.getVariables()));
        if (bad.isEmpty()) {
            return chain.next(request);
        }
        var error = GraphqlErrorBuilder.newError().errorType(ErrorType.ValidationError)
                .message(bad.get() + ": must be well-formed text (no unpaired surrogates or control characters)")
                .extensions(Map.of("field", bad.get(), "code", "INVALID_INPUT")).build();
        ExecutionResult result = ExecutionResult.newExecutionResult().addError(error).build();
        ExecutionGraphQlResponse response = new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result);
        return Mono.just(new WebGraphQlResponse(response));
    }

    private static Optional<String> malformedIn(String path, Object value) {
        if (value instanceof String text) {
            return malformed(path, text);
        }
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                String key = String.valueOf(entry.getKey());
                Optional<String> bad = malformed(path.isEmpty() ? "variables" : path, key)
                        .or(() -> malformedIn(path.isEmpty() ? key : path + "." + key, entry.getValue()));
                if (bad.isPresent()) {
                    return bad;
                }
            }
        }
        if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                Optional<String> bad = malformedIn(path + "[" + i + "]", list.get(i));
                if (bad.isPresent()) {
                    return bad;
                }
            }
        }
        return Optional.empty();
    }

    static Optional<String> malformed(String path, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return Optional.of(path);
            }
            if (Character.isLowSurrogate(c) || (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r')) {
                return Optional.of(path);
            }
        }
        return Optional.empty();
    }
}
