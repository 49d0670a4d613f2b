package cn.techmarket.tenant.tenancy;

/**
 * Who made a change, as recorded in each record's metadata and the audit trail: the subject of
 * the caller's token. The tenant routing interceptor puts it into the GraphQL context under
 * {@link #CONTEXT_KEY}.
 */
public final class Author {

    public static final String CONTEXT_KEY = "author";

    private Author() {
    }
}
