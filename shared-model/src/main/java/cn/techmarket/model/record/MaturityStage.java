package cn.techmarket.model.record;

/**
 * Maturity of an achievement (成熟度). The seeds speak of 小试/中试/产业化; TRL 1-9 maps onto them.
 */
public enum MaturityStage {
    LAB("实验室", 1, 3),
    BENCH("小试", 4, 5),
    PILOT("中试", 6, 7),
    INDUSTRIAL("产业化", 8, 9);

    private final String label;
    private final int minTrl;
    private final int maxTrl;

    MaturityStage(String label, int minTrl, int maxTrl) {
        this.label = label;
        this.minTrl = minTrl;
        this.maxTrl = maxTrl;
    }

    public String label() {
        return label;
    }

    public static MaturityStage ofTrl(int trl) {
        for (MaturityStage stage : values()) {
            if (trl >= stage.minTrl && trl <= stage.maxTrl) {
                return stage;
            }
        }
        throw new IllegalArgumentException("TRL must be between 1 and 9, was " + trl);
    }
}
