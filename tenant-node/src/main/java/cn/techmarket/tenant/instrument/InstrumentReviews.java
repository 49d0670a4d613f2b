package cn.techmarket.tenant.instrument;

import cn.techmarket.graphql.errors.BadInputException;
import cn.techmarket.model.region.MarketTime;
import cn.techmarket.tenant.tenancy.HostedTenant;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.util.Comparator;
import java.util.List;

/**
 * The annual performance review (绩效考核) and post-subsidies (后补助): previewed any time from the
 * year's utilisation, concluded once by province staff after the year is over, and then kept with
 * the rule that produced it, as contract subsidies are.
 */
@Component
class InstrumentReviews {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final InstrumentStatistics statistics;
    private final ReviewProperties rules;
    private final Clock clock;

    InstrumentReviews(InstrumentStatistics statistics, ReviewProperties rules, Clock clock) {
        this.statistics = statistics;
        this.rules = rules;
        this.clock = clock;
    }

    /** The concluded review of the year, or a preview from today's figures. */
    InstrumentReview of(HostedTenant tenant, int year) {
        InstrumentReview concluded = tenant.mongo().findById(year, InstrumentReview.class, InstrumentReview.COLLECTION);
        return concluded != null ? concluded : compute(tenant, year, false, null, null);
    }

    InstrumentReview conclude(HostedTenant tenant, String actor, int year) {
        if (year >= Year.now(clock.withZone(MarketTime.ZONE)).getValue()) {
            throw new BadInputException("year", "a year is reviewed once it is over");
        }
        InstrumentReview earlier = tenant.mongo().findById(year, InstrumentReview.class, InstrumentReview.COLLECTION);
        if (earlier != null) {
            return earlier; // concluded already: the review stands as it was
        }
        InstrumentReview review = compute(tenant, year, true, clock.instant(), actor);
        try {
            tenant.mongo().insert(review, InstrumentReview.COLLECTION);
        } catch (DuplicateKeyException concludedMeanwhile) {
            return tenant.mongo().findById(year, InstrumentReview.class, InstrumentReview.COLLECTION);
        }
        return review;
    }

    private InstrumentReview compute(HostedTenant tenant, int year, boolean concluded, Instant at, String actor) {
        List<InstrumentReview.UnitReview> units = statistics.of(tenant, year).units().stream().map(this::review)
                .sorted(Comparator.comparing(InstrumentReview.UnitReview::score).reversed().thenComparing(InstrumentReview.UnitReview::managingUnit))
                .toList();
        BigDecimal total = units.stream().map(InstrumentReview.UnitReview::subsidy).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        return new InstrumentReview(year, concluded, rules.describe(), units, total, at, actor);
    }

    InstrumentReview.UnitReview review(InstrumentStatistics.UnitYear unit) {
        BigDecimal utilisation = capped(unit.utilisationPercent().multiply(HUNDRED).divide(rules.targetUtilisationPercent(), 2, RoundingMode.HALF_UP));
        BigDecimal external = capped(unit.externalSharePercent().multiply(HUNDRED).divide(rules.targetExternalPercent(), 2, RoundingMode.HALF_UP));
        BigDecimal rating = unit.rating() == null ? rules.unratedScore().setScale(2)
                : BigDecimal.valueOf(unit.rating()).subtract(BigDecimal.ONE).multiply(HUNDRED).divide(BigDecimal.valueOf(4), 2, RoundingMode.HALF_UP);
        BigDecimal sharing = unit.sharingRulesPublished() ? HUNDRED.setScale(2) : BigDecimal.ZERO.setScale(2);
        ReviewProperties.Weights weights = rules.weights();
        BigDecimal score = utilisation.multiply(BigDecimal.valueOf(weights.utilisation()))
                .add(external.multiply(BigDecimal.valueOf(weights.external())))
                .add(rating.multiply(BigDecimal.valueOf(weights.rating())))
                .add(sharing.multiply(BigDecimal.valueOf(weights.sharingRules())))
                .divide(BigDecimal.valueOf(weights.total()), 2, RoundingMode.HALF_UP);
        InstrumentReview.Grade grade = score.compareTo(rules.grades().excellent()) >= 0 ? InstrumentReview.Grade.EXCELLENT
                : score.compareTo(rules.grades().good()) >= 0 ? InstrumentReview.Grade.GOOD
                : score.compareTo(rules.grades().pass()) >= 0 ? InstrumentReview.Grade.PASS : InstrumentReview.Grade.FAIL;
        BigDecimal perHour = switch (grade) {
            case EXCELLENT -> rules.subsidyPerExternalHour().excellent();
            case GOOD -> rules.subsidyPerExternalHour().good();
            case PASS -> rules.subsidyPerExternalHour().pass();
            case FAIL -> BigDecimal.ZERO;
        };
        BigDecimal earned = unit.externalHours().multiply(perHour).setScale(2, RoundingMode.HALF_UP);
        boolean cappedSubsidy = earned.compareTo(rules.subsidyCap()) > 0;
        return new InstrumentReview.UnitReview(unit.unit(), unit.managingUnit(), unit.instruments(), unit.utilisationPercent(),
                unit.externalSharePercent(), unit.externalHours(), unit.rating(), unit.sharingRulesPublished(), utilisation, external, rating, sharing,
                score, grade, cappedSubsidy ? rules.subsidyCap().setScale(2) : earned, cappedSubsidy);
    }

    private static BigDecimal capped(BigDecimal score) {
        return score.min(HUNDRED.setScale(2));
    }
}
