package cn.techmarket.tenant.library;

/**
 * What a caller writes to create or replace one kind of record, checked by Bean Validation before
 * it becomes a record.
 */
public interface RecordInput<R extends LibraryRecord> {

    R toRecord(String id, RecordMeta meta);

    /**
     * The record that replaces {@code current} on an update: by default one built from the input
     * alone. A kind whose records also carry workflow state keeps that state, and refuses an edit
     * the state no longer allows.
     */
    default R replacing(R current, RecordMeta meta) {
        return toRecord(current.id(), meta);
    }
}
