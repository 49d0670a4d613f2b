package cn.techmarket.hub.federation;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingEnvironment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * When the hub's answer to one request is due: {@code market.hub.federation.time-limit} after the
 * request began. Every tenant call the request makes shares it, so however many fields ask a hung
 * city, the request ends on time; each call tells the tenant how much of it remains.
 */
public record Deadline(Instant at) {

    static final String CONTEXT_KEY = "market.hub.deadline";

    public static Deadline after(Clock clock, Duration limit) {
        return new Deadline(clock.instant().plus(limit));
    }

    /** The deadline of the request this field belongs to. */
    public static Deadline of(DataFetchingEnvironment env) {
        return of(env.getGraphQlContext());
    }

    public static Deadline of(GraphQLContext context) {
        Deadline deadline = context == null ? null : context.get(CONTEXT_KEY);
        if (deadline == null) {
            throw new IllegalStateException("no deadline: the request did not pass the hub's deadline interceptor");
        }
        return deadline;
    }

    /** What is left of it; zero or less once it has passed. */
    public Duration remaining(Clock clock) {
        return Duration.between(clock.instant(), at);
    }
}
