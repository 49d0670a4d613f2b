package cn.techmarket.model.id;

import cn.techmarket.model.record.RecordKind;
import cn.techmarket.model.region.TenantIds;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
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
        String raw = tenantId + ":" + kind.typeName() + ":" + localId;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * @throws MalformedIdException when the text is not an id this platform issued
     */
    public static GlobalId decode(String encoded) {
        if (encoded == null || encoded.isEmpty() || encoded.length() > 200) {
            throw new MalformedIdException(encoded);
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
            String[] parts = raw.split(":", -1);
            if (parts.length != 3) {
                throw new MalformedIdException(encoded);
            }
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
