package cn.techmarket.tenant.library;

import java.util.Set;

/**
 * Every library record moves draft → published → withdrawn (and may be published again), and
 * may be deleted from any state. Deleted is final: the record stays only as a tombstone so that
 * the province index can never bring it back. A member's record goes through review on its way:
 * draft → submitted (待审核) → published, or returned (退回修改) with the operators' note, then
 * submitted again.
 */
public enum Lifecycle {
    DRAFT, SUBMITTED, RETURNED, PUBLISHED, WITHDRAWN, DELETED;

    /** Only published records are public: visible anonymously and in province search. */
    public boolean isPublic() {
        return this == PUBLISHED;
    }

    public boolean canMoveTo(Lifecycle target) {
        return switch (this) {
            case DRAFT, WITHDRAWN -> Set.of(SUBMITTED, PUBLISHED, DELETED).contains(target);
            case SUBMITTED -> Set.of(PUBLISHED, RETURNED, DELETED).contains(target);
            case RETURNED -> Set.of(SUBMITTED, PUBLISHED, DELETED).contains(target);
            case PUBLISHED -> Set.of(WITHDRAWN, DELETED).contains(target);
            case DELETED -> false;
        };
    }

    /** Content may be edited in every state but deleted, by the sub-market's operators. */
    public boolean isEditable() {
        return this != DELETED;
    }

    /** A member edits its own record while it is not under review or public: draft, returned or withdrawn. */
    public boolean isEditableByOwner() {
        return this == DRAFT || this == RETURNED || this == WITHDRAWN;
    }
}
