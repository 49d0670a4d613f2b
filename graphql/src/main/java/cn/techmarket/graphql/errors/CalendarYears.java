package cn.techmarket.graphql.errors;

/** A year a client asks figures for: a calendar year the market can have had, or a refusal naming the field. */
public final class CalendarYears {

    private CalendarYears() {
    }

    public static int require(String field, int year) {
        if (year < 1980 || year > 2200) {
            throw new BadInputException(field, "must be a calendar year such as 2026");
        }
        return year;
    }
}
