package cn.techmarket.model.trading;

/** What the buyer gets. A non-exclusive licence leaves the achievement available to others. */
public enum ListingTerms {
    ASSIGNMENT("转让"), EXCLUSIVE_LICENSE("独占许可"), NON_EXCLUSIVE_LICENSE("普通许可"), EQUITY("作价入股");

    private final String label;

    ListingTerms(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The way of transfer (转化方式) an achievement must offer to be listed on these terms. */
    public cn.techmarket.model.record.TransferMode transferMode() {
        return switch (this) {
            case ASSIGNMENT -> cn.techmarket.model.record.TransferMode.ASSIGNMENT;
            case EXCLUSIVE_LICENSE, NON_EXCLUSIVE_LICENSE -> cn.techmarket.model.record.TransferMode.LICENSE;
            case EQUITY -> cn.techmarket.model.record.TransferMode.EQUITY;
        };
    }

    /** Whether after the deal the achievement can still be offered to others. */
    public boolean keepsAvailable() {
        return this == NON_EXCLUSIVE_LICENSE;
    }
}
