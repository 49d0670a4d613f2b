package cn.techmarket.graphql.errors;

/** Why a step was taken (a rejection, a withdrawal, a decline), as every workflow asks for it. */
public final class Reasons {

    static final int MAX_LENGTH = 1000;

    private Reasons() {
    }

    /**
     * The reason stripped.
     *
     * @throws BadInputException naming {@code field} when it is blank or longer than 1000 characters
     */
    public static String stated(String field, String reason) {
        if (reason == null || reason.isBlank() || reason.length() > MAX_LENGTH) {
            throw new BadInputException(field, "say why, in at most " + MAX_LENGTH + " characters");
        }
        return reason.strip();
    }
}
