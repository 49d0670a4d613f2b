package cn.techmarket.tenant.library;

import cn.techmarket.model.record.RecordKind;

/**
 * Where one kind of record is kept in a tenant's database. Each kind has its own change sequence
 * (see {@link LibraryWriter}); {@link LibraryKind} declares the rest of what a kind is.
 *
 * @param cursorKey short key of this kind in change-feed cursors; never reused for another kind
 */
public record Library<T extends LibraryRecord>(RecordKind kind, String collection, Class<T> type, String cursorKey) {
}
