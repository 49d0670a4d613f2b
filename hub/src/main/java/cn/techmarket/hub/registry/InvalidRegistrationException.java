package cn.techmarket.hub.registry;

/** A registration refused before anything is stored; names the field. */
public class InvalidRegistrationException extends IllegalArgumentException {

    private final String field;
    private final String problem;

    public InvalidRegistrationException(String field, String problem) {
        super(field + ": " + problem);
        this.field = field;
        this.problem = problem;
    }

    public String field() {
        return field;
    }

    public String problem() {
        return problem;
    }

    /** The same refusal, with the field named as the client wrote it inside an input object. */
    InvalidRegistrationException within(String input) {
        return new InvalidRegistrationException(input + "." + field, problem);
    }
}
