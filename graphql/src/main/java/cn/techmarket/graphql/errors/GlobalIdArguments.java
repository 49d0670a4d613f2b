package cn.techmarket.graphql.errors;

import cn.techmarket.model.id.GlobalId;
import cn.techmarket.model.id.MalformedIdException;

/** A global id a client sends: decoded, or a refusal naming the field it came in (the same at the hub and at a tenant). */
public final class GlobalIdArguments {

    private GlobalIdArguments() {
    }

    public static GlobalId decode(String field, String id) {
        try {
            return GlobalId.decode(id);
        } catch (MalformedIdException e) {
            throw new BadInputException(field, e.getMessage());
        }
    }
}
