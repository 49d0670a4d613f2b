package cn.techmarket.tenant.documents;

import org.bson.types.ObjectId;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Where the records a request creates get their ids. Fresh ones, unless the request carries an
 * idempotency key: then the n-th record it creates gets an id derived from the caller, the key and
 * n, so a request run again after a crash creates the same records, and the store finds them
 * already there instead of making second copies.
 */
public final class NewIds {

    public static final String CONTEXT_KEY = "newIds";

    private final String seed;
    private final AtomicInteger issued = new AtomicInteger();

    private NewIds(String seed) {
        this.seed = seed;
    }

    public static NewIds fresh() {
        return new NewIds(null);
    }

    public static NewIds derivedFrom(String subject, String idempotencyKey) {
        return new NewIds(subject + "\n" + idempotencyKey);
    }

    /** Whether a record with the next id may already exist, from an earlier run of the same request. */
    public boolean derived() {
        return seed != null;
    }

    public String next() {
        if (seed == null) {
            return new ObjectId().toHexString();
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest((seed + "\n" + issued.getAndIncrement()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
