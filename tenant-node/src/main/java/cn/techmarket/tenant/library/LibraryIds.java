package cn.techmarket.tenant.library;

import cn.techmarket.tenant.documents.RecordNotFoundException;

import cn.techmarket.graphql.errors.GlobalIdArguments;

import cn.techmarket.model.id.GlobalId;
import cn.techmarket.tenant.tenancy.HostedTenant;
import org.bson.types.ObjectId;

/** Issues local ids and checks that a global id from a client names a record of this tenant and kind. */
public final class LibraryIds {

    private LibraryIds() {
    }

    public static String next() {
        return new ObjectId().toHexString();
    }

    /** The global id decoded, or a refusal naming the {@code id} field. */
    public static GlobalId decode(String id) {
        return decode("id", id);
    }

    /** The global id decoded, or a refusal naming the field it came in. */
    public static GlobalId decode(String field, String id) {
        return GlobalIdArguments.decode(field, id);
    }

    /** The local id, when {@code id} names a record of this tenant in this library; else not found. */
    public static String localId(HostedTenant tenant, String id, Library<?> library) {
        GlobalId globalId = decode(id);
        if (!globalId.tenantId().equals(tenant.id()) || globalId.kind() != library.kind()) {
            throw new RecordNotFoundException("id");
        }
        return globalId.localId();
    }
}
