package cn.techmarket.tenant.instrument;

import cn.techmarket.model.record.RecordKind;
import cn.techmarket.tenant.support.Memberships;
import cn.techmarket.tenant.support.SampleInputs;
import cn.techmarket.tenant.support.TenantApi;
import cn.techmarket.tenant.support.TenantNodeTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.graphql.client.ClientGraphQlResponse;

import java.time.Instant;
import java.util.Date;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.UUID;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * A university registers an instrument, the operators verify it, an enterprise books it, the
 * university confirms, records the use, and the enterprise accepts and rates it. Two bookings of
 * one instrument never overlap, also when many ask at once; maintenance and the opening hours
 * block; nobody else sees or moves a booking.
 */
@SuppressWarnings("unchecked")
class InstrumentSharingTest extends TenantNodeTest {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final String BOOKING = "{ id status version external samples statusReason usage { effectiveHours fee voucherPaid } rating { score comment } }";
    private static final String BOOK = "mutation($input: BookingInput!, $member: ID) { bookInstrument(input: $input, memberId: $member) " + BOOKING + " }";

    private TenantApi operator;
    private TenantApi university;
    private TenantApi enterprise;
    private TenantApi bank;
    private String universityMember;
    private String enterpriseMember;

    @BeforeEach
    void members() {
        operator = changchun();
        university = endpoint("changchun", token("changchun-university"));
        enterprise = endpoint("changchun", token("changchun-enterprise"));
        bank = endpoint("changchun", token("changchun-bank"));
        Map<String, Object> unit = SampleInputs.membership(SampleInputs.newCreditCode());
        unit.put("kind", "UNIVERSITY");
        unit.put("name", "吉林大学");
        universityMember = Memberships.verified(operator, university, unit);
        enterpriseMember = Memberships.verified(operator, enterprise, SampleInputs.membership(SampleInputs.newCreditCode()));
    }

    @Test
    void aUnitRegistersItsInstrumentAndItJoinsTheNetworkOnceTheOperatorsVerifyIt() {
        Map<String, Object> bankMember = SampleInputs.membership(SampleInputs.newCreditCode());
        bankMember.put("kind", "FINANCING_INSTITUTION");
        String bankId = Memberships.verified(operator, bank, bankMember);
        assertThat(refusal(create(bank, bankId))).as("a bank manages no instruments").containsEntry("field", "memberId");

        String id = ok(create(university, universityMember), "createInstrument.id");
        ok(university.move("submitForReview", id, 1), "submitForReview.id");
        assertThat(instrumentsListed()).doesNotContain(id);
        operator.moveOk("publish", id, 2);

        assertThat(instrumentsListed()).contains(id);
        Map<String, Object> instrument = ok(bank.execute("query($id: ID!) { node(id: $id) { ... on Instrument { category categoryLabel valueBand"
                + " weeklyHours owner contact { name } } } }", Map.of("id", id)), "node");
        assertThat(instrument).containsEntry("category", "ANALYTICAL").containsEntry("categoryLabel", "分析仪器 / 电子光学仪器")
                .containsEntry("valueBand", "OVER_500K").containsEntry("owner", universityMember).containsEntry("contact", null);
        assertThat((Double) instrument.get("weeklyHours")).isEqualTo(84.0);
        assertThat(searchEntryOf(id)).as("what province search indexes of it").containsEntry("category", "ANALYTICAL")
                .containsEntry("subcategory", "ELECTRON_MICROSCOPE").containsEntry("valueBand", "OVER_500K")
                .containsEntry("price", "500.00").containsEntry("available", true);
    }

