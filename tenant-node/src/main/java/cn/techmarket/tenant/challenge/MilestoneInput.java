package cn.techmarket.tenant.challenge;

import cn.techmarket.graphql.errors.BadInputException;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/** A milestone as an application plans it or the agreement fixes it: what is delivered, by when, for which share of the funding. */
record MilestoneInput(
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = 1000) String deliverable,
        @NotNull LocalDate due,
        @Min(1) @Max(100) int paymentPercent) {

    /** The shares add up to 100 and the due dates run forward from today. */
    static void check(String field, List<MilestoneInput> milestones, LocalDate today) {
        if (milestones.stream().mapToInt(MilestoneInput::paymentPercent).sum() != 100) {
            throw new BadInputException(field, "the payment shares must add up to 100");
        }
        LocalDate previous = today;
        for (int i = 0; i < milestones.size(); i++) {
            LocalDate due = milestones.get(i).due();
            if (due.isBefore(previous)) {
                throw new BadInputException(field + "[" + i + "].due", i == 0 ? "must not be in the past" : "must not be before the milestone before it");
            }
            previous = due;
        }
    }
}
