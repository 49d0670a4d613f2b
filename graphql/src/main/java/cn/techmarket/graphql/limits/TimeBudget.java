package cn.techmarket.graphql.limits;

import graphql.GraphQLContext;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.Optional;

/**
 * The time a caller says it will wait for an answer, as milliseconds left in a request header:
 * the hub tells a tenant how much of its own request's deadline remains, so the tenant stops work
 * that nobody will read. Milliseconds left, not a point in time, so no two clocks are compared.
 */
public final class TimeBudget {

    /** The request header: whole milliseconds the caller will still wait. */
    public static final String HEADER = "X-Time-Budget-Ms";

    static final String CONTEXT_KEY = "market.timeBudget";

    private TimeBudget() {
    }

    /** What the request's header allows, if it said anything sensible. */
    static Optional<Duration> of(GraphQLContext context) {
        return Optional.ofNullable(context.get(CONTEXT_KEY));
    }

    /** Reads the header into the request's GraphQL context; an unreadable value is ignored, like no header. */
    public static final class Interceptor implements WebGraphQlInterceptor {
        @Override
        public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
            String header = request.getHeaders().getFirst(HEADER);
            if (header != null) {
                try {
                    long millis = Long.parseLong(header.strip());
                    if (millis >= 0) {
                        request.configureExecutionInput((input, builder) ->
                                builder.graphQLContext(context -> context.put(CONTEXT_KEY, Duration.ofMillis(millis))).build());
                    }
                } catch (NumberFormatException ignored) {
                    // a budget we cannot read does not shorten our own
                }
            }
            return chain.next(request);
        }
    }
}
