package cn.techmarket.tenant.library;

import java.util.Set;

/**
 * Every library record moves draft → published → withdrawn (and may be published again), and
 * may be deleted from any state. Deleted is final: the record stays only as a tombstone so that
 * the province index can never bring it back.
 */
public enum Lifecycle {
    DRAFT, PUBLISHED, WITHDRAWN, DELETED;

    /** Only published records are public: visible anonymously and in province search. */
    public boolean isPublic() {
        return this == PUBLISHED;
    }

    public boolean canMoveTo(Lifecycle target) {
        return switch (this) {
            case DRAFT -> Set.of(PUBLISHED, DELETED).contains(target);
            case PUBLISHED -> Set.of(WITHDRAWN, DELETED).contains(target);
            case WITHDRAWN -> Set.of(PUBLISHED, DELETED).contains(target);
            case DELETED -> false;
        };
    }

    /** Content may be edited in every state but deleted. */
    public boolean isEditable() {
        return this != DELETED;
    }
}
