package cn.techmarket.tenant.library;

import cn.techmarket.graphql.errors.BadInputException;

import java.math.BigDecimal;
import java.util.List;

/** Small conversions shared by every kind's input. */
public final class Inputs {

    private Inputs() {
    }

    /** Free text as stored: stripped, and null when nothing was written. */
    public static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public static <T> List<T> orEmpty(List<T> values) {
        return values == null ? List.of() : List.copyOf(values);
    }

    /** Refuses a range whose lower end lies above its upper end, naming the upper field. */
    public static void requireOrdered(BigDecimal min, BigDecimal max, String maxField) {
        if (min != null && max != null && min.compareTo(max) > 0) {
            throw new BadInputException(maxField, "must not be less than the minimum");
        }
    }

    /** Money and rates are kept at two decimals, as entered. */
    public static BigDecimal money(BigDecimal value) {
        return value == null ? null : value.setScale(2);
    }
}
