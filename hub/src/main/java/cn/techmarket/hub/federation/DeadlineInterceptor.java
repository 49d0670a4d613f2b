package cn.techmarket.hub.federation;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.time.Clock;

/** Starts each request's {@link Deadline} as the request arrives. */
@Component
class DeadlineInterceptor implements WebGraphQlInterceptor {

    private final Clock clock;
    private final FederationProperties properties;

    DeadlineInterceptor(Clock clock, FederationProperties properties) {
        this.clock = clock;
        this.properties = properties;
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        Deadline deadline = Deadline.after(clock, properties.timeLimit());
        request.configureExecutionInput((input, builder) -> builder.graphQLContext(context -> context.put(Deadline.CONTEXT_KEY, deadline)).build());
        return chain.next(request);
    }
}