    @Test
    void anEnterpriseBooksTheUnitConfirmsRecordsTheUseAndTheEnterpriseRatesIt() {
        String instrument = publishedInstrument();
        Instant start = slot(3, 9);
        Map<String, Object> booked = ok(enterprise.execute(BOOK, vars(booking(instrument, start, start.plus(2, ChronoUnit.HOURS)), enterpriseMember)),
                "bookInstrument");
        String id = (String) booked.get("id");
        assertThat(booked).containsEntry("status", "REQUESTED").containsEntry("external", true);

        assertThat(refusal(bank.execute("mutation($id: ID!) { confirmBooking(id: $id, expectedVersion: 1) { id } }", Map.of("id", id))))
                .as("someone else's booking is not found").containsEntry("code", "NOT_FOUND");
        assertThat(refusal(enterprise.execute("mutation($id: ID!) { confirmBooking(id: $id, expectedVersion: 1) { id } }", Map.of("id", id))))
                .as("the user does not confirm their own booking").containsEntry("code", "NOT_FOUND");
        assertThat(bookingsSeenBy(bank, instrument)).doesNotContain(id);
        assertThat(bookingsSeenBy(university, instrument)).contains(id);

        assertThat(inboxAbout(university, id)).as("the unit is told of the request").containsExactly("BOOKING_REQUESTED");
        ok(university.execute("mutation($id: ID!) { confirmBooking(id: $id, expectedVersion: 1) { id } }", Map.of("id", id)), "confirmBooking");
        assertThat(inboxAbout(enterprise, id)).as("the user is told it is confirmed").containsExactly("BOOKING_CONFIRMED");
        Map<String, Object> calendar = ok(bank.execute("query($id: ID!, $from: DateTime!, $to: DateTime!) { instrumentCalendar(instrumentId: $id,"
                + " from: $from, to: $to) { busy { periodId kind start end reason } } }", Map.of("id", instrument, "from", start.minus(1, ChronoUnit.DAYS).toString(),
                "to", start.plus(1, ChronoUnit.DAYS).toString())), "instrumentCalendar");
        assertThat((List<?>) calendar.get("busy")).as("anyone sees the period is taken, not by whom").hasSize(1);
        assertThat(calendar.toString()).doesNotContain(enterpriseMember);

        Instant usedFrom = Instant.now().minus(3, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES);
        Map<String, Object> usage = Map.of("actualStart", usedFrom.toString(), "actualEnd", usedFrom.plus(2, ChronoUnit.HOURS).toString(),
                "effectiveHours", "2.50", "fee", "1000.00");
        assertThat(refusal(university.execute(RECORD, Map.of("id", id, "v", 2, "usage", usage))))
                .as("more effective hours than the use took").containsEntry("field", "usage.effectiveHours");
        usage = new HashMap<>(usage);
        usage.put("effectiveHours", "1.75");
        Map<String, Object> completed = ok(university.execute(RECORD, Map.of("id", id, "v", 2, "usage", usage)), "recordUsage");
        assertThat(completed).containsEntry("status", "COMPLETED");
        assertThat(completed.get("usage")).isEqualTo(Map.of("effectiveHours", "1.75", "fee", "1000.00", "voucherPaid", "0.00"));

        assertThat(refusal(enterprise.execute(ACCEPT, Map.of("id", id, "v", 3, "score", 6)))).containsEntry("field", "score");
        Map<String, Object> accepted = ok(enterprise.execute(ACCEPT, Map.of("id", id, "v", 3, "score", 5)), "acceptService");
        assertThat(accepted).containsEntry("status", "ACCEPTED").containsEntry("rating", Map.of("score", 5, "comment", "测试数据完整，服务及时"));
    }

