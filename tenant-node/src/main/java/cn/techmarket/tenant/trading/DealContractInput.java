package cn.techmarket.tenant.trading;

import cn.techmarket.tenant.member.MembershipApplicationInput.AttachmentInput;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a party adds to the contract the deal fills in: the parties, the amount, the achievement
 * and the listing come from the deal.
 *
 * @param memberId         the party (seller or buyer) the caller files for
 * @param technologyIncome the part of the amount that is technology income (技术性收入), at most the amount
 */
record DealContractInput(
        @NotBlank @Size(max = 200) String memberId,
        @NotNull @PastOrPresent LocalDate signedOn,
        @NotNull @PositiveOrZero @Digits(integer = 13, fraction = 2) BigDecimal technologyIncome,
        @Size(max = 20) List<@Valid AttachmentInput> attachments) {
}
