package cn.techmarket.tenant.achievement;

import cn.techmarket.model.record.Industry;
import cn.techmarket.model.record.MaturityStage;

import cn.techmarket.model.record.TransferMode;
import cn.techmarket.tenant.library.ContactInput;
import cn.techmarket.tenant.library.RecordMeta;
import cn.techmarket.tenant.library.RecordInput;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.List;

import static cn.techmarket.tenant.library.Inputs.money;
import static cn.techmarket.tenant.library.Inputs.orEmpty;

record AchievementInput(
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = 2000) String summary,
        @Size(max = 20000) String description,
        @NotNull Industry industry,
        @Size(max = 20) List<@NotBlank @Size(max = 30) String> keywords,
        @NotNull MaturityStage maturity,
        @Size(max = 50) List<@Valid PatentInput> patents,
        @NotBlank @Size(max = 200) String ownerInstitution,
        @Size(max = 50) List<@NotBlank @Size(max = 50) String> inventors,
        @NotEmpty List<TransferMode> transferModes,
        @PositiveOrZero @Digits(integer = 13, fraction = 2) BigDecimal askingPrice,
        @Valid ContactInput contact) implements RecordInput<Achievement> {

    record PatentInput(
            @NotBlank @Pattern(regexp = "ZL\\d{12}\\.[0-9X]", message = "must be a Chinese patent number such as ZL202010123456.7") String number,
            @NotNull Patent.PatentType type,
            @NotNull Patent.PatentStatus status) {
    }

    @Override
    public Achievement toRecord(String id, RecordMeta meta) {
        return new Achievement(id, meta, title.strip(), summary.strip(), description, industry, orEmpty(keywords), maturity,
                orEmpty(patents).stream().map(p -> new Patent(p.number, p.type, p.status)).toList(),
                ownerInstitution.strip(), orEmpty(inventors), List.copyOf(transferModes.stream().distinct().toList()),
                money(askingPrice), ContactInput.toContact(contact), null);
    }

    /** An edit keeps where the achievement stands on the market: only trading moves that. */
    @Override
    public Achievement replacing(Achievement current, RecordMeta meta) {
        return toRecord(current.id(), meta).withTrade(current.trade());
    }
}
