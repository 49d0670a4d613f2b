package cn.techmarket.graphql.limits;

/**
 * How many replicas of this server share its clients behind a load balancer. Each replica admits
 * its even share of a client's rate, so the client's rate across all of them is the configured one
 * without a shared counter on every request (see {@link RateLimitFilter}).
 */
@FunctionalInterface
public interface ServingReplicas {

    /** A server running alone, as a tenant node does. */
    ServingReplicas ALONE = () -> 1;

    /** Replicas serving now, this one among them: at least 1. */
    long count();
}
