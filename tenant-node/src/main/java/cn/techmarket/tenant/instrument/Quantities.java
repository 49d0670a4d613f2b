package cn.techmarket.tenant.instrument;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Money and machine time as stored: whole fen (分) and whole minutes, which MongoDB sums,
 * compares and decrements exactly; yuan and hours, two decimals, as clients see them.
 */
final class Quantities {

    private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

    private Quantities() {
    }

    static long fen(BigDecimal yuan) {
        return yuan.setScale(2, RoundingMode.HALF_UP).movePointRight(2).longValueExact();
    }

    static BigDecimal yuan(long fen) {
        return BigDecimal.valueOf(fen, 2);
    }

    static long minutes(BigDecimal hours) {
        return hours.multiply(SIXTY).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    static BigDecimal hours(long minutes) {
        return BigDecimal.valueOf(minutes).divide(SIXTY, 2, RoundingMode.HALF_UP);
    }
}
