package cn.techmarket.tenant.library;

/** Input that is refused before anything changes; the message names the offending field. */
public class BadInputException extends RuntimeException {

    private final String field;
    private final String code;

    public BadInputException(String field, String problem) {
        this(field, problem, "INVALID_INPUT");
    }

    protected BadInputException(String field, String problem, String code) {
        super(field + ": " + problem);
        this.field = field;
        this.code = code;
    }

    /** A move the record's (or contract's) workflow does not allow from where it stands. */
    public static BadInputException illegalTransition(String field, String problem) {
        return new BadInputException(field, problem, "ILLEGAL_TRANSITION");
    }

    public String field() {
        return field;
    }

    /** A stable machine-readable code for clients: INVALID_INPUT, NOT_FOUND, STALE_VERSION, ILLEGAL_TRANSITION. */
    public String code() {
        return code;
    }
}
