package cn.techmarket.model.trading;

/** How a listed achievement finds its buyer. */
public enum ListingMode {
    /** 协议转让: a single intending buyer deals at its offer; of several, the owner picks one. */
    AGREEMENT("协议转让"),
    /** 竞价: several intending buyers bid in an auction. */
    BIDDING("竞价");

    private final String label;

    ListingMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
