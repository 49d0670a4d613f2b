package cn.techmarket.graphql.errors;

import jakarta.validation.ConstraintViolation;

import java.util.Set;

/** An argument Bean Validation refused; the violations' paths are relative to the argument. */
public class InvalidArgumentException extends RuntimeException {

    private final String argument;
    private final Set<? extends ConstraintViolation<?>> violations;

    public InvalidArgumentException(String argument, Set<? extends ConstraintViolation<?>> violations) {
        super(argument + " is invalid");
        this.argument = argument;
        this.violations = violations;
    }

    String argument() {
        return argument;
    }

    Set<? extends ConstraintViolation<?>> violations() {
        return violations;
    }
}
