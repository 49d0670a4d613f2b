package cn.techmarket.graphql.security;

import org.springframework.core.Ordered;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import reactor.core.publisher.Mono;

import java.util.Map;

/**
 * Puts the {@link Caller} into the GraphQL context, read on the request's own thread where the
 * security context is certain to be set; every data fetcher and directive takes it from there.
 */
public class CallerInterceptor implements WebGraphQlInterceptor, Ordered {

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        Caller caller = Caller.current();
        request.configureExecutionInput((input, builder) -> builder.graphQLContext(Map.of(Caller.CONTEXT_KEY, caller)).build());
        return chain.next(request);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
