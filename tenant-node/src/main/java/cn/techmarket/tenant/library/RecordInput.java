package cn.techmarket.tenant.library;

/**
 * What a caller writes to create or replace one kind of record, checked by Bean Validation before
 * it becomes a record.
 */
public interface RecordInput<R extends LibraryRecord> {

    R toRecord(String id, RecordMeta meta);
}
