package cn.techmarket.model.record;

/** Every library record moves draft → published → withdrawn, and may be deleted. */
public enum Lifecycle {
    DRAFT, PUBLISHED, WITHDRAWN, DELETED;

    /** Only published records are public: visible anonymously and in province search. */
    public boolean isPublic() {
        return this == PUBLISHED;
    }
}
