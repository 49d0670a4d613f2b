package cn.techmarket.hub.federation;

import cn.techmarket.graphql.IdempotencyKey;
import graphql.GraphQLContext;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.util.Optional;

/**
 * The hub keeps no outcomes: a client's {@code Idempotency-Key} on a mutation is checked as the
 * tenants check it and relayed with each forwarded mutation, per field, to the tenant that keeps
 * the first answer. A retry through another hub instance, or a restarted one, is therefore as safe
 * as a retry straight to the tenant.
 */
@Component
class IdempotencyKeyRelay implements WebGraphQlInterceptor {

    static final String CONTEXT_KEY = "market.hub.idempotencyKey";

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        String key = request.getHeaders().getFirst(IdempotencyKey.HEADER);
        if (key == null || !IdempotencyKey.keys(request)) {
            return chain.next(request);
        }
        Optional<String> problem = IdempotencyKey.problem(key);
        if (problem.isPresent()) {
            return Mono.just(IdempotencyKey.refusal(request, "INVALID_INPUT", problem.get()));
        }
        request.configureExecutionInput((input, builder) -> builder.graphQLContext(context -> context.put(CONTEXT_KEY, new IdempotencyKey(key))).build());
        return chain.next(request);
    }

    /** The key the client sent with this request, if any. */
    static Optional<IdempotencyKey> of(GraphQLContext context) {
        return Optional.ofNullable(context.get(CONTEXT_KEY));
    }
}
