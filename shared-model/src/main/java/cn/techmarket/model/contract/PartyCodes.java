package cn.techmarket.model.contract;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

/**
 * Checks the code that identifies a contract party: the 18-character unified social credit code
 * (统一社会信用代码, GB 32100-2015) of an organisation, or the 18-character resident identity
 * number (GB 11643-1999) of an individual. Both end in a check character.
 */
public final class PartyCodes {

    private static final String USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] USCC_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String ID_CHECKS = "10X98765432";

    private PartyCodes() {
    }

    /** Why the code is not valid for a party of this kind, or empty when it is. */
    public static Optional<String> problem(PartyKind kind, String code) {
        if (code == null || code.isBlank()) {
            return Optional.of("is required");
        }
        if (kind == PartyKind.INDIVIDUAL) {
            return residentIdProblem(code);
        }
        Optional<String> problem = creditCodeProblem(code);
        if (problem.isPresent() && residentIdProblem(code).isEmpty()) {
            // the commonest mix-up: a person's number typed for an organisation
            return Optional.of("this is a resident identity number; " + ORGANISATIONS.get(kind)
                    + " is identified by its 18-character unified social credit code (统一社会信用代码)");
        }
        return problem;
    }

    private static final java.util.Map<PartyKind, String> ORGANISATIONS = java.util.Map.of(
            PartyKind.ENTERPRISE, "an enterprise", PartyKind.UNIVERSITY, "a university", PartyKind.INSTITUTE, "an institute");

    public static Optional<String> creditCodeProblem(String code) {
        if (code.length() != 18) {
            return Optional.of("a unified social credit code has 18 characters");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = USCC_ALPHABET.indexOf(code.charAt(i));
            if (value < 0) {
                return Optional.of("'" + code.charAt(i) + "' cannot appear in a unified social credit code");
            }
            sum += value * USCC_WEIGHTS[i];
        }
        char expected = USCC_ALPHABET.charAt((31 - sum % 31) % 31);
        return code.charAt(17) == expected ? Optional.empty()
                : Optional.of("check character should be " + expected + ", not " + code.charAt(17));
    }

    public static Optional<String> residentIdProblem(String code) {
        if (!code.matches("\\d{17}[\\dX]")) {
            return Optional.of("a resident identity number has 17 digits and a check character");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (code.charAt(i) - '0') * ID_WEIGHTS[i];
        }
        char expected = ID_CHECKS.charAt(sum % 11);
        if (code.charAt(17) != expected) {
            return Optional.of("check character should be " + expected + ", not " + code.charAt(17));
        }
        return birthDateProblem(code.substring(6, 14));
    }

    /** Characters 7-14 are the holder's birth date: a real day, not before 1900 and not in the future. */
    private static Optional<String> birthDateProblem(String yyyymmdd) {
        LocalDate born;
        try {
            born = LocalDate.parse(yyyymmdd, BIRTH_DATE);
        } catch (DateTimeParseException e) {
            return Optional.of("characters 7-14 must be a birth date (yyyyMMdd), and " + yyyymmdd + " is no such day");
        }
        if (born.getYear() < 1900 || born.isAfter(LocalDate.now(ZoneOffset.ofHours(14)))) {
            return Optional.of("characters 7-14 must be a birth date (yyyyMMdd) between 1900 and today, not " + yyyymmdd);
        }
        return Optional.empty();
    }

    private static final DateTimeFormatter BIRTH_DATE = DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);

    /** Completes a resident identity number's first 17 digits with its check character: for demo data and tests. */
    public static String residentIdWithCheck(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * ID_WEIGHTS[i];
        }
        return first17 + ID_CHECKS.charAt(sum % 11);
    }

    /** Completes 17 characters with their check character: for demo data and tests. */
    public static String withCheck(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += USCC_ALPHABET.indexOf(first17.charAt(i)) * USCC_WEIGHTS[i];
        }
        return first17 + USCC_ALPHABET.charAt((31 - sum % 31) % 31);
    }
}
