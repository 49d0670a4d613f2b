package cn.techmarket.model.contract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PartyCodesTest {

    @Test
    void realCreditCodesPassAndAChangedCharacterFails() {
        // the standard's worked example, and a registered company's published code
        assertThat(PartyCodes.creditCodeProblem("91350100M000100Y43")).isEmpty();
        assertThat(PartyCodes.creditCodeProblem("91110000802100433B")).isEmpty();
        assertThat(PartyCodes.creditCodeProblem("91110000802100434B")).get().asString().contains("check character");
        assertThat(PartyCodes.creditCodeProblem("9122000012393360")).get().asString().contains("18 characters");
        assertThat(PartyCodes.creditCodeProblem("91220000I2393360XX")).get().asString().contains("cannot appear");
    }

    @Test
    void individualsAreCheckedAsResidentIdentityNumbers() {
        assertThat(PartyCodes.problem(PartyKind.INDIVIDUAL, "11010519491231002X")).isEmpty();
        assertThat(PartyCodes.problem(PartyKind.INDIVIDUAL, "110105194912310021")).get().asString().contains("should be X");
        assertThat(PartyCodes.problem(PartyKind.ENTERPRISE, "")).contains("is required");
    }

    @Test
    void aResidentIdentityNumberMustHoldARealBirthDate() {
        assertThat(PartyCodes.residentIdProblem(withIdCheck("11010519850230002"))).get().asString()
                .contains("birth date").contains("19850230");
        assertThat(PartyCodes.residentIdProblem(withIdCheck("11010518000101002"))).get().asString().contains("between 1900 and today");
        assertThat(PartyCodes.residentIdProblem(withIdCheck("11010529991231002"))).get().asString().contains("between 1900 and today");
        assertThat(PartyCodes.residentIdProblem(withIdCheck("11010520000229002"))).as("a leap day").isEmpty();
    }

    @Test
    void aPersonsNumberGivenForAnOrganisationSaysWhatAnOrganisationNeeds() {
        assertThat(PartyCodes.problem(PartyKind.ENTERPRISE, "11010519491231002X")).get().asString()
                .contains("resident identity number").contains("an enterprise").contains("unified social credit code")
                .doesNotContain("check character");
        assertThat(PartyCodes.problem(PartyKind.UNIVERSITY, "11010519491231002X")).get().asString().contains("a university");
    }

    /** A resident identity number's check character (GB 11643-1999), to build test numbers with any date. */
    private static String withIdCheck(String first17) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * weights[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }

    @Test
    void withCheckCompletesAValidCode() {
        assertThat(PartyCodes.creditCodeProblem(PartyCodes.withCheck("91220101MA0Y12345"))).isEmpty();
    }
}
