package cn.techmarket.tenant.challenge;

import cn.techmarket.tenant.crossmarket.ExpertCard;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A draw of reviewers (专家抽取), kept whole so that anyone auditing it can run it again: the pool
 * as it was (the field's experts in every market, in id order), who was excluded and why, the seed,
 * and who was drawn. {@link #draw} is the whole rule: the experts left after the exclusions, in id
 * order, shuffled by {@link Collections#shuffle(List, java.util.Random)} with a {@link Random}
 * seeded by the seed (both algorithms are fixed by the Java specification), the first
 * {@code count} taken.
 *
 * @param id the list's local id: one draw per list
 */
public record ReviewerDraw(String id, String challengeId, long seed, int count, List<ExpertCard> pool, List<Exclusion> excluded,
                           List<ExpertCard> drawn, String actor, Instant at) {

    /** An expert kept out of the draw, the reason in words, and the application that caused it. */
    public record Exclusion(ExpertCard expert, String reason, String applicationId) {
    }

    public static List<ExpertCard> draw(long seed, List<ExpertCard> pool, Set<String> excludedIds, int count) {
        List<ExpertCard> eligible = new ArrayList<>(pool.stream().filter(expert -> !excludedIds.contains(expert.id()))
                .sorted(java.util.Comparator.comparing(ExpertCard::id)).toList());
        Collections.shuffle(eligible, new Random(seed));
        return List.copyOf(eligible.subList(0, Math.min(count, eligible.size())));
    }

    /** Whether running the rule again on what was recorded draws the same experts. */
    public boolean reproduces() {
        return draw(seed, pool, excludedIds(), count).equals(drawn);
    }

    Set<String> excludedIds() {
        return excluded.stream().map(exclusion -> exclusion.expert().id()).collect(java.util.stream.Collectors.toSet());
    }

    boolean drew(String expertId) {
        return drawn.stream().anyMatch(expert -> expert.id().equals(expertId));
    }
}
