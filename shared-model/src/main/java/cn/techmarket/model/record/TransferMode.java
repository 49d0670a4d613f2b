package cn.techmarket.model.record;

/** How an achievement may change hands (转化方式). */
public enum TransferMode {
    ASSIGNMENT("转让"),
    LICENSE("许可"),
    EQUITY("作价入股"),
    JOINT_DEVELOPMENT("合作开发");

    private final String label;

    TransferMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
