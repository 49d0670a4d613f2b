package cn.techmarket.model.contract;

import cn.techmarket.model.id.GlobalId;
import cn.techmarket.model.id.MalformedIdException;

/** A contract's id across the province, encoded like every platform id ({@code tenant:Contract:localId}). */
public record ContractId(String tenantId, String localId) {

    public static final String TYPE_NAME = "Contract";

    public String encode() {
        return GlobalId.encode(tenantId, TYPE_NAME, localId);
    }

    /** @throws MalformedIdException when the text is not a contract id */
    public static ContractId decode(String encoded) {
        String[] parts = GlobalId.parts(encoded);
        if (!parts[1].equals(TYPE_NAME)) {
            throw new MalformedIdException(encoded);
        }
        return new ContractId(parts[0], parts[2]);
    }
}
