package cn.techmarket.model.contract;

import cn.techmarket.model.id.MalformedIdException;
import cn.techmarket.model.id.TypedId;

/** A contract's id across the province, encoded like every platform id ({@code tenant:Contract:localId}). */
public record ContractId(String tenantId, String localId) {

    public static final String TYPE_NAME = "Contract";

    public String encode() {
        return new TypedId(tenantId, TYPE_NAME, localId).encode();
    }

    /** @throws MalformedIdException when the text is not a contract id */
    public static ContractId decode(String encoded) {
        TypedId id = TypedId.decode(encoded, TYPE_NAME);
        return new ContractId(id.tenantId(), id.localId());
    }
}
