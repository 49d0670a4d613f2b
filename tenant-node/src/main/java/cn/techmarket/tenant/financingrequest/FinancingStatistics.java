package cn.techmarket.tenant.financingrequest;

import cn.techmarket.model.region.MarketTime;
import cn.techmarket.tenant.financing.FinancingInstitution;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A sub-market's bank–enterprise financing (银企对接) of one year, each event counted in the month
 * (Beijing time) it happened: requests filed and the money they asked, approvals and the money
 * approved, disbursements and the money paid out (in the month of the disbursement's date), the
 * answers also by the institution's type.
 */
record FinancingStatistics(int year, int requests, BigDecimal requested, int approvals, BigDecimal approved, int disbursements,
                           BigDecimal disbursed, List<FinancingMonth> byMonth, List<ByInstitutionType> byInstitutionType) {

    record FinancingMonth(int month, int requests, BigDecimal requested, int approvals, BigDecimal approved, int disbursements, BigDecimal disbursed) {

        static FinancingMonth empty(int month) {
            return new FinancingMonth(month, 0, BigDecimal.ZERO, 0, BigDecimal.ZERO, 0, BigDecimal.ZERO);
        }

        FinancingMonth plus(FinancingMonth o) {
            return new FinancingMonth(month, requests + o.requests, requested.add(o.requested), approvals + o.approvals, approved.add(o.approved),
                    disbursements + o.disbursements, disbursed.add(o.disbursed));
        }
    }

    record ByInstitutionType(FinancingInstitution.InstitutionType type, int approvals, BigDecimal approved, int disbursements, BigDecimal disbursed) {

        public String typeLabel() {
            return type.label();
        }

        ByInstitutionType plus(ByInstitutionType o) {
            return new ByInstitutionType(type, approvals + o.approvals, approved.add(o.approved), disbursements + o.disbursements,
                    disbursed.add(o.disbursed));
        }
    }

    static Instant startOf(int year) {
        return ZonedDateTime.of(year, 1, 1, 0, 0, 0, 0, MarketTime.ZONE).toInstant();
    }

    /** @param requests requests with any step in the year, and any disbursed in it (others are ignored) */
    static FinancingStatistics of(int year, Stream<FinancingRequest> requests) {
        Instant from = startOf(year);
        Instant to = startOf(year + 1);
        TreeMap<Integer, FinancingMonth> months = new TreeMap<>();
        Map<FinancingInstitution.InstitutionType, ByInstitutionType> types = new EnumMap<>(FinancingInstitution.InstitutionType.class);
        requests.forEach(request -> {
            if (within(request.createdAt(), from, to)) {
                int month = monthOf(request.createdAt());
                months.merge(month, new FinancingMonth(month, 1, request.amount(), 0, BigDecimal.ZERO, 0, BigDecimal.ZERO), FinancingMonth::plus);
            }
            for (FinancingRequest.Track track : request.tracks()) {
                for (FinancingRequest.Step step : track.steps()) {
                    if (step.to() == FinancingRequest.TrackStatus.APPROVED && within(step.at(), from, to)) {
                        int month = monthOf(step.at());
                        months.merge(month, new FinancingMonth(month, 0, BigDecimal.ZERO, 1, track.approved().amount(), 0, BigDecimal.ZERO),
                                FinancingMonth::plus);
                        types.merge(track.institutionType(), new ByInstitutionType(track.institutionType(), 1, track.approved().amount(), 0,
                                BigDecimal.ZERO), ByInstitutionType::plus);
                    }
                }
                FinancingRequest.Disbursement paid = track.disbursement();
                if (paid != null && paid.on().getYear() == year) {
                    int month = paid.on().getMonthValue();
                    months.merge(month, new FinancingMonth(month, 0, BigDecimal.ZERO, 0, BigDecimal.ZERO, 1, paid.amount()), FinancingMonth::plus);
                    types.merge(track.institutionType(), new ByInstitutionType(track.institutionType(), 0, BigDecimal.ZERO, 1, paid.amount()),
                            ByInstitutionType::plus);
                }
            }
        });
        FinancingMonth total = months.values().stream().reduce(FinancingMonth.empty(0), FinancingMonth::plus);
        return new FinancingStatistics(year, total.requests(), total.requested(), total.approvals(), total.approved(), total.disbursements(),
                total.disbursed(), List.copyOf(months.values()), new ArrayList<>(types.values()));
    }

    private static boolean within(Instant at, Instant from, Instant to) {
        return !at.isBefore(from) && at.isBefore(to);
    }

    private static int monthOf(Instant at) {
        return at.atZone(MarketTime.ZONE).getMonthValue();
    }
}
