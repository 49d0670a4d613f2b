package cn.techmarket.graphql.errors;

/**
 * Input refused before anything changes, on the hub and on tenants alike: it names the field as
 * the client wrote it and gives a stable code, and {@link BadInputExceptionResolver} makes it the
 * same BAD_REQUEST error wherever it is thrown.
 */
public class BadInputException extends RuntimeException {

    /** Input that is not what the field takes. */
    public static final String INVALID_INPUT = "INVALID_INPUT";
    /** The id or key names nothing the caller may see. */
    public static final String NOT_FOUND = "NOT_FOUND";
    /** A move the record's (or contract's) workflow does not allow from where it stands. */
    public static final String ILLEGAL_TRANSITION = "ILLEGAL_TRANSITION";

    private final String field;
    private final String problem;
    private final String code;

    public BadInputException(String field, String problem) {
        this(field, problem, INVALID_INPUT);
    }

    public BadInputException(String field, String problem, String code) {
        super(field + ": " + problem);
        this.field = field;
        this.problem = problem;
        this.code = code;
    }

    public static BadInputException illegalTransition(String field, String problem) {
        return new BadInputException(field, problem, ILLEGAL_TRANSITION);
    }

    public static BadInputException notFound(String field, String problem) {
        return new BadInputException(field, problem, NOT_FOUND);
    }

    /** e.g. {@code input.patents[0].number} */
    public String field() {
        return field;
    }

    public String problem() {
        return problem;
    }

    /** A stable machine-readable code for clients: INVALID_INPUT, NOT_FOUND, STALE_VERSION, ILLEGAL_TRANSITION. */
    public String code() {
        return code;
    }
}
