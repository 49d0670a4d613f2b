package cn.techmarket.tenant.challenge;

import cn.techmarket.tenant.member.MembershipApplicationInput.AttachmentInput;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.util.List;

/** 进展报告: what was achieved for a milestone, with the deliverables attached. */
record MilestoneReportInput(@NotBlank @Size(max = 5000) String summary, @Size(max = 20) List<@Valid AttachmentInput> attachments) {
}
