package cn.techmarket.tenant.activity;

import cn.techmarket.model.region.MarketTime;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A market's activities of one year, each counted with everything that came of it in the month
 * (Beijing time) it began: activities held by kind (cancelled ones are not), exhibits shown,
 * seats taken and attendance (签到), intention agreements (意向协议) and their amounts, matches
 * started, financing intentions (融资意向) and their amounts.
 */
record ActivityStatistics(int year, int activities, int exhibitions, int roadshows, int fairs, int bankEnterprise, int exhibits, int registered,
                          int attended, int agreements, BigDecimal agreementAmount, int matchesStarted, int financingIntentions,
                          BigDecimal financingAmount, List<ActivityMonth> byMonth) {

    record ActivityMonth(int month, int activities, int exhibitions, int roadshows, int fairs, int bankEnterprise, int exhibits, int registered,
                         int attended, int agreements, BigDecimal agreementAmount, int matchesStarted, int financingIntentions,
                         BigDecimal financingAmount) {

        static ActivityMonth empty(int month) {
            return new ActivityMonth(month, 0, 0, 0, 0, 0, 0, 0, 0, 0, BigDecimal.ZERO, 0, 0, BigDecimal.ZERO);
        }

        ActivityMonth plus(ActivityMonth o) {
            return new ActivityMonth(month, activities + o.activities, exhibitions + o.exhibitions, roadshows + o.roadshows, fairs + o.fairs,
                    bankEnterprise + o.bankEnterprise, exhibits + o.exhibits, registered + o.registered, attended + o.attended,
                    agreements + o.agreements, agreementAmount.add(o.agreementAmount), matchesStarted + o.matchesStarted,
                    financingIntentions + o.financingIntentions, financingAmount.add(o.financingAmount));
        }
    }

    static Instant startOf(int year) {
        return ZonedDateTime.of(year, 1, 1, 0, 0, 0, 0, MarketTime.ZONE).toInstant();
    }

    /** @param activities activities beginning in the year; @param rosters their rosters by activity id */
    static ActivityStatistics of(int year, Stream<Activity> activities, Map<String, Roster> rosters) {
        TreeMap<Integer, ActivityMonth> months = new TreeMap<>();
        activities.filter(a -> a.status() == Activity.Status.PUBLISHED || a.status() == Activity.Status.CONCLUDED).forEach(activity -> {
            int month = activity.startsAt().atZone(MarketTime.ZONE).getMonthValue();
            Roster roster = rosters.get(activity.id());
            List<Roster.Registration> registrations = roster == null ? List.of() : roster.registrations();
            List<Activity.Outcome> outcomes = activity.outcomes();
            months.merge(month, new ActivityMonth(month, 1, is(activity, Activity.Kind.EXHIBITION), is(activity, Activity.Kind.ROADSHOW),
                    is(activity, Activity.Kind.FAIR), is(activity, Activity.Kind.BANK_ENTERPRISE),
                    (int) activity.participants().stream().filter(p -> p.role() == Activity.Role.EXHIBIT && p.consent() == Activity.Consent.ACCEPTED).count(),
                    (int) registrations.stream().filter(r -> r.status().seated()).count(),
                    (int) registrations.stream().filter(r -> r.status() == Roster.Status.CHECKED_IN).count(),
                    count(outcomes, Activity.OutcomeKind.INTENTION_AGREEMENT), amount(outcomes, Activity.OutcomeKind.INTENTION_AGREEMENT),
                    count(outcomes, Activity.OutcomeKind.MATCH_STARTED), count(outcomes, Activity.OutcomeKind.FINANCING_INTENTION),
                    amount(outcomes, Activity.OutcomeKind.FINANCING_INTENTION)), ActivityMonth::plus);
        });
        ActivityMonth t = months.values().stream().reduce(ActivityMonth.empty(0), ActivityMonth::plus);
        return new ActivityStatistics(year, t.activities(), t.exhibitions(), t.roadshows(), t.fairs(), t.bankEnterprise(), t.exhibits(), t.registered(),
                t.attended(), t.agreements(), t.agreementAmount(), t.matchesStarted(), t.financingIntentions(), t.financingAmount(),
                List.copyOf(months.values()));
    }

    private static int is(Activity activity, Activity.Kind kind) {
        return activity.kind() == kind ? 1 : 0;
    }

    private static int count(List<Activity.Outcome> outcomes, Activity.OutcomeKind kind) {
        return (int) outcomes.stream().filter(o -> o.kind() == kind).count();
    }

    private static BigDecimal amount(List<Activity.Outcome> outcomes, Activity.OutcomeKind kind) {
        return outcomes.stream().filter(o -> o.kind() == kind && o.amount() != null).map(Activity.Outcome::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
