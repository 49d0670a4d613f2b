package cn.techmarket.tenant.library;

import cn.techmarket.model.record.RecordKind;

import cn.techmarket.model.id.GlobalId;

/** What every record of a sub-market's resource library has in common. */
public interface LibraryRecord {

    /** The id local to the owning tenant. */
    String id();

    RecordMeta meta();

    RecordKind kind();

    /** The same content with other metadata. */
    LibraryRecord withMeta(RecordMeta meta);

    /** Who to talk to about it, for the kinds that keep a contact; shown only to those entitled to it. */
    default Contact contact() {
        return null;
    }

    default GlobalId globalId() {
        return new GlobalId(meta().tenantId(), kind(), id());
    }
}
