package cn.techmarket.hub.registry;

/** A registration refused before anything is stored; names the field. */
public class InvalidRegistrationException extends IllegalArgumentException {

    private final String field;

    public InvalidRegistrationException(String field, String problem) {
        super(field + ": " + problem);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
