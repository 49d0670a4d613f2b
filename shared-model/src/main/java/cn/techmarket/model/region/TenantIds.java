package cn.techmarket.model.region;

import java.util.regex.Pattern;

/** Tenant ids are short lower-case slugs; they appear in URLs, database names and global ids. */
public final class TenantIds {

    private static final Pattern VALID = Pattern.compile("[a-z][a-z0-9-]{1,31}");

    private TenantIds() {
    }

    public static boolean isValid(String tenantId) {
        return tenantId != null && VALID.matcher(tenantId).matches();
    }

    public static String requireValid(String tenantId) {
        if (!isValid(tenantId)) {
            throw new IllegalArgumentException(
                    "tenantId must be 2-32 characters of a-z, 0-9 and '-', starting with a letter, was " + tenantId);
        }
        return tenantId;
    }
}
