package cn.techmarket.graphql.errors;

/** How many items a client asks for ({@code first}): its default when absent, or a refusal naming the field when out of range. */
public final class PageSizes {

    private PageSizes() {
    }

    public static int require(String field, Integer first, int defaultSize, int max) {
        int size = first == null ? defaultSize : first;
        if (size < 1 || size > max) {
            throw new BadInputException(field, "must be between 1 and " + max);
        }
        return size;
    }
}
