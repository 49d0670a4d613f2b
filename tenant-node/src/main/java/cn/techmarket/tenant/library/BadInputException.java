package cn.techmarket.tenant.library;

/** Input that is refused before anything changes; the message names the offending field. */
public class BadInputException extends RuntimeException {

    private final String field;

    public BadInputException(String field, String problem) {
        super(field + ": " + problem);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
