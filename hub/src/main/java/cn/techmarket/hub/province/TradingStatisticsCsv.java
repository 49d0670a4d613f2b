package cn.techmarket.hub.province;

import cn.techmarket.graphql.security.Caller;
import cn.techmarket.model.access.MarketRole;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Trading statistics as CSV: per city (with the province's total) or per month; province staff get every city, a city's operators their own. */
@RestController
class TradingStatisticsCsv {

    private final YearFigures figures;

    TradingStatisticsCsv(YearFigures figures) {
        this.figures = figures;
    }

    @GetMapping(path = "/statistics/trading.csv")
    ResponseEntity<byte[]> csv(@RequestParam int year, @RequestParam(defaultValue = "city") String by) {
        Caller caller = CsvReports.requireReader(year);
        boolean staff = caller.has(MarketRole.PROVINCE_STAFF);
        YearFigures.Asked<ProvinceTradingStatistics.CityTradingStatistics> asked = ProvinceTradingStatistics.ask(figures, year, caller,
                figures.deadlineFromNow(), tenant -> staff || caller.operates(tenant.id()));
        ProvinceTradingStatistics s = ProvinceTradingStatistics.sum(year, asked.cities());
        StringBuilder csv = new StringBuilder();
        switch (by) {
            case "city" -> {
                csv.append("tenant_id,city,year,listed,dealt,deal_value,unsold,objections,auctions,auction_premium\r\n");
                s.byCity().forEach(city -> CsvReports.row(csv, city.tenantId(), city.cityName(), s.year(), city.listed(), city.dealt(), city.dealValue(),
                        city.unsold(), city.objections(), city.auctions(), city.premium()));
                CsvReports.row(csv, "", "全省合计", s.year(), s.listed(), s.dealt(), s.dealValue(), s.unsold(), s.objections(), s.auctions(), s.premium());
            }
            case "month" -> {
                csv.append("year,month,listed,dealt,deal_value,unsold,objections,auctions,auction_premium\r\n");
                s.byMonth().forEach(m -> CsvReports.row(csv, s.year(), m.month(), m.listed(), m.dealt(), m.dealValue(), m.unsold(), m.objections(),
                        m.auctions(), m.premium()));
            }
            default -> throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "by: must be city or month");
        }
        return CsvReports.attachment("trading-" + year + "-by-" + by + ".csv", csv.toString(), asked.unanswered());
    }
}
