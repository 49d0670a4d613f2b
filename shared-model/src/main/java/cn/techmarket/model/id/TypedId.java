package cn.techmarket.model.id;

/**
 * The id of a platform object that is not a library record (a contract, a match, a meeting
 * request), encoded like every platform id: {@code tenant:Type:localId}.
 */
public record TypedId(String tenantId, String typeName, String localId) {

    public String encode() {
        return GlobalId.encode(tenantId, typeName, localId);
    }

    /** @throws MalformedIdException when the text is not an id of the type */
    public static TypedId decode(String encoded, String typeName) {
        String[] parts = GlobalId.parts(encoded);
        if (!parts[1].equals(typeName)) {
            throw new MalformedIdException(encoded);
        }
        return new TypedId(parts[0], parts[1], parts[2]);
    }
}
