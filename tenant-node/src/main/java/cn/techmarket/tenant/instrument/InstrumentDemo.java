package cn.techmarket.tenant.instrument;

import cn.techmarket.model.id.TypedId;
import cn.techmarket.model.region.MarketTime;
import cn.techmarket.tenant.demo.DemoLibraryLoaded;
import cn.techmarket.tenant.library.LibraryStore;
import cn.techmarket.tenant.tenancy.HostedTenant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A year of use for the demo instruments, once, into a tenant that has none: the units' monthly
 * reports (机时填报) and a few bookings made here, used and rated. Each instrument gets a
 * utilisation of its own, spread around the seed's province average of 53 % (some idle, some near
 * full); one under maintenance is used less.
 */
@Component
class InstrumentDemo {

    private static final Logger log = LoggerFactory.getLogger(InstrumentDemo.class);
    private static final int BOOKINGS_PER_INSTRUMENT = 6;

    private final LibraryStore library;
    private final Clock clock;

    InstrumentDemo(LibraryStore library, Clock clock) {
        this.library = library;
        this.clock = clock;
    }

    @EventListener
    void load(DemoLibraryLoaded loaded) {
        HostedTenant tenant = loaded.tenant();
        if (tenant.mongo().getCollection(UsageReport.COLLECTION).estimatedDocumentCount() > 0) {
            return;
        }
        Instant now = clock.instant();
        YearMonth thisMonth = YearMonth.from(now.atZone(MarketTime.ZONE));
        List<UsageReport> reports = new ArrayList<>();
        List<Booking> bookings = new ArrayList<>();
        String enterprise = new TypedId(tenant.id(), "Member", "demo-enterprise").encode();
        String enterpriseName = tenant.city().name() + "华创新材料科技有限公司";
        library.streamPublished(tenant, InstrumentKind.LIBRARY).forEach(instrument -> {
            SplittableRandom random = new SplittableRandom(instrument.id().hashCode() * 31L + tenant.id().hashCode());
            // the mean of two uniforms: most instruments near the middle, a few idle or nearly full
            double utilisation = 0.08 + 0.9 * (random.nextDouble() + random.nextDouble()) / 2;
            if (instrument.status() == Instrument.Status.MAINTENANCE) {
                utilisation *= 0.4;
            }
            double external = 0.2 + 0.4 * random.nextDouble();
            BigDecimal externalRate = instrument.fees().get(0).externalRate();
            BigDecimal internalRate = instrument.fees().get(0).internalRate();
            // the whole of last year, which the performance review looks at, and this year so far
            for (YearMonth month = YearMonth.of(thisMonth.getYear() - 1, 1); !month.isAfter(thisMonth); month = month.plusMonths(1)) {
                long open = InstrumentStatistics.openMinutes(instrument, month);
                if (month.equals(thisMonth)) { // this month so far
                    open = open * now.atZone(MarketTime.ZONE).getDayOfMonth() / month.lengthOfMonth();
                }
                long effective = Math.min(open, Math.round(open * utilisation * (0.85 + 0.3 * random.nextDouble())));
                long externalMinutes = Math.round(effective * external);
                BigDecimal income = externalRate.multiply(BigDecimal.valueOf(externalMinutes))
                        .add(internalRate.multiply(BigDecimal.valueOf(effective - externalMinutes))).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
                reports.add(new UsageReport(UsageReport.idOf(instrument.id(), month), instrument.globalId().encode(), instrument.meta().owner(),
                        month.toString(), effective, externalMinutes, (int) (effective / 120), Quantities.fen(income), now, "demo-loader"));
            }
            for (int b = 0; b < BOOKINGS_PER_INSTRUMENT && !instrument.openingHours().isEmpty(); b++) {
                Instrument.OpeningHours day = instrument.openingHours().get(random.nextInt(instrument.openingHours().size()));
                LocalDate date = LocalDate.ofInstant(now, MarketTime.ZONE).minusDays(7 + random.nextInt(350));
                while (date.getDayOfWeek() != day.day()) {
                    date = date.minusDays(1);
                }
                Instant start = date.atTime(day.opensAt()).atZone(MarketTime.ZONE).toInstant();
                int hours = 2 + random.nextInt(3);
                Instant end = start.plusSeconds(hours * 3600L);
                BigDecimal effectiveHours = BigDecimal.valueOf(hours).subtract(BigDecimal.valueOf(random.nextInt(3), 1)).setScale(2);
                BigDecimal fee = externalRate.multiply(effectiveHours).setScale(2, RoundingMode.HALF_UP);
                Instant recorded = end.plusSeconds(3600);
                String id = "demo-" + instrument.id() + "-" + b;
                bookings.add(new Booking(id, tenant.id(), instrument.globalId().encode(), instrument.name(), instrument.managingUnit(),
                        instrument.meta().owner(), enterprise, enterpriseName, Booking.BookingMode.ON_SITE, start, end, "样品测试与表征", 0, true,
                        BookingStatus.ACCEPTED, null, List.of(
                        new Booking.Transition(start.minusSeconds(3 * 86400), "demo-loader", null, BookingStatus.REQUESTED, null),
                        new Booking.Transition(start.minusSeconds(2 * 86400), "demo-loader", BookingStatus.REQUESTED, BookingStatus.CONFIRMED, null),
                        new Booking.Transition(recorded, "demo-loader", BookingStatus.CONFIRMED, BookingStatus.COMPLETED, null),
                        new Booking.Transition(recorded.plusSeconds(86400), "demo-loader", BookingStatus.COMPLETED, BookingStatus.ACCEPTED, null)),
                        new Booking.Usage(start, end, effectiveHours, 0, fee, BigDecimal.ZERO.setScale(2), recorded, "demo-loader"),
                        new Booking.Rating(3 + random.nextInt(3), null, recorded.plusSeconds(86400)), 4, start.minusSeconds(3 * 86400), "demo-loader",
                        recorded.plusSeconds(86400)));
            }
        });
        tenant.mongo().insert(reports, UsageReport.COLLECTION);
        tenant.mongo().insert(bookings, Bookings.DOCUMENTS.collection());
        log.info("{}: loaded a year of use for the demo instruments: {} monthly reports, {} bookings", tenant.id(), reports.size(), bookings.size());
    }
}
