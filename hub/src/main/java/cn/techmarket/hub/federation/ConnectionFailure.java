package cn.techmarket.hub.federation;

import java.util.function.Predicate;

/**
 * Which failures a read is retried on: only those where the request never reached the tenant.
 * A timeout is not retried, since the tenant may still be working on it and retrying would
 * double the wait. Named in {@code resilience4j.retry.configs.tenant.retry-exception-predicate}.
 */
public class ConnectionFailure implements Predicate<Throwable> {

    @Override
    public boolean test(Throwable failure) {
        return FailureCauses.connectionRefused(failure);
    }
}
