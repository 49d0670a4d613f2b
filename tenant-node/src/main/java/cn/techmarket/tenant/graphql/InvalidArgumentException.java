package cn.techmarket.tenant.graphql;

import jakarta.validation.ConstraintViolation;

import java.util.Set;

/** An argument Bean Validation refused; the violations' paths are relative to the argument. */
class InvalidArgumentException extends RuntimeException {

    private final String argument;
    private final Set<? extends ConstraintViolation<?>> violations;

    InvalidArgumentException(String argument, Set<? extends ConstraintViolation<?>> violations) {
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
