package cn.techmarket.hub.province;

import cn.techmarket.graphql.security.Caller;
import cn.techmarket.model.access.MarketRole;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;


/**
 * Contract statistics as CSV, for spreadsheets: province staff get every city; a city operator
 * gets their own city only. Cities that could not answer are named in the
 * {@code Market-Missing-Tenants} header (and the figures are without them).
 */
@RestController
class ContractStatisticsCsv {

    private final YearFigures figures;

    ContractStatisticsCsv(YearFigures figures) {
        this.figures = figures;
    }

    @GetMapping(path = "/statistics/contracts.csv")
    ResponseEntity<byte[]> csv(@RequestParam int year, @RequestParam(defaultValue = "city") String by) {
        Caller caller = CsvReports.requireReader(year);
        boolean staff = caller.has(MarketRole.PROVINCE_STAFF);
        YearFigures.Asked<ProvinceContractStatistics.CityContractTotals> asked = ProvinceContractStatistics.ask(figures, year, caller,
                figures.deadlineFromNow(), tenant -> staff || caller.operates(tenant.id()));
        ProvinceContractStatistics statistics = ProvinceContractStatistics.sum(year, asked.cities());
        String body = switch (by) {
            case "city" -> byCity(statistics);
            case "type" -> byType(statistics);
            case "month" -> byMonth(statistics);
            default -> throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "by: must be city, type or month");
        };
        return CsvReports.attachment("contracts-" + year + "-by-" + by + ".csv", body, asked.unanswered());
    }

    private static String byCity(ProvinceContractStatistics s) {
        StringBuilder csv = new StringBuilder("tenant_id,city,year,registered,turnover,technology_income,subsidies_paid,"
                + "previous_year_registered,previous_year_turnover,turnover_growth_percent\r\n");
        for (ProvinceContractStatistics.CityContractTotals city : s.byCity()) {
            row(csv, city.tenantId(), city.cityName(), s.year(), city.registered(), city.turnover(), city.technologyIncome(),
                    city.subsidiesPaid(), city.previousYear().registered(), city.previousYear().turnover(), growth(city.turnoverGrowthPercent()));
        }
        row(csv, "", "全省合计", s.year(), s.registered(), s.turnover(), s.technologyIncome(), s.subsidiesPaid(),
                s.previousYear().registered(), s.previousYear().turnover(), growth(s.turnoverGrowthPercent()));
        return csv.toString();
    }

    private static String byType(ProvinceContractStatistics s) {
        StringBuilder csv = new StringBuilder("year,type,type_label,registered,turnover\r\n");
        s.byType().forEach(t -> row(csv, s.year(), t.type(), t.type().label(), t.registered(), t.turnover()));
        return csv.toString();
    }

    private static String byMonth(ProvinceContractStatistics s) {
        StringBuilder csv = new StringBuilder("year,month,registered,turnover\r\n");
        s.byMonth().forEach(m -> row(csv, s.year(), m.month(), m.registered(), m.turnover()));
        return csv.toString();
    }

    private static String growth(Double percent) {
        return percent == null ? "" : String.format("%.2f", percent);
    }

    private static void row(StringBuilder csv, Object... values) {
        CsvReports.row(csv, values);
    }
}
