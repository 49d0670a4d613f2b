package cn.techmarket.tenant.challenge;

import cn.techmarket.tenant.member.MembershipApplicationInput.AttachmentInput;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.List;

/**
 * 揭榜申请书: the lead member (any market's, verified, one the person acts for), the consortium
 * partners, the team, the plan, the budget, the planned milestones, attachments, and the experts
 * the applicant asks to keep off its review.
 */
record ChallengeApplicationInput(
        @NotBlank @Size(max = 200) String memberId,
        @Size(max = 5) List<@NotBlank @Size(max = 200) String> partners,
        @NotEmpty @Size(max = 30) List<@Valid TeamMemberInput> team,
        @NotBlank @Size(max = 20_000) String plan,
        @NotNull @Positive @Digits(integer = 12, fraction = 2) BigDecimal budget,
        @NotEmpty @Size(max = 10) List<@Valid MilestoneInput> milestones,
        @Size(max = 20) List<@Valid AttachmentInput> attachments,
        @Size(max = 5) List<@NotBlank @Size(max = 200) String> avoidExperts) {

    record TeamMemberInput(@NotBlank @Size(max = 40) String name, @Size(max = 40) String title, @NotBlank @Size(max = 200) String institution,
                           @Size(max = 100) String role) {
    }
}
