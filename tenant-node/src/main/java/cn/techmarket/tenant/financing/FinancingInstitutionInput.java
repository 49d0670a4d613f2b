package cn.techmarket.tenant.financing;

import cn.techmarket.model.record.Industry;
import cn.techmarket.tenant.library.ContactInput;
import cn.techmarket.tenant.library.RecordInput;
import cn.techmarket.tenant.library.RecordMeta;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static cn.techmarket.tenant.library.Inputs.money;
import static cn.techmarket.tenant.library.Inputs.orEmpty;
import static cn.techmarket.tenant.library.Inputs.requireOrdered;

record FinancingInstitutionInput(
        @NotBlank @Size(max = 200) String name,
        @NotNull FinancingInstitution.InstitutionType type,
        @Size(max = 5000) String description,
        @Size(max = 50) List<@Valid ProductInput> products,
        @Valid ContactInput contact) implements RecordInput<FinancingInstitution> {

    record ProductInput(
            @NotBlank @Size(max = 100) String name,
            @NotNull FinancingProduct.ProductType type,
            @PositiveOrZero @Digits(integer = 13, fraction = 2) BigDecimal amountMin,
            @PositiveOrZero @Digits(integer = 13, fraction = 2) BigDecimal amountMax,
            @PositiveOrZero @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal rateMin,
            @PositiveOrZero @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal rateMax,
            @Min(1) @Max(600) int termMonths,
            @Size(max = 14) List<@NotNull Industry> targetIndustries,
            @Size(max = 4) List<FinancingProduct.@NotNull EnterpriseStage> enterpriseStages) {
    }

    @Override
    public FinancingInstitution toRecord(String id, RecordMeta meta) {
        List<FinancingProduct> converted = new ArrayList<>();
        List<ProductInput> given = orEmpty(products);
        for (int i = 0; i < given.size(); i++) {
            ProductInput p = given.get(i);
            requireOrdered(p.amountMin, p.amountMax, "input.products[" + i + "].amountMax");
            requireOrdered(p.rateMin, p.rateMax, "input.products[" + i + "].rateMax");
            converted.add(new FinancingProduct(p.name.strip(), p.type, money(p.amountMin), money(p.amountMax),
                    money(p.rateMin), money(p.rateMax), p.termMonths, orEmpty(p.targetIndustries), orEmpty(p.enterpriseStages)));
        }
        return new FinancingInstitution(id, meta, name.strip(), type, description, converted, ContactInput.toContact(contact));
    }
}
