package cn.techmarket.model.region;

import java.util.regex.Pattern;

/** Tenant ids are short lower-case slugs; they appear in URLs, database names and global ids. */
public final class TenantIds {

    /** For Bean Validation's {@code @Pattern}, e.g. on configuration. */
    public static final String PATTERN = "[a-z][a-z0-9-]{1,31}";
    public static final String RULE = "must be 2-32 characters of a-z, 0-9 and '-', starting with a letter";

    private static final Pattern VALID = Pattern.compile(PATTERN);

    private TenantIds() {
    }

    public static boolean isValid(String tenantId) {
        return tenantId != null && VALID.matcher(tenantId).matches();
    }

    public static String requireValid(String tenantId) {
        if (!isValid(tenantId)) {
            throw new IllegalArgumentException(
                    "tenantId " + RULE + ", was " + tenantId);
        }
        return tenantId;
    }
}
