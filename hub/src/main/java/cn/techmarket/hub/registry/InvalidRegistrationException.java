package cn.techmarket.hub.registry;

import cn.techmarket.graphql.errors.BadInputException;

/** A registration refused before anything is stored; names the field. */
public class InvalidRegistrationException extends BadInputException {

    public InvalidRegistrationException(String field, String problem) {
        super(field, problem, problem.startsWith("no such") ? NOT_FOUND : INVALID_INPUT);
    }

    /** The same refusal, with the field named as the client wrote it inside an input object. */
    InvalidRegistrationException within(String input) {
        return new InvalidRegistrationException(input + "." + field(), problem());
    }
}
