package cn.techmarket.tenant.challenge;

import cn.techmarket.tenant.crossmarket.ExpertCard;

import java.util.List;

/** 评审任务: a list a person reviews as a drawn expert, what there is to score, and what they scored. */
record ReviewAssignment(Challenge challenge, ExpertCard expert, List<ChallengeApplication> applications, List<ChallengeReview> myReviews) {
}
