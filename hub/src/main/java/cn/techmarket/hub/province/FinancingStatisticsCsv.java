package cn.techmarket.hub.province;

import cn.techmarket.graphql.security.Caller;
import cn.techmarket.model.access.MarketRole;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Financing statistics as CSV: per city (with the province's total), per month or per institution type. */
@RestController
class FinancingStatisticsCsv {

    private final YearFigures figures;

    FinancingStatisticsCsv(YearFigures figures) {
        this.figures = figures;
    }

    @GetMapping(path = "/statistics/financing.csv")
    ResponseEntity<byte[]> csv(@RequestParam int year, @RequestParam(defaultValue = "city") String by) {
        Caller caller = CsvReports.requireReader(year);
        boolean staff = caller.has(MarketRole.PROVINCE_STAFF);
        YearFigures.Asked<ProvinceFinancingStatistics.CityFinancingStatistics> asked = ProvinceFinancingStatistics.ask(figures, year, caller,
                figures.deadlineFromNow(), tenant -> staff || caller.operates(tenant.id()));
        ProvinceFinancingStatistics s = ProvinceFinancingStatistics.sum(year, asked.cities());
        StringBuilder csv = new StringBuilder();
        switch (by) {
            case "city" -> {
                csv.append("tenant_id,city,year,requests,requested,approvals,approved,disbursements,disbursed\r\n");
                s.byCity().forEach(c -> CsvReports.row(csv, c.tenantId(), c.cityName(), s.year(), c.requests(), c.requested(), c.approvals(),
                        c.approved(), c.disbursements(), c.disbursed()));
                CsvReports.row(csv, "", "全省合计", s.year(), s.requests(), s.requested(), s.approvals(), s.approved(), s.disbursements(), s.disbursed());
            }
            case "month" -> {
                csv.append("year,month,requests,requested,approvals,approved,disbursements,disbursed\r\n");
                s.byMonth().forEach(m -> CsvReports.row(csv, s.year(), m.month(), m.requests(), m.requested(), m.approvals(), m.approved(),
                        m.disbursements(), m.disbursed()));
            }
            case "institution-type" -> {
                csv.append("year,institution_type,label,approvals,approved,disbursements,disbursed\r\n");
                s.byInstitutionType().forEach(t -> CsvReports.row(csv, s.year(), t.type(), t.typeLabel(), t.approvals(), t.approved(),
                        t.disbursements(), t.disbursed()));
            }
            default -> throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "by: must be city, month or institution-type");
        }
        return CsvReports.attachment("financing-" + year + "-by-" + by + ".csv", csv.toString(), asked.unanswered());
    }
}
