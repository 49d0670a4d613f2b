package cn.techmarket.tenant.instrument;

import cn.techmarket.model.region.MarketTime;
import cn.techmarket.tenant.library.LibraryStore;
import cn.techmarket.tenant.tenancy.HostedTenant;
import org.bson.Document;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static cn.techmarket.tenant.instrument.Quantities.fen;
import static cn.techmarket.tenant.instrument.Quantities.hours;
import static cn.techmarket.tenant.instrument.Quantities.minutes;
import static cn.techmarket.tenant.instrument.Quantities.yuan;
import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * A year of the sub-market's shared instruments, computed when asked: per instrument and per
 * managing unit, the hours it was open, booked and effectively used (有效机时: recorded uses of
 * bookings made here plus the units' monthly reports), the external share, income and ratings.
 * Utilisation is effective ÷ open hours, as the sharing statistics count it; the open hours of
 * the current year run to today, and of an instrument bought during the year from its purchase.
 */
@Component
class InstrumentStatistics {

    /** One instrument's year. */
    record InstrumentYear(String instrumentId, String name, String managingUnit, String unit, String categoryLabel, ValueBand valueBand,
                          BigDecimal openHours, BigDecimal bookedHours, BigDecimal effectiveHours, BigDecimal externalHours, int uses,
                          int samples, BigDecimal income, Double rating, int ratings, BigDecimal utilisationPercent) {
    }

    /** One managing unit's year over its instruments. */
    record UnitYear(String unit, String managingUnit, int instruments, BigDecimal openHours, BigDecimal effectiveHours, BigDecimal externalHours,
                    BigDecimal income, Double rating, int ratings, BigDecimal utilisationPercent, BigDecimal externalSharePercent,
                    boolean sharingRulesPublished) {
    }

    record InstrumentUtilisation(int year, int instruments, BigDecimal openHours, BigDecimal effectiveHours, BigDecimal externalHours,
                                 BigDecimal income, BigDecimal utilisationPercent, BigDecimal externalSharePercent,
                                 BigDecimal averageEffectiveHours, List<UnitYear> units, List<InstrumentYear> byInstrument) {
    }

    private final LibraryStore library;
    private final Clock clock;

    InstrumentStatistics(LibraryStore library, Clock clock) {
        this.library = library;
        this.clock = clock;
    }

    InstrumentUtilisation of(HostedTenant tenant, int year) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), MarketTime.ZONE);
        Instant from = LocalDate.of(year, 1, 1).atStartOfDay(MarketTime.ZONE).toInstant();
        Instant to = LocalDate.of(year + 1, 1, 1).atStartOfDay(MarketTime.ZONE).toInstant();
        Map<String, Tally> tallies = new LinkedHashMap<>();
        Map<String, Instrument> instruments = new LinkedHashMap<>();
        library.streamPublished(tenant, InstrumentKind.LIBRARY).forEach(instrument -> {
            String id = instrument.globalId().encode();
            instruments.put(id, instrument);
            tallies.put(id, new Tally(openMinutes(instrument, year, today)));
        });
        // bookings of the year: booked periods, and the uses recorded for them; read as bare documents, only what is counted
        Query bookings = new Query(where("start").gte(from).lt(to));
        bookings.fields().include("instrumentId", "status", "start", "end", "external", "usage.effectiveHours", "usage.samples", "usage.fee",
                "rating.score");
        tenant.mongo().stream(bookings, Document.class, Bookings.DOCUMENTS.collection()).forEach(booking -> {
            Tally tally = tallies.get(booking.getString("instrumentId"));
            if (tally == null) {
                return;
            }
            BookingStatus status = BookingStatus.valueOf(booking.getString("status"));
            if (status == BookingStatus.CONFIRMED || status == BookingStatus.COMPLETED || status == BookingStatus.ACCEPTED) {
                tally.bookedMinutes += (booking.getDate("end").getTime() - booking.getDate("start").getTime()) / 60_000;
            }
            Document usage = booking.get("usage", Document.class);
            if (usage != null) {
                long minutes = minutes(decimal(usage.get("effectiveHours")));
                tally.effectiveMinutes += minutes;
                tally.externalMinutes += Boolean.TRUE.equals(booking.getBoolean("external")) ? minutes : 0;
                tally.samples += usage.getInteger("samples", 0);
                tally.incomeFen += fen(decimal(usage.get("fee")));
                tally.uses++;
            }
            Document rating = booking.get("rating", Document.class);
            if (rating != null) {
                tally.ratingSum += rating.getInteger("score");
                tally.ratings++;
            }
        });
        // the units' monthly reports, summed per instrument by the store
        Aggregation reports = Aggregation.newAggregation(
                Aggregation.match(where("month").gte(year + "-01").lte(year + "-12")),
                Aggregation.group("instrumentId").sum("effectiveMinutes").as("effectiveMinutes").sum("externalMinutes").as("externalMinutes")
                        .sum("samples").as("samples").sum("incomeFen").as("incomeFen"));
        tenant.mongo().aggregate(reports, UsageReport.COLLECTION, Document.class).forEach(report -> {
            Tally tally = tallies.get(report.getString("_id"));
            if (tally != null) {
                tally.effectiveMinutes += ((Number) report.get("effectiveMinutes")).longValue();
                tally.externalMinutes += ((Number) report.get("externalMinutes")).longValue();
                tally.samples += ((Number) report.get("samples")).intValue();
                tally.incomeFen += ((Number) report.get("incomeFen")).longValue();
            }
        });

        List<InstrumentYear> rows = instruments.entrySet().stream().map(entry -> row(entry.getKey(), entry.getValue(), tallies.get(entry.getKey())))
                .sorted(Comparator.comparing(InstrumentYear::utilisationPercent).reversed().thenComparing(InstrumentYear::instrumentId)).toList();
        Map<String, Tally> byUnit = new LinkedHashMap<>();
        Map<String, Instrument> unitExample = new HashMap<>();
        Map<String, Integer> unitCount = new HashMap<>();
        Map<String, Boolean> unitRules = new HashMap<>();
        instruments.forEach((id, instrument) -> {
            String key = unitKey(instrument);
            byUnit.computeIfAbsent(key, k -> new Tally(0)).add(tallies.get(id));
            unitExample.putIfAbsent(key, instrument);
            unitCount.merge(key, 1, Integer::sum);
            unitRules.merge(key, instrument.sharingRules() != null && !instrument.sharingRules().isBlank(), Boolean::logicalAnd);
        });
        List<UnitYear> units = byUnit.entrySet().stream().map(entry -> {
            Instrument example = unitExample.get(entry.getKey());
            Tally tally = entry.getValue();
            return new UnitYear(example.meta().owner(), example.managingUnit(), unitCount.get(entry.getKey()), hours(tally.openMinutes),
                    hours(tally.effectiveMinutes), hours(tally.externalMinutes), yuan(tally.incomeFen), tally.rating(), tally.ratings,
                    percent(tally.effectiveMinutes, tally.openMinutes), percent(tally.externalMinutes, tally.effectiveMinutes),
                    unitRules.get(entry.getKey()));
        }).sorted(Comparator.comparing(UnitYear::utilisationPercent).reversed().thenComparing(UnitYear::managingUnit)).toList();
        Tally all = new Tally(0);
        tallies.values().forEach(all::add);
        BigDecimal average = instruments.isEmpty() ? BigDecimal.ZERO.setScale(2)
                : hours(all.effectiveMinutes).divide(BigDecimal.valueOf(instruments.size()), 2, RoundingMode.HALF_UP);
        return new InstrumentUtilisation(year, instruments.size(), hours(all.openMinutes), hours(all.effectiveMinutes), hours(all.externalMinutes),
                yuan(all.incomeFen), percent(all.effectiveMinutes, all.openMinutes), percent(all.externalMinutes, all.effectiveMinutes),
                average, units, rows);
    }

    /** A unit is its member; the sub-market's own instruments group by the unit's name. */
    private static String unitKey(Instrument instrument) {
        return instrument.meta().owner() != null ? instrument.meta().owner() : "name:" + instrument.managingUnit();
    }

    private static InstrumentYear row(String id, Instrument instrument, Tally tally) {
        return new InstrumentYear(id, instrument.name(), instrument.managingUnit(), instrument.meta().owner(), instrument.categoryLabel(),
                instrument.valueBand(), hours(tally.openMinutes), hours(tally.bookedMinutes), hours(tally.effectiveMinutes), hours(tally.externalMinutes),
                tally.uses, tally.samples, yuan(tally.incomeFen), tally.rating(), tally.ratings, percent(tally.effectiveMinutes, tally.openMinutes));
    }

    /** The minutes the instrument was open in the year: up to today in the current year, from its purchase if bought that year. */
    static long openMinutes(Instrument instrument, int year, LocalDate today) {
        LocalDate first = LocalDate.of(year, 1, 1);
        if (instrument.purchaseDate() != null && instrument.purchaseDate().isAfter(first)) {
            first = instrument.purchaseDate();
        }
        LocalDate last = LocalDate.of(year, 12, 31);
        return openMinutes(instrument, first, today.isBefore(last) ? today : last);
    }

    /** The minutes open in one month, the most a unit may report for it. */
    static long openMinutes(Instrument instrument, YearMonth month) {
        return openMinutes(instrument, month.atDay(1), month.atEndOfMonth());
    }

    /** The minutes open from the first to the last day, both included, by the weekly opening hours. */
    private static long openMinutes(Instrument instrument, LocalDate first, LocalDate last) {
        Map<DayOfWeek, Long> daily = new EnumMap<>(DayOfWeek.class);
        instrument.openingHours().forEach(open -> daily.put(open.day(), java.time.Duration.between(open.opensAt(), open.closesAt()).toMinutes()));
        long minutes = 0;
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            minutes += daily.getOrDefault(day.getDayOfWeek(), 0L);
        }
        return minutes;
    }

    /** An amount as stored: a string or a Decimal128, as the mapping keeps BigDecimal. */
    private static BigDecimal decimal(Object stored) {
        return new BigDecimal(stored.toString());
    }

    private static BigDecimal percent(long part, long whole) {
        return whole == 0 ? BigDecimal.ZERO.setScale(1) : BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    private static final class Tally {
        long openMinutes;
        long bookedMinutes;
        long effectiveMinutes;
        long externalMinutes;
        long incomeFen;
        int uses;
        int samples;
        int ratingSum;
        int ratings;

        Tally(long openMinutes) {
            this.openMinutes = openMinutes;
        }

        void add(Tally other) {
            openMinutes += other.openMinutes;
            bookedMinutes += other.bookedMinutes;
            effectiveMinutes += other.effectiveMinutes;
            externalMinutes += other.externalMinutes;
            incomeFen += other.incomeFen;
            uses += other.uses;
            samples += other.samples;
            ratingSum += other.ratingSum;
            ratings += other.ratings;
        }

        Double rating() {
            return ratings == 0 ? null : Math.round(ratingSum * 100.0 / ratings) / 100.0;
        }
    }
}
