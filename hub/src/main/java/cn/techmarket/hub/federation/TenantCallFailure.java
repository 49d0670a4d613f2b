package cn.techmarket.hub.federation;

import cn.techmarket.model.region.TenantId;

/** A tenant that could not answer, and why; becomes a GraphQL error naming the tenant. */
public class TenantCallFailure extends RuntimeException {

    public enum Reason {
        /** It did not answer within the time limit. */
        TIMEOUT,
        /** It could not be reached, or answered with a server error. */
        UNAVAILABLE,
        /** Its circuit breaker is open after recent failures: not called at all. */
        CIRCUIT_OPEN,
        /** Too many calls to it are already in flight (bulkhead full): not called. */
        REFUSED,
        /** It is registered but suspended by the platform administrators. */
        SUSPENDED
    }

    private final TenantId tenantId;
    private final Reason reason;

    public TenantCallFailure(TenantId tenantId, Reason reason, String detail, Throwable cause) {
        super("sub-market '" + tenantId + "' could not answer: " + detail, cause);
        this.tenantId = tenantId;
        this.reason = reason;
    }

    public TenantId tenantId() {
        return tenantId;
    }

    public Reason reason() {
        return reason;
    }
}
