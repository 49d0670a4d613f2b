package cn.techmarket.tenant.instrument;

import cn.techmarket.graphql.errors.BadInputException;
import cn.techmarket.graphql.security.Caller;
import cn.techmarket.model.region.MarketTime;
import cn.techmarket.tenant.tenancy.HostedTenant;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.YearMonth;

import static cn.techmarket.tenant.instrument.Quantities.hours;

/**
 * The units' monthly reports of use outside bookings made here (机时填报), by the unit's people or
 * the operators: a month that is over or under way, no more hours than it was open, no more
 * external than effective hours. Reporting a month again replaces it.
 */
@Component
class UsageReports {

    private final InstrumentLookup instruments;
    private final Clock clock;

    UsageReports(InstrumentLookup instruments, Clock clock) {
        this.instruments = instruments;
        this.clock = clock;
    }

    UsageReport report(HostedTenant tenant, Caller caller, String actor, String instrumentId, UsageReportInput input) {
        Instrument instrument = instruments.managed(tenant, caller, instrumentId);
        YearMonth month = YearMonth.parse(input.month());
        if (month.isAfter(YearMonth.now(clock.withZone(MarketTime.ZONE)))) {
            throw new BadInputException("input.month", "must not be in the future");
        }
        long open = InstrumentStatistics.openMinutes(instrument, month);
        if (input.effectiveHours().compareTo(hours(open)) > 0) {
            throw new BadInputException("input.effectiveHours", "must not exceed the " + hours(open).toPlainString()
                    + " hours the instrument was open in " + month);
        }
        if (input.externalHours().compareTo(input.effectiveHours()) > 0) {
            throw new BadInputException("input.externalHours", "must not exceed input.effectiveHours");
        }
        UsageReport report = new UsageReport(UsageReport.idOf(instrument.id(), month), instrument.globalId().encode(), instrument.meta().owner(),
                month.toString(), Quantities.minutes(input.effectiveHours()), Quantities.minutes(input.externalHours()),
                input.samples() == null ? 0 : input.samples(), Quantities.fen(input.income()), clock.instant(), actor);
        tenant.mongo().save(report, UsageReport.COLLECTION);
        return report;
    }
}
