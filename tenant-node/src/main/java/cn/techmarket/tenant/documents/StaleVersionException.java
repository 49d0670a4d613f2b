package cn.techmarket.tenant.documents;

import cn.techmarket.graphql.errors.BadInputException;

/** The caller edited an older version than the one stored: refused, never silently overwritten. */
public class StaleVersionException extends BadInputException {

    private final long currentVersion;

    public StaleVersionException(long expected, long current) {
        super("expectedVersion", "the record is at version " + current + ", not " + expected + "; reload it and apply the change again", "STALE_VERSION");
        this.currentVersion = current;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
