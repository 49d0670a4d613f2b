package cn.techmarket.graphql;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A client's name for one attempt at a mutation, sent as the {@code Idempotency-Key} header the
 * way payment APIs take it: the same key with the same request returns the first outcome instead
 * of doing the work again; with another request it is refused. Hub and tenants read and refuse it
 * the same way.
 */
public record IdempotencyKey(String value) {

    public static final String HEADER = "Idempotency-Key";

    /** Letters, digits and {@code - _ . :}, as UUIDs and ULIDs are; long enough for a prefix and a UUID. */
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9._:-]{8,100}");

    /** Why the header's value cannot be a key, or empty when it can. */
    public static Optional<String> problem(String value) {
        return VALID.matcher(value).matches() ? Optional.empty()
                : Optional.of("must be 8 to 100 letters, digits or . _ : - (a UUID is a good key)");
    }

    /** The key for one forwarded field of a request: a hub request may hold several mutations, each its own tenant request. */
    public IdempotencyKey forField(String responseKey) {
        return new IdempotencyKey(value + "/" + responseKey);
    }
}
