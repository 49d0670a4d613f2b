package cn.techmarket.model.id;

import cn.techmarket.model.record.RecordKind;
import cn.techmarket.model.region.TenantIds;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A record's id across the whole province: it names the owning tenant, so the hub can route
 * {@code node(id)} to the right sub-market without asking anyone. Encoded as opaque URL-safe
 * base64 of {@code tenant:Type:localId}, as Relay expects.
 */
public record GlobalId(String tenantId, RecordKind kind, String localId) {

    private static final Pattern LOCAL_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    public GlobalId {
        TenantIds.requireValid(tenantId);
        Objects.requireNonNull(kind, "kind");
        if (localId == null || !LOCAL_ID.matcher(localId).matches()) {
            throw new IllegalArgumentException("localId must be 1-64 characters of A-Z, a-z, 0-9, '_' and '-'");
        }
    }

    public String encode() {
        return encode(tenantId, kind.typeName(), localId);
    }

    /** The encoding every platform id uses, library record or not: base64url of {@code tenant:Type:localId}. */
    public static String encode(String tenantId, String typeName, String localId) {
        String raw = tenantId + ":" + typeName + ":" + localId;
        return Opaque.encode(raw);
    }

    /**
     * The tenant, type name and local id of any platform id, checked as {@link #GlobalId} checks them.
     *
     * @throws MalformedIdException when the text is not an id this platform issued
     */
    public static String[] parts(String encoded) {
        if (encoded == null || encoded.isEmpty() || encoded.length() > 200) {
            throw new MalformedIdException(encoded);
        }
        try {
            String raw = Opaque.decode(encoded);
            String[] parts = raw.split(":", -1);
            if (parts.length != 3 || !LOCAL_ID.matcher(parts[2]).matches()) {
                throw new MalformedIdException(encoded);
            }
            TenantIds.requireValid(parts[0]);
            return parts;
        } catch (IllegalArgumentException e) {
            throw new MalformedIdException(encoded);
        }
    }

    /**
     * @throws MalformedIdException when the text is not an id this platform issued
     */
    public static GlobalId decode(String encoded) {
        String[] parts = parts(encoded);
        try {
            return new GlobalId(parts[0], RecordKind.ofTypeName(parts[1]), parts[2]);
        } catch (IllegalArgumentException e) {
            throw new MalformedIdException(encoded);
        }
    }

    @Override
    public String toString() {
        return encode();
    }
}
