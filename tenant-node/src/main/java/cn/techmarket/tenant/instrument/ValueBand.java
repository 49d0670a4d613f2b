package cn.techmarket.tenant.instrument;

import java.math.BigDecimal;

/** The bands the sharing statistics count instruments in (50万元以上, 20–50万元, below). */
public enum ValueBand {
    UNDER_200K("20万元以下"),
    FROM_200K_TO_500K("20–50万元"),
    OVER_500K("50万元以上");

    private static final BigDecimal TWO_HUNDRED_THOUSAND = BigDecimal.valueOf(200_000);
    private static final BigDecimal FIVE_HUNDRED_THOUSAND = BigDecimal.valueOf(500_000);

    private final String label;

    ValueBand(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The band of an original value in CNY; 500,000 itself counts as 50万元以上, as the seed counts it. */
    public static ValueBand of(BigDecimal originalValue) {
        if (originalValue.compareTo(FIVE_HUNDRED_THOUSAND) >= 0) {
            return OVER_500K;
        }
        return originalValue.compareTo(TWO_HUNDRED_THOUSAND) >= 0 ? FROM_200K_TO_500K : UNDER_200K;
    }
}
