package cn.techmarket.graphql;

/**
 * Names the hub replica that reads a tenant's change feed: the tenant counts its readers by it, so
 * whether each feed is read by one replica at a time can be seen from the tenant's side.
 */
public final class FeedReaderHeader {

    public static final String NAME = "X-Market-Feed-Reader";

    private FeedReaderHeader() {
    }
}