    @Test
    void ofTwentyMembersAskingForOnePeriodAtOnceExactlyOneGetsIt() throws Exception {
        String instrument = publishedInstrument();
        Instant start = slot(5, 14);
        Map<String, Object> variables = vars(booking(instrument, start, start.plus(1, ChronoUnit.HOURS)), enterpriseMember);
        String before = snapshot("changchun");
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Future<ClientGraphQlResponse>> answers = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                TenantApi who = i % 2 == 0 ? enterprise : operator;
                Callable<ClientGraphQlResponse> ask = () -> {
                    go.await();
                    return who.execute(BOOK, variables);
                };
                answers.add(pool.submit(ask));
            }
            go.countDown();
            int won = 0;
            int taken = 0;
            for (Future<ClientGraphQlResponse> answer : answers) {
                ClientGraphQlResponse response = answer.get();
                if (response.getErrors().isEmpty()) {
                    won++;
                } else {
                    assertThat(refusal(response)).containsEntry("field", "input.start").containsEntry("code", "PERIOD_TAKEN");
                    taken++;
                }
            }
            assertThat(won).isEqualTo(1);
            assertThat(taken).isEqualTo(19);
        } finally {
            pool.shutdownNow();
        }
        assertThat(bookingsSeenBy(university, instrument)).hasSize(1);
        assertThat(snapshot("changchun")).isNotEqualTo(before);
    }

    @Test
    void theOpeningHoursMaintenanceAndOtherBookingsBlockAPeriodAndARefusalChangesNothing() {
        String instrument = publishedInstrument();
        Instant nine = slot(4, 9);
        ok(enterprise.execute(BOOK, vars(booking(instrument, nine, nine.plus(2, ChronoUnit.HOURS)), enterpriseMember)), "bookInstrument");
        ok(university.execute("mutation($id: ID!, $input: MaintenanceInput!) { scheduleMaintenance(id: $id, input: $input) { busy { kind } } }",
                Map.of("id", instrument, "input", Map.of("start", nine.plus(4, ChronoUnit.HOURS).toString(),
                        "end", nine.plus(6, ChronoUnit.HOURS).toString(), "reason", "更换电子枪灯丝"))), "scheduleMaintenance");
        String before = snapshot("changchun");

        assertThat(refusal(enterprise.execute(BOOK, vars(booking(instrument, nine.plus(1, ChronoUnit.HOURS), nine.plus(3, ChronoUnit.HOURS)), enterpriseMember))))
                .containsEntry("field", "input.start").containsEntry("code", "PERIOD_TAKEN");
        ClientGraphQlResponse maintenance = enterprise.execute(BOOK, vars(booking(instrument, nine.plus(5, ChronoUnit.HOURS), nine.plus(6, ChronoUnit.HOURS)), enterpriseMember));
        assertThat(refusal(maintenance)).containsEntry("code", "PERIOD_TAKEN");
        assertThat(maintenance.getErrors().get(0).getMessage()).contains("更换电子枪灯丝");
        assertThat(refusal(enterprise.execute(BOOK, vars(booking(instrument, nine.minus(2, ChronoUnit.HOURS), nine), enterpriseMember))))
                .as("before it opens at 08:00").containsEntry("field", "input.end");
        assertThat(refusal(enterprise.execute(BOOK, vars(booking(instrument, nine.plus(15, ChronoUnit.MINUTES), nine.plus(75, ChronoUnit.MINUTES)), enterpriseMember))))
                .as("on the half hour").containsEntry("field", "input.start");
        assertThat(refusal(enterprise.execute(BOOK, vars(booking(instrument, slot(-1, 9), slot(-1, 10)), enterpriseMember))))
                .as("in the past").containsEntry("field", "input.start");
        assertThat(refusal(enterprise.execute(BOOK, vars(booking(instrument, slot(120, 9), slot(120, 10)), enterpriseMember))))
                .as("beyond the horizon").containsEntry("field", "input.start");
        assertThat(refusal(enterprise.execute(BOOK, vars(booking(instrument, nine, nine.plus(1, ChronoUnit.HOURS)), null))))
                .as("a person names the member they book for").containsEntry("field", "memberId");
        assertThat(snapshot("changchun")).isEqualTo(before);
    }

    @Test
    void aBookingRetriedWithItsKeyAfterTheNodeDiedHalfwayIsTheSameBookingAndNotATakenPeriod() {
        String instrument = publishedInstrument();
        Instant start = slot(6, 10);
        Map<String, Object> variables = vars(booking(instrument, start, start.plus(1, ChronoUnit.HOURS)), enterpriseMember);
        String key = UUID.randomUUID().toString();
        String id = ok(enterprise.executeOnce(key, BOOK, variables), "bookInstrument.id");
        // as if the node had claimed the period and died before it wrote the booking and stored the answer
        assertThat(tenant("changchun").mongo().remove(new Query(where("instrumentId").is(instrument)), "bookings").getDeletedCount()).isOne();
        assertThat(tenant("changchun").mongo().updateFirst(new Query(where("_id").regex("\\n" + key + "$")), new Update().set("state", "RUNNING")
                .unset("response").set("startedAt", Date.from(Instant.now().minusSeconds(60))), "idempotency_keys").getModifiedCount()).isOne();

        Map<String, Object> retried = ok(enterprise.executeOnce(key, BOOK, variables), "bookInstrument");

        assertThat(retried).as("its own hold does not stand in its way").containsEntry("id", id).containsEntry("status", "REQUESTED");
        assertThat(bookingsSeenBy(university, instrument)).containsExactly(id);
        assertThat((String) ok(enterprise.executeOnce(key, BOOK, variables), "bookInstrument.id")).as("once done, a retry gets the answer").isEqualTo(id);
        assertThat(refusal(enterprise.execute(BOOK, variables))).as("another request for the period").containsEntry("code", "PERIOD_TAKEN");
    }

    @Test
    void theUserCancelsAConfirmedBookingOnlyWithNoticeTheUnitAnyTimeBeforeTheStart() {
        Map<String, Object> input = SampleInputs.valid(RecordKind.INSTRUMENT);
        input.put("openingHours", everyDay("00:00", "23:59"));
        String instrument = published(input);
        Instant soon = Instant.now().plus(3, ChronoUnit.HOURS).truncatedTo(ChronoUnit.HOURS);
        if (soon.atZone(BEIJING).getHour() == 23) {
            soon = soon.plus(2, ChronoUnit.HOURS); // not across midnight
        }
        String id = ok(enterprise.execute(BOOK, vars(booking(instrument, soon, soon.plus(1, ChronoUnit.HOURS)), enterpriseMember)), "bookInstrument.id");
        ok(university.execute("mutation($id: ID!) { confirmBooking(id: $id, expectedVersion: 1) { id } }", Map.of("id", id)), "confirmBooking");

        assertThat(refusal(enterprise.execute(CANCEL, Map.of("id", id, "v", 2, "reason", "计划变更"))))
                .containsEntry("field", "id").containsEntry("code", "ILLEGAL_TRANSITION");
        Map<String, Object> cancelled = ok(university.execute(CANCEL, Map.of("id", id, "v", 2, "reason", "仪器临时故障")), "cancelBooking");
        assertThat(cancelled).containsEntry("status", "CANCELLED").containsEntry("statusReason", "仪器临时故障");
        ok(enterprise.execute(BOOK, vars(booking(instrument, soon, soon.plus(1, ChronoUnit.HOURS)), enterpriseMember)), "bookInstrument.id");
    }

    @Test
    void aVoucherPaysPartOfAFeeNeverBelowZeroAndOncePerUseAlsoWhenUsedConcurrently() throws Exception {
        TenantApi staff = endpoint("changchun", token("province-staff"));
        assertThat(refusal(staff.execute(ISSUE, Map.of("input", voucher(universityMember, "1000.00"))))).as("vouchers are for enterprises")
                .containsEntry("field", "input.memberId");
        assertThat(TenantApi.onlyError(operator.execute(ISSUE, Map.of("input", voucher(enterpriseMember, "1000.00")))).getErrorType())
                .as("the province issues them").hasToString("FORBIDDEN");
        String voucher = ok(staff.execute(ISSUE, Map.of("input", voucher(enterpriseMember, "1000.00"))), "issueVoucher.id");
        String instrument = publishedInstrument();
        List<String> used = new ArrayList<>();
        for (int hour = 8; hour < 18; hour++) {
            used.add(usedBooking(instrument, slot(6, hour), "400.00"));
        }

        assertThat(refusal(enterprise.execute(PAY, Map.of("id", used.get(0), "voucher", voucher, "amount", "200.01"))))
                .as("at most half the fee").containsEntry("field", "amount");
        assertThat(refusal(bank.execute(PAY, Map.of("id", used.get(0), "voucher", voucher, "amount", "100.00")))).containsEntry("code", "NOT_FOUND");
        List<ClientGraphQlResponse> answers = all(used.stream().map(id -> (Callable<ClientGraphQlResponse>) () ->
                enterprise.execute(PAY, Map.of("id", id, "voucher", voucher, "amount", "200.00"))).toList());
        long paid = answers.stream().filter(answer -> answer.getErrors().isEmpty()).count();
        answers.stream().filter(answer -> !answer.getErrors().isEmpty())
                .forEach(answer -> assertThat(refusal(answer)).containsEntry("field", "amount").containsEntry("code", "INVALID_INPUT"));
        Map<String, Object> after = voucherSeenBy(enterprise, voucher);
        System.out.printf("voucher of 1000.00 yuan: 10 concurrent payments of 200.00 tried, %d accepted, %d refused%n", paid, 10 - paid);
        assertThat(paid).isEqualTo(5);
        assertThat(after.get("balance")).isEqualTo("0.00");
        assertThat((List<?>) after.get("uses")).hasSize(5);

        String another = ok(staff.execute(ISSUE, Map.of("input", voucher(enterpriseMember, "1000.00"))), "issueVoucher.id");
        String booking = usedBooking(instrument, slot(7, 10), "400.00");
        all(java.util.stream.IntStream.range(0, 10).mapToObj(i -> (Callable<ClientGraphQlResponse>) () ->
                enterprise.execute(PAY, Map.of("id", booking, "voucher", another, "amount", "150.00"))).toList());
        Map<String, Object> once = voucherSeenBy(enterprise, another);
        assertThat(once.get("balance")).as("ten tries to pay one use pay it once").isEqualTo("850.00");
        assertThat((List<?>) once.get("uses")).hasSize(1);
        Map<String, Object> node = ok(enterprise.execute("query($id: ID!) { node(id: $id) { ... on Booking { usage { voucherPaid } } } }",
                Map.of("id", booking)), "node");
        assertThat(node).isEqualTo(Map.of("usage", Map.of("voucherPaid", "150.00")));
        assertThat(vouchersSeenBy(bank)).doesNotContain(voucher, another);
    }

    @Test
    void aYearsUtilisationAddsTheUnitsMonthlyReportsToTheOpenHoursAsComputedByHand() {
        Map<String, Object> input = SampleInputs.valid(RecordKind.INSTRUMENT);
        input.put("openingHours", everyDay("08:00", "20:00"));
        input.put("purchaseDate", "2019-09-20");
        String instrument = published(input);
        int year = LocalDate.now(BEIJING).getYear() - 1;
        String report = "mutation($id: ID!, $input: UsageReportInput!) { reportInstrumentUsage(id: $id, input: $input) { month effectiveHours externalHours income } }";

        assertThat(refusal(university.execute(report, Map.of("id", instrument, "input", usageReport(year + "-03", "372.01", "0", "0")))))
                .as("March is open 31 × 12 = 372 hours").containsEntry("field", "input.effectiveHours");
        assertThat(refusal(university.execute(report, Map.of("id", instrument, "input", usageReport(year + "-03", "10", "11", "0")))))
                .containsEntry("field", "input.externalHours");
        assertThat(refusal(university.execute(report, Map.of("id", instrument, "input", usageReport((year + 2) + "-01", "10", "0", "0")))))
                .containsEntry("field", "input.month");
        assertThat(refusal(bank.execute(report, Map.of("id", instrument, "input", usageReport(year + "-03", "10", "0", "0")))))
                .as("only its unit reports").containsEntry("code", "NOT_FOUND");
        ok(university.execute(report, Map.of("id", instrument, "input", usageReport(year + "-03", "90.00", "30.00", "9000.00"))), "reportInstrumentUsage");
        ok(university.execute(report, Map.of("id", instrument, "input", usageReport(year + "-03", "100.00", "40.00", "20000.00"))), "reportInstrumentUsage");
        ok(university.execute(report, Map.of("id", instrument, "input", usageReport(year + "-04", "50.00", "0.00", "0.00"))), "reportInstrumentUsage");

        Map<String, Object> utilisation = ok(endpoint("changchun", token("province-staff")).execute("query($year: Int!) { instrumentUtilisation(year: $year) {"
                + " byInstrument { instrumentId openHours effectiveHours externalHours income utilisationPercent }"
                + " units { unit instruments effectiveHours externalSharePercent sharingRulesPublished } } }", Map.of("year", year)), "instrumentUtilisation");
        int days = java.time.Year.of(year).length();
        String open = java.math.BigDecimal.valueOf(12L * days).setScale(2).toPlainString();
        String percent = java.math.BigDecimal.valueOf(150 * 100).divide(java.math.BigDecimal.valueOf(12L * days), 1, java.math.RoundingMode.HALF_UP).toPlainString();
        assertThat((List<Map<String, Object>>) utilisation.get("byInstrument")).as("March reported again replaces the first report")
                .filteredOn(row -> instrument.equals(row.get("instrumentId"))).singleElement()
                .isEqualTo(Map.of("instrumentId", instrument, "openHours", open, "effectiveHours", "150.00", "externalHours", "40.00",
                        "income", "20000.00", "utilisationPercent", percent));
        assertThat((List<Map<String, Object>>) utilisation.get("units")).filteredOn(row -> universityMember.equals(row.get("unit"))).singleElement()
                .isEqualTo(Map.of("unit", universityMember, "instruments", 1, "effectiveHours", "150.00", "externalSharePercent", "26.7",
                        "sharingRulesPublished", true));
        assertThat(TenantApi.onlyError(university.execute("{ instrumentUtilisation(year: 2025) { instruments } }", Map.of())).getErrorType())
                .as("statistics are for the operators and province staff").hasToString("FORBIDDEN");
    }

    /**
     * A unit whose instrument (open Monday mornings, 4 hours) was used every open hour last year,
     * half of them for outside users, unrated, with sharing rules: utilisation 100 % and external
     * share 50 % both reach their targets (100), the rating counts 60, the rules 100; the score is
     * (100×40 + 100×30 + 60×20 + 100×10) / 100 = 92.00, 优秀, and the subsidy 60 yuan an external hour.
     */
    @Test
    void aPastYearsReviewScoresEachUnitAndItsPostSubsidyByTheRuleAndStaysAsConcluded() {
        Map<String, Object> input = SampleInputs.valid(RecordKind.INSTRUMENT);
        input.put("openingHours", List.of(Map.of("day", "MONDAY", "opens", "08:00", "closes", "12:00")));
        input.put("purchaseDate", "2018-01-01");
        String instrument = published(input);
        int year = LocalDate.now(BEIJING).getYear() - 1;
        String report = "mutation($id: ID!, $input: UsageReportInput!) { reportInstrumentUsage(id: $id, input: $input) { month } }";
        int mondays = 0;
        for (int month = 1; month <= 12; month++) {
            java.time.YearMonth ym = java.time.YearMonth.of(year, month);
            int inMonth = (int) ym.atDay(1).datesUntil(ym.atEndOfMonth().plusDays(1)).filter(day -> day.getDayOfWeek() == java.time.DayOfWeek.MONDAY).count();
            mondays += inMonth;
            ok(university.execute(report, Map.of("id", instrument, "input", usageReport(ym.toString(), inMonth * 4 + ".00", inMonth * 2 + ".00", "0"))),
                    "reportInstrumentUsage");
        }
        TenantApi staff = endpoint("changchun", token("province-staff"));
        String review = "query($year: Int!) { instrumentReview(year: $year) { concluded rule units { unit utilisationScore externalScore ratingScore"
                + " sharingRulesScore score grade subsidy capped } } }";
        Map<String, Object> preview = ok(staff.execute(review, Map.of("year", year)), "instrumentReview");
        String subsidy = java.math.BigDecimal.valueOf(mondays * 2L * 60).setScale(2).toPlainString();
        Map<String, Object> expected = Map.of("unit", universityMember, "utilisationScore", "100.00", "externalScore", "100.00", "ratingScore", "60.00",
                "sharingRulesScore", "100.00", "score", "92.00", "grade", "EXCELLENT", "subsidy", subsidy, "capped", false);
        assertThat((List<Map<String, Object>>) preview.get("units")).filteredOn(unit -> universityMember.equals(unit.get("unit"))).containsExactly(expected);
        assertThat(preview.get("concluded")).isEqualTo(false);

        assertThat(TenantApi.onlyError(operator.execute("mutation($year: Int!) { concludeInstrumentReview(year: $year) { year } }", Map.of("year", year)))
                .getErrorType()).as("province staff conclude it").hasToString("FORBIDDEN");
        assertThat(refusal(staff.execute("mutation($year: Int!) { concludeInstrumentReview(year: $year) { year } }", Map.of("year", year + 1))))
                .as("a year under way").containsEntry("field", "year");
        Map<String, Object> concluded = ok(staff.execute("mutation($year: Int!) { concludeInstrumentReview(year: $year) { concluded rule"
                + " units { unit utilisationScore externalScore ratingScore sharingRulesScore score grade subsidy capped } } }", Map.of("year", year)),
                "concludeInstrumentReview");
        assertThat(concluded.get("concluded")).isEqualTo(true);
        assertThat((String) concluded.get("rule")).contains("封顶", "优秀≥85");
        ok(university.execute(report, Map.of("id", instrument, "input", usageReport(year + "-12", "1.00", "0.00", "0"))), "reportInstrumentUsage");
        Map<String, Object> later = ok(staff.execute(review, Map.of("year", year)), "instrumentReview");
        assertThat((List<Map<String, Object>>) later.get("units")).as("a concluded review stays as it was")
                .filteredOn(unit -> universityMember.equals(unit.get("unit"))).containsExactly(expected);
    }

    private static Map<String, Object> usageReport(String month, String effective, String external, String income) {
        return Map.of("month", month, "effectiveHours", effective, "externalHours", external, "samples", 0, "income", income);
    }

    private static final String ISSUE = "mutation($input: VoucherInput!) { issueVoucher(input: $input) { id balance } }";
    private static final String PAY = "mutation($id: ID!, $voucher: ID!, $amount: Decimal!) { payWithVoucher(id: $id, expectedVersion: 4,"
            + " voucherId: $voucher, amount: $amount) { id usage { voucherPaid } } }";

    private static Map<String, Object> voucher(String member, String amount) {
        return Map.of("memberId", member, "amount", amount, "validUntil", LocalDate.now(BEIJING).plusYears(1).toString(), "purpose", "大型仪器共享服务");
    }

    /** A booking by the enterprise, confirmed and used, its fee recorded: at version 4. */
    private String usedBooking(String instrument, Instant start, String fee) {
        String id = ok(enterprise.execute(BOOK, vars(booking(instrument, start, start.plus(1, ChronoUnit.HOURS)), enterpriseMember)), "bookInstrument.id");
        ok(university.execute("mutation($id: ID!) { confirmBooking(id: $id, expectedVersion: 1) { id } }", Map.of("id", id)), "confirmBooking");
        Instant from = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES);
        ok(university.execute(RECORD, Map.of("id", id, "v", 2, "usage", Map.of("actualStart", from.toString(),
                "actualEnd", from.plus(1, ChronoUnit.HOURS).toString(), "effectiveHours", "1.00", "fee", fee))), "recordUsage");
        ok(enterprise.execute(ACCEPT, Map.of("id", id, "v", 3, "score", 5)), "acceptService");
        return id;
    }

    private static List<ClientGraphQlResponse> all(List<Callable<ClientGraphQlResponse>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            List<ClientGraphQlResponse> answers = new ArrayList<>();
            for (Future<ClientGraphQlResponse> answer : pool.invokeAll(calls)) {
                answers.add(answer.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Map<String, Object> voucherSeenBy(TenantApi who, String id) {
        List<Map<String, Object>> vouchers = ok(who.execute("{ vouchers { id balance uses { booking amount } } }", Map.of()), "vouchers");
        return vouchers.stream().filter(v -> id.equals(v.get("id"))).findFirst().orElseThrow();
    }

    private static List<Object> vouchersSeenBy(TenantApi who) {
        List<Map<String, Object>> vouchers = ok(who.execute("{ vouchers { id } }", Map.of()), "vouchers");
        return vouchers.stream().map(v -> v.get("id")).toList();
    }

    private static final String RECORD = "mutation($id: ID!, $v: Int!, $usage: UsageInput!) { recordUsage(id: $id, expectedVersion: $v, usage: $usage) " + BOOKING + " }";
    private static final String ACCEPT = "mutation($id: ID!, $v: Int!, $score: Int!) { acceptService(id: $id, expectedVersion: $v, score: $score,"
            + " comment: \"测试数据完整，服务及时\") " + BOOKING + " }";
    private static final String CANCEL = "mutation($id: ID!, $v: Int!, $reason: String!) { cancelBooking(id: $id, expectedVersion: $v, reason: $reason) " + BOOKING + " }";

    /** The sample instrument, open every day 08:00–20:00, registered by the university and published. */
    private String publishedInstrument() {
        Map<String, Object> input = SampleInputs.valid(RecordKind.INSTRUMENT);
        input.put("openingHours", everyDay("08:00", "20:00"));
        return published(input);
    }

    private String published(Map<String, Object> input) {
        String id = ok(university.execute("mutation($input: InstrumentInput!, $member: ID) { createInstrument(input: $input, memberId: $member) { id } }",
                Map.of("input", input, "member", universityMember)), "createInstrument.id");
        operator.moveOk("publish", id, 1);
        return id;
    }

    private ClientGraphQlResponse create(TenantApi who, String member) {
        Map<String, Object> input = SampleInputs.valid(RecordKind.INSTRUMENT);
        input.put("openingHours", everyDay("08:00", "20:00"));
        return who.execute("mutation($input: InstrumentInput!, $member: ID) { createInstrument(input: $input, memberId: $member) { id } }",
                Map.of("input", input, "member", member));
    }

    private static List<Map<String, Object>> everyDay(String opens, String closes) {
        return java.util.Arrays.stream(java.time.DayOfWeek.values()).map(day -> Map.<String, Object>of("day", day.name(), "opens", opens, "closes", closes))
                .toList();
    }

    /** The hour of the day, Beijing time, some days from today. */
    private static Instant slot(int daysAhead, int hour) {
        return LocalDate.now(BEIJING).plusDays(daysAhead).atTime(LocalTime.of(hour, 0)).atZone(BEIJING).toInstant();
    }

    private static Map<String, Object> booking(String instrument, Instant start, Instant end) {
        return Map.of("instrumentId", instrument, "mode", "ON_SITE", "start", start.toString(), "end", end.toString(), "purpose", "碳纤维断口形貌观察");
    }

    private static Map<String, Object> vars(Map<String, Object> input, String member) {
        return variables("input", input, "member", member);
    }

    private List<String> instrumentsListed() {
        List<Map<String, Object>> edges = ok(bank.execute("{ instruments(first: 100) { edges { node { id } } } }", Map.of()), "instruments.edges");
        return edges.stream().map(edge -> (String) ((Map<?, ?>) edge.get("node")).get("id")).toList();
    }

    private static List<String> bookingsSeenBy(TenantApi who, String instrument) {
        List<Map<String, Object>> edges = ok(who.execute("query($id: ID) { bookings(instrumentId: $id, first: 100) { edges { node { id } } } }",
                Map.of("id", instrument)), "bookings.edges");
        return edges.stream().map(edge -> (String) ((Map<?, ?>) edge.get("node")).get("id")).toList();
    }

    private static List<Object> inboxAbout(TenantApi who, String about) {
        List<Map<String, Object>> messages = ok(who.execute("{ inbox(first: 100) { messages { topic about } } }", Map.of()), "inbox.messages");
        return messages.stream().filter(message -> about.equals(message.get("about"))).map(message -> message.get("topic")).toList();
    }

    /** The instrument's latest search entry in the change feed, read as the hub's sync reads it. */
    private Map<String, Object> searchEntryOf(String id) {
        TenantApi feed = endpoint("changchun", token("hub-sync"));
        Map<String, Object> entry = null;
        String cursor = null;
        boolean more = true;
        while (more) {
            ClientGraphQlResponse response = feed.execute("query($after: String) { changes(after: $after, first: 500) { cursor hasMore"
                    + " changes { id search { category subcategory valueBand price available } } } }", variables("after", cursor));
            Map<String, Object> page = ok(response, "changes");
            for (Object change : (List<?>) page.get("changes")) {
                if (id.equals(((Map<?, ?>) change).get("id"))) {
                    entry = (Map<String, Object>) ((Map<?, ?>) change).get("search");
                }
            }
            cursor = (String) page.get("cursor");
            more = (Boolean) page.get("hasMore");
        }
        return entry;
    }

    /** Variables where a value may be null, which Map.of refuses. */
    private static Map<String, Object> variables(Object... namesAndValues) {
        Map<String, Object> variables = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            variables.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return variables;
    }

    private static Map<String, Object> refusal(ClientGraphQlResponse response) {
        return TenantApi.onlyError(response).getExtensions();
    }

    private static <T> T ok(ClientGraphQlResponse response, String path) {
        assertThat(response.getErrors()).as(path).isEmpty();
        return response.field(path).getValue();
    }
}
