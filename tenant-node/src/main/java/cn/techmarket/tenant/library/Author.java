package cn.techmarket.tenant.library;

/**
 * Who made a change, as recorded in each record's metadata. The tenant routing interceptor
 * puts it into the GraphQL context under {@link #CONTEXT_KEY}.
 */
public final class Author {

    public static final String CONTEXT_KEY = "author";

    /** Until requests carry an OAuth2 identity, changes are recorded as this author. */
    public static final String UNAUTHENTICATED = "unauthenticated";

    private Author() {
    }
}
