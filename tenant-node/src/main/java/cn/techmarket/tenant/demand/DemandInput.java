package cn.techmarket.tenant.demand;

import cn.techmarket.model.record.Industry;
import cn.techmarket.model.record.MaturityStage;
import cn.techmarket.model.record.TransferMode;
import cn.techmarket.tenant.library.ContactInput;
import cn.techmarket.tenant.library.RecordInput;
import cn.techmarket.tenant.library.RecordMeta;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static cn.techmarket.tenant.library.Inputs.money;
import static cn.techmarket.tenant.library.Inputs.requireOrdered;

record DemandInput(
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = 5000) String problem,
        @NotNull Industry industry,
        @Size(max = 2000) String expectedOutcome,
        @PositiveOrZero @Digits(integer = 13, fraction = 2) BigDecimal budgetMin,
        @PositiveOrZero @Digits(integer = 13, fraction = 2) BigDecimal budgetMax,
        LocalDate deadline,
        @NotBlank @Size(max = 200) String enterpriseName,
        @Size(max = 2000) String enterpriseIntro,
        @Valid ContactInput contact,
        MaturityStage minMaturity,
        @Size(max = 4) List<@NotNull TransferMode> transferModes) implements RecordInput<Demand> {

    @Override
    public Demand toRecord(String id, RecordMeta meta) {
        requireOrdered(budgetMin, budgetMax, "input.budgetMax");
        return new Demand(id, meta, title.strip(), problem.strip(), industry, expectedOutcome, money(budgetMin), money(budgetMax),
                deadline, enterpriseName.strip(), enterpriseIntro, ContactInput.toContact(contact), minMaturity,
                transferModes == null ? List.of() : transferModes.stream().distinct().toList());
    }
}
