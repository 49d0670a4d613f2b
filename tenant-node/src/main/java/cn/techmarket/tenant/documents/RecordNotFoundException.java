package cn.techmarket.tenant.documents;

import cn.techmarket.graphql.errors.BadInputException;

/** The id names no record of this tenant. */
public class RecordNotFoundException extends BadInputException {

    public RecordNotFoundException(String field) {
        super(field, "no such record in this sub-market", "NOT_FOUND");
    }
}
