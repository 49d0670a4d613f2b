package cn.techmarket.tenant.challenge;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;

/**
 * One drawn reviewer's scores of one application (评审意见): each criterion 0–100 with a comment,
 * and the weighted total. Recorded by the market's operators from the review meeting's sheets;
 * recorded again (a correction) it replaces the earlier one until a winner is selected.
 *
 * @param id          the application's local id and the reviewer's place in the draw: one per pair
 * @param expertId    the reviewer (global id); never shown to applicants
 */
public record ChallengeReview(String id, String challengeId, String applicationId, String expertId, List<Score> scores, BigDecimal total,
                              String actor, Instant at) {

    public record Score(String criterion, int score, String comment) {
    }

    /** Σ score × weight / Σ weight, to two places. */
    static BigDecimal total(List<Challenge.Criterion> criteria, List<Score> scores) {
        int weights = criteria.stream().mapToInt(Challenge.Criterion::weight).sum();
        long weighted = 0;
        for (Challenge.Criterion criterion : criteria) {
            int score = scores.stream().filter(s -> s.criterion().equals(criterion.name())).findFirst().orElseThrow().score();
            weighted += (long) score * criterion.weight();
        }
        return BigDecimal.valueOf(weighted).divide(BigDecimal.valueOf(weights), 2, RoundingMode.HALF_UP);
    }

    /**
     * An application's score: the mean of its reviewers' totals, the highest and the lowest dropped
     * once each when there are three or more (去掉一个最高分和一个最低分); null without reviews.
     */
    static BigDecimal aggregate(List<BigDecimal> totals) {
        if (totals.isEmpty()) {
            return null;
        }
        List<BigDecimal> sorted = totals.stream().sorted().toList();
        List<BigDecimal> kept = sorted.size() >= 3 ? sorted.subList(1, sorted.size() - 1) : sorted;
        return kept.stream().reduce(BigDecimal.ZERO, BigDecimal::add).divide(BigDecimal.valueOf(kept.size()), 2, RoundingMode.HALF_UP);
    }
}
