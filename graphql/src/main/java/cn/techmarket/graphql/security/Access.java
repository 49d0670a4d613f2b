package cn.techmarket.graphql.security;

/**
 * The values of the schema's {@code @access(anyOf: [...])} directive: who may read or call a
 * field. A field without the directive is public.
 */
public enum Access {
    /** A city operator of the sub-market the data belongs to. */
    TENANT_OPERATOR,
    PROVINCE_STAFF,
    PLATFORM_ADMIN,
    SYNC_SERVICE,
    /** An operator of another city, for what involves that city; the field itself limits what such a caller sees. */
    PARTNER_OPERATOR,
    /** A signed-in person acting for themselves and their members; the field decides which records are theirs. */
    MEMBER;

    public static final String DIRECTIVE = "access";
    public static final String ARGUMENT = "anyOf";
}
