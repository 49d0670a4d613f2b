package cn.techmarket.tenant.instrument;

import cn.techmarket.graphql.errors.BadInputException;
import cn.techmarket.tenant.library.ContactInput;
import cn.techmarket.tenant.library.Inputs;
import cn.techmarket.tenant.library.RecordInput;
import cn.techmarket.tenant.library.RecordMeta;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static cn.techmarket.tenant.library.Inputs.orEmpty;

record InstrumentInput(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 100) String model,
        @NotBlank @Size(max = 200) String manufacturer,
        @NotBlank @Size(max = 50) String country,
        @NotNull InstrumentClass instrumentClass,
        @NotNull @DecimalMin("0.01") @Digits(integer = 12, fraction = 2) BigDecimal originalValue,
        @NotNull @PastOrPresent LocalDate purchaseDate,
        @NotBlank @Size(max = 200) String managingUnit,
        @NotBlank @Size(max = 200) String location,
        @NotNull Instrument.Status status,
        @Size(max = 5000) String technicalIndicators,
        @NotBlank @Size(max = 5000) String mainFunctions,
        @Size(max = 2000) String sampleRequirements,
        @NotNull Instrument.Operation operation,
        @NotEmpty @Size(max = 20) List<@NotNull @Valid FeeInput> fees,
        @Size(max = 14) List<@NotNull @Valid OpeningHoursInput> openingHours,
        @Size(max = 5000) String sharingRules,
        @Valid ContactInput contact) implements RecordInput<Instrument> {

    record FeeInput(
            @NotBlank @Size(max = 100) String item,
            @NotNull Instrument.FeeUnit unit,
            @NotNull @DecimalMin("0.00") @Digits(integer = 9, fraction = 2) BigDecimal internalRate,
            @NotNull @DecimalMin("0.00") @Digits(integer = 9, fraction = 2) BigDecimal externalRate) {
    }

    private static final String TIME = "([01][0-9]|2[0-3]):[0-5][0-9]";

    record OpeningHoursInput(
            @NotNull DayOfWeek day,
            @NotNull @Pattern(regexp = TIME, message = "must be a time of day such as 08:30") String opens,
            @NotNull @Pattern(regexp = TIME, message = "must be a time of day such as 17:30") String closes) {
    }

    @Override
    public Instrument toRecord(String id, RecordMeta meta) {
        List<OpeningHoursInput> hours = orEmpty(openingHours);
        Set<DayOfWeek> days = new HashSet<>();
        for (int i = 0; i < hours.size(); i++) {
            OpeningHoursInput open = hours.get(i);
            if (open.closes().compareTo(open.opens()) <= 0) {
                throw new BadInputException("input.openingHours[" + i + "].closes", "must be after opens");
            }
            if (!days.add(open.day())) {
                throw new BadInputException("input.openingHours[" + i + "].day", "is given twice; one opening period a day");
            }
        }
        return new Instrument(id, meta, name.strip(), model.strip(), manufacturer.strip(), country.strip(), instrumentClass,
                Inputs.money(originalValue), purchaseDate, managingUnit.strip(), location.strip(), status, technicalIndicators,
                mainFunctions, sampleRequirements, operation,
                fees.stream().map(fee -> new Instrument.Fee(fee.item().strip(), fee.unit(), Inputs.money(fee.internalRate()),
                        Inputs.money(fee.externalRate()))).toList(),
                hours.stream().sorted(java.util.Comparator.comparing(OpeningHoursInput::day))
                        .map(open -> new Instrument.OpeningHours(open.day(), open.opens(), open.closes())).toList(),
                sharingRules, ContactInput.toContact(contact));
    }
}
