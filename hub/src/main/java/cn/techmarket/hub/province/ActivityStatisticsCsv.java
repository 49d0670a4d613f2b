package cn.techmarket.hub.province;

import cn.techmarket.graphql.security.Caller;
import cn.techmarket.model.access.MarketRole;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Activity statistics as CSV: per market (with the province's total) or per month. */
@RestController
class ActivityStatisticsCsv {

    private static final String FIGURES = "activities,exhibitions,roadshows,fairs,bank_enterprise,exhibits,registered,attended,agreements,"
            + "agreement_amount,matches_started,financing_intentions,financing_amount\r\n";

    private final YearFigures figures;

    ActivityStatisticsCsv(YearFigures figures) {
        this.figures = figures;
    }

    @GetMapping(path = "/statistics/activities.csv")
    ResponseEntity<byte[]> csv(@RequestParam int year, @RequestParam(defaultValue = "city") String by) {
        Caller caller = CsvReports.requireReader(year);
        boolean staff = caller.has(MarketRole.PROVINCE_STAFF);
        YearFigures.Asked<ProvinceActivityStatistics.CityActivityStatistics> asked = ProvinceActivityStatistics.ask(figures, year, caller,
                figures.deadlineFromNow(), tenant -> staff || caller.operates(tenant.id()));
        ProvinceActivityStatistics s = ProvinceActivityStatistics.sum(year, asked.cities());
        StringBuilder csv = new StringBuilder();
        switch (by) {
            case "city" -> {
                csv.append("tenant_id,city,year,").append(FIGURES);
                s.byCity().forEach(c -> row(csv, c.total(), c.tenantId(), c.cityName(), s.year()));
                row(csv, s.total(), "", "全省合计", s.year());
            }
            case "month" -> {
                csv.append("year,month,").append(FIGURES);
                s.byMonth().forEach(m -> row(csv, m, s.year(), m.month()));
            }
            default -> throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "by: must be city or month");
        }
        return CsvReports.attachment("activities-" + year + "-by-" + by + ".csv", csv.toString(), asked.unanswered());
    }

    private static void row(StringBuilder csv, ProvinceActivityStatistics.ActivityMonth m, Object... leading) {
        Object[] cells = java.util.Arrays.copyOf(leading, leading.length + 13);
        Object[] figures = {m.activities(), m.exhibitions(), m.roadshows(), m.fairs(), m.bankEnterprise(), m.exhibits(), m.registered(), m.attended(),
                m.agreements(), m.agreementAmount(), m.matchesStarted(), m.financingIntentions(), m.financingAmount()};
        System.arraycopy(figures, 0, cells, leading.length, figures.length);
        CsvReports.row(csv, cells);
    }
}
