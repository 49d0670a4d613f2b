package cn.techmarket.tenant.library;

import java.util.Set;

/** What a member's person may reach of the library: their members' own records; anyone else's are not found. */
public final class Owned {

    private Owned() {
    }

    /** @throws RecordNotFoundException naming {@code id} when none of the person's members owns it */
    public static void requireOwnedBy(LibraryRecord record, Set<String> memberships) {
        if (record.meta().owner() == null || !memberships.contains(record.meta().owner())) {
            throw new cn.techmarket.tenant.documents.RecordNotFoundException("id");
        }
    }

    /** Whether one of the person's members owns it. */
    public static boolean ownedBy(LibraryRecord record, Set<String> memberships) {
        return record.meta().owner() != null && memberships.contains(record.meta().owner());
    }
}
