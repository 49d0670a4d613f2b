package cn.techmarket.hub.province;

import cn.techmarket.graphql.security.Caller;
import cn.techmarket.hub.federation.TenantCallFailure;
import cn.techmarket.model.access.MarketRole;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.server.ResponseStatusException;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What every statistics CSV shares: who may download it (province staff, every city; a city's
 * operators, their own), the year asked, RFC 4180 rows that no spreadsheet runs as formulas, and
 * the cities that could not answer named in the {@value #MISSING_HEADER} header.
 */
final class CsvReports {

    static final String MISSING_HEADER = "Market-Missing-Tenants";

    private CsvReports() {
    }

    /** The caller, who must be province staff or a city operator, and the year, which must be a calendar year. */
    static Caller requireReader(int year) {
        Caller caller = Caller.current();
        if (caller.isAnonymous()) {
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "a token of province staff or a city operator is needed");
        }
        if (!caller.has(MarketRole.PROVINCE_STAFF) && !caller.has(MarketRole.CITY_OPERATOR)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "for province staff and city operators");
        }
        if (year < 1980 || year > 2200) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "year: must be a calendar year such as 2026");
        }
        return caller;
    }

    static ResponseEntity<byte[]> attachment(String filename, String body, List<TenantCallFailure> unanswered) {
        ResponseEntity.BodyBuilder response = ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header("Content-Disposition", "attachment; filename=\"" + filename + "\"");
        if (!unanswered.isEmpty()) {
            response.header(MISSING_HEADER, unanswered.stream().map(failure -> failure.tenantId() + "=" + failure.reason())
                    .collect(Collectors.joining(",")));
        }
        // a byte-order mark, so that spreadsheet programs read the Chinese city names as UTF-8
        return response.body(("\uFEFF" + body).getBytes(StandardCharsets.UTF_8));
    }

    static void row(StringBuilder csv, Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(cell(values[i]));
        }
        csv.append("\r\n");
    }

    /** RFC 4180 quoting, and no cell that a spreadsheet would run as a formula. */
    private static String cell(Object value) {
        String text = value == null ? "" : value instanceof BigDecimal money ? money.toPlainString() : String.valueOf(value);
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 && !(value instanceof Number)) {
            text = "'" + text;
        }
        return text.matches(".*[,\"\r\n].*") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
