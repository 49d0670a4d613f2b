package cn.techmarket.tenant.challenge;

import cn.techmarket.graphql.errors.BadInputException;
import cn.techmarket.model.record.Industry;
import cn.techmarket.tenant.library.RecordInput;
import cn.techmarket.tenant.library.RecordMeta;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A list as the market's operators write it (发榜); the workflow's state is not theirs to write. */
record ChallengeInput(
        @NotBlank @Size(max = 200) String title,
        @NotNull ChallengeType type,
        @NotNull Industry industry,
        @NotBlank @Size(max = 5000) String problem,
        @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 300) String> indicators,
        @NotNull @Positive @Digits(integer = 12, fraction = 2) BigDecimal funding,
        @NotBlank @Size(max = 200) String funder,
        @NotNull @Future Instant deadline,
        @Size(max = 2000) String eligibility,
        @NotBlank @Size(max = 200) String issuer,
        @Size(min = 1, max = 8) List<@Valid CriterionInput> criteria) implements RecordInput<Challenge> {

    /** The criteria of the province's review rules when a list names none (技术方案, 团队能力, 实施基础, 经费预算). */
    static final List<Challenge.Criterion> STANDARD_CRITERIA = List.of(new Challenge.Criterion("技术方案先进性与可行性", 40),
            new Challenge.Criterion("团队能力与研发基础", 25), new Challenge.Criterion("实施计划与考核指标", 20),
            new Challenge.Criterion("经费预算合理性", 15));

    record CriterionInput(@NotBlank @Size(max = 60) String name, @Min(1) @Max(100) int weight) {
    }

    @Override
    public Challenge toRecord(String id, RecordMeta meta) {
        return new Challenge(id, meta, title.strip(), type, industry, problem.strip(), indicators.stream().map(String::strip).toList(), funding,
                funder.strip(), deadline, blankToNull(eligibility), issuer.strip(), checkedCriteria(), null, ChallengeStage.OPEN, null, null, null, null);
    }

    /** Content may change while applications are open (a supplementary notice, 补充公告); the workflow's state stays. */
    @Override
    public Challenge replacing(Challenge current, RecordMeta meta) {
        if (current.stage() != ChallengeStage.OPEN) {
            throw BadInputException.illegalTransition("id", "the list is " + current.stage().label() + "; it can no longer be edited");
        }
        if (current.type() == ChallengeType.ENTERPRISE_DEMAND && type != ChallengeType.ENTERPRISE_DEMAND) {
            throw new BadInputException("input.type", "a list nominated from a demand stays an enterprise demand list");
        }
        Challenge edited = toRecord(current.id(), meta);
        return new Challenge(edited.id(), meta, edited.title(), edited.type(), edited.industry(), edited.problem(), edited.indicators(),
                edited.funding(), edited.funder(), edited.deadline(), edited.eligibility(), edited.issuer(), edited.criteria(),
                current.nomination(), current.stage(), current.stageReason(), null, null, null);
    }

    private List<Challenge.Criterion> checkedCriteria() {
        if (criteria == null) {
            return STANDARD_CRITERIA;
        }
        if (criteria.stream().mapToInt(CriterionInput::weight).sum() != 100) {
            throw new BadInputException("input.criteria", "the weights must add up to 100");
        }
        if (criteria.stream().map(c -> c.name().strip()).distinct().count() != criteria.size()) {
            throw new BadInputException("input.criteria", "each criterion must be named once");
        }
        return criteria.stream().map(c -> new Challenge.Criterion(c.name().strip(), c.weight())).toList();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
