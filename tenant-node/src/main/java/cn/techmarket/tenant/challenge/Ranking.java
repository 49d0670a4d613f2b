package cn.techmarket.tenant.challenge;

import java.math.BigDecimal;

/**
 * Where an application stands in review: how many of the drawn reviewers scored it, and its score
 * (the trimmed mean of their totals).
 */
record Ranking(ChallengeApplication application, int reviews, int reviewers, BigDecimal score) {

    boolean complete() {
        return reviews == reviewers;
    }
}
