package cn.techmarket.tenant.instrument;

import cn.techmarket.graphql.errors.CalendarYears;
import cn.techmarket.graphql.security.Caller;
import cn.techmarket.tenant.tenancy.Author;
import cn.techmarket.tenant.tenancy.HostedTenant;
import jakarta.validation.Valid;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** The year of the sub-market's shared instruments, the units' monthly reports that feed it, and its performance review. */
@Controller
class InstrumentStatisticsController {

    private final InstrumentStatistics statistics;
    private final UsageReports reports;
    private final InstrumentReviews reviews;

    InstrumentStatisticsController(InstrumentStatistics statistics, UsageReports reports, InstrumentReviews reviews) {
        this.statistics = statistics;
        this.reports = reports;
        this.reviews = reviews;
    }

    @QueryMapping
    InstrumentReview instrumentReview(@ContextValue HostedTenant tenant, @Argument int year) {
        CalendarYears.require("year", year);
        return reviews.of(tenant, year);
    }

    @MutationMapping
    InstrumentReview concludeInstrumentReview(@ContextValue HostedTenant tenant, @ContextValue(name = Author.CONTEXT_KEY) String author,
                                              @Argument int year) {
        CalendarYears.require("year", year);
        return reviews.conclude(tenant, author, year);
    }

    @QueryMapping
    InstrumentStatistics.InstrumentUtilisation instrumentUtilisation(@ContextValue HostedTenant tenant, @Argument int year) {
        CalendarYears.require("year", year);
        return statistics.of(tenant, year);
    }

    @MutationMapping
    UsageReport reportInstrumentUsage(@ContextValue HostedTenant tenant, @ContextValue Caller caller,
                                      @ContextValue(name = Author.CONTEXT_KEY) String author, @Argument String id,
                                      @Argument @Valid UsageReportInput input) {
        return reports.report(tenant, caller, author, id, input);
    }
}
