package cn.techmarket.model.trading;

/** What the buyer gets. A non-exclusive licence leaves the achievement available to others. */
public enum ListingTerms {
    TRANSFER("转让"), EXCLUSIVE_LICENCE("独占许可"), NON_EXCLUSIVE_LICENCE("普通许可"), EQUITY("作价入股");

    private final String label;

    ListingTerms(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether after the deal the achievement can still be offered to others. */
    public boolean keepsAvailable() {
        return this == NON_EXCLUSIVE_LICENCE;
    }
}
