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
    void withCheckCompletesAValidCode() {
        assertThat(PartyCodes.creditCodeProblem(PartyCodes.withCheck("91220101MA0Y12345"))).isEmpty();
    }
}
