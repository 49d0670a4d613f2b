package cn.techmarket.tenant.instrument;

import cn.techmarket.model.record.RecordKind;
import cn.techmarket.tenant.library.Contact;
import cn.techmarket.tenant.library.LibraryRecord;
import cn.techmarket.tenant.library.RecordMeta;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A large research instrument (大型科研仪器) its managing unit opens to others: what it is, what it
 * costs to use, and when it is open.
 *
 * @param managingUnit  the unit that manages it (管理单位), as the member is named
 * @param openingHours  the weekly opening calendar; bookings fall inside it
 * @param sharingRules  the unit's published sharing rules (开放共享管理制度), a text or a link
 */
public record Instrument(
        String id,
        RecordMeta meta,
        String name,
        String model,
        String manufacturer,
        String country,
        InstrumentClass instrumentClass,
        BigDecimal originalValue,
        LocalDate purchaseDate,
        String managingUnit,
        String location,
        Status status,
        String technicalIndicators,
        String mainFunctions,
        String sampleRequirements,
        Operation operation,
        List<Fee> fees,
        List<OpeningHours> openingHours,
        String sharingRules,
        Contact contact) implements LibraryRecord {

    /** 在用 / 维修中 / 停用. Only an instrument in service takes bookings. */
    public enum Status { IN_SERVICE, MAINTENANCE, RETIRED }

    /** Who runs it: the unit's own staff (机组人员操作), or users the unit trained (培训后自主操作). */
    public enum Operation { STAFF_ONLY, TRAINED_USERS }

    /** 按机时 / 按样品. */
    public enum FeeUnit { HOUR, SAMPLE }

    /** One line of the fee schedule: the rate for the unit's own people and for everyone else, CNY. */
    public record Fee(String item, FeeUnit unit, BigDecimal internalRate, BigDecimal externalRate) {
    }

    /** Open on this day of the week from {@code opens} to {@code closes}, Beijing time, "HH:mm". */
    public record OpeningHours(DayOfWeek day, String opens, String closes) {

        public LocalTime opensAt() {
            return LocalTime.parse(opens);
        }

        public LocalTime closesAt() {
            return LocalTime.parse(closes);
        }

        public double hours() {
            return java.time.Duration.between(opensAt(), closesAt()).toMinutes() / 60.0;
        }
    }

    @Override
    public RecordKind kind() {
        return RecordKind.INSTRUMENT;
    }

    @Override
    public Instrument withMeta(RecordMeta meta) {
        return new Instrument(id, meta, name, model, manufacturer, country, instrumentClass, originalValue, purchaseDate, managingUnit,
                location, status, technicalIndicators, mainFunctions, sampleRequirements, operation, fees, openingHours, sharingRules, contact);
    }

    public InstrumentClass.Category category() {
        return instrumentClass.category();
    }

    public String categoryLabel() {
        return instrumentClass.category().label() + " / " + instrumentClass.label();
    }

    public ValueBand valueBand() {
        return ValueBand.of(originalValue);
    }

    /** Open hours in a week. */
    public double weeklyHours() {
        return openingHours.stream().mapToDouble(OpeningHours::hours).sum();
    }

    /** The hourly external rate, what the search shows and sorts by; null when it charges per sample only. */
    public BigDecimal hourlyRate() {
        return fees.stream().filter(fee -> fee.unit() == FeeUnit.HOUR).map(Fee::externalRate).min(BigDecimal::compareTo).orElse(null);
    }

    public boolean bookable() {
        return status == Status.IN_SERVICE && !openingHours.isEmpty();
    }
}
