package cn.techmarket.model.region;

/**
 * Which city's sub-market: a short lower-case slug ({@link TenantIds}), typed so that it cannot
 * be confused with a record id, a cursor or a city's name where all of them are strings.
 */
public record TenantId(String value) implements Comparable<TenantId> {

    public TenantId {
        TenantIds.requireValid(value);
    }

    public static TenantId of(String value) {
        return new TenantId(value);
    }

    @Override
    public int compareTo(TenantId other) {
        return value.compareTo(other.value);
    }

    /** The slug itself, as it appears in URLs, database names, global ids and the schema. */
    @Override
    public String toString() {
        return value;
    }
}
