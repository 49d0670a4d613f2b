package cn.techmarket.tenant.challenge;

import cn.techmarket.model.id.TypedId;
import cn.techmarket.model.member.MemberKind;
import cn.techmarket.tenant.crossmarket.ExpertCard;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The draw's rule on its own: conflicts found, never drawn over many seeds, every draw reproducible from what was recorded. */
class ReviewerDrawTest {

    private static final String[] CLEAN = {"吉林大学", "东北师范大学", "长春理工大学", "东北电力大学", "北华大学", "延边大学", "长春工业大学",
            "吉林农业大学", "中国科学院长春光学精密机械与物理研究所", "吉林省农业科学院"};

    private final String avoided = expertId("jilin", 90);
    private final String ownProfile = expertId("siping", 91);
    private final String leadMember = new TypedId("changchun", "Member", "m-lead").encode();
    private final ChallengeApplication consortium = application("a1", "长春光电测控研究院", List.of(party("吉林化纤股份有限公司")), "北京理工大学", List.of());
    private final ChallengeApplication solo = application("a2", "四平换热装备有限公司", List.of(), "四平职业大学", List.of(avoided));
    private final List<ExpertCard> pool = pool();

    @Test
    void everyKindOfConflictIsFoundWithItsReason() {
        Map<String, String> reasons = new HashMap<>();
        ConflictsOfInterest.of(pool, List.of(consortium, solo)).forEach(e -> reasons.put(e.expert().name(), e.reason()));
        assertThat(reasons).containsOnly(
                Map.entry("牵头单位专家", "与申请方同单位：长春光电测控研究院"),
                Map.entry("联合体成员专家", "与申请方同单位：吉林化纤股份有限公司"),
                Map.entry("团队成员同事", "与申请方同单位：北京理工大学"),
                Map.entry("被申请回避", "申请方申请回避"),
                Map.entry("申请人本人", "本人为申请方"));
    }

    @Test
    void tenThousandDrawsNeverPickAConflictedExpertAndEveryFreeExpertIsDrawnAboutEquallyOften() {
        List<ReviewerDraw.Exclusion> excluded = ConflictsOfInterest.of(pool, List.of(consortium, solo));
        Set<String> conflicted = new HashSet<>();
        excluded.forEach(e -> conflicted.add(e.expert().id()));
        Map<String, Integer> times = new HashMap<>();
        int draws = 10_000;
        for (long seed = 0; seed < draws; seed++) {
            List<ExpertCard> drawn = ReviewerDraw.draw(seed, pool, conflicted, 5);
            assertThat(drawn).hasSize(5).doesNotHaveDuplicates().noneMatch(expert -> conflicted.contains(expert.id()));
            drawn.forEach(expert -> times.merge(expert.id(), 1, Integer::sum));
        }
        int free = pool.size() - conflicted.size();
        assertThat(times).hasSize(free);
        double expected = draws * 5.0 / free;
        assertThat(times.values()).allSatisfy(n -> assertThat(Math.abs(n - expected) / expected).isLessThan(0.1));
    }

    @Test
    void aRecordedDrawRunsAgainToTheSameReviewersAndATamperedOneDoesNot() {
        List<ReviewerDraw.Exclusion> excluded = ConflictsOfInterest.of(pool, List.of(consortium, solo));
        Set<String> conflicted = new HashSet<>();
        excluded.forEach(e -> conflicted.add(e.expert().id()));
        List<ExpertCard> shuffledPool = new ArrayList<>(pool);
        java.util.Collections.reverse(shuffledPool);
        List<ExpertCard> drawn = ReviewerDraw.draw(20261204L, pool, conflicted, 3);
        assertThat(ReviewerDraw.draw(20261204L, shuffledPool, conflicted, 3)).as("the pool's order as given does not matter").isEqualTo(drawn);
        ReviewerDraw recorded = new ReviewerDraw("c1", "list", 20261204L, 3, pool, excluded, drawn, "province-staff", Instant.now());
        assertThat(recorded.reproduces()).isTrue();
        List<ExpertCard> swapped = new ArrayList<>(drawn);
        swapped.set(0, pool.stream().filter(e -> !drawn.contains(e) && !conflicted.contains(e.id())).findFirst().orElseThrow());
        assertThat(new ReviewerDraw("c1", "list", 20261204L, 3, pool, excluded, swapped, "province-staff", Instant.now()).reproduces()).isFalse();
        assertThat(ReviewerDraw.draw(20261205L, pool, conflicted, 3)).as("another seed, another draw").isNotEqualTo(drawn);
    }

    @Test
    void institutionsMatchWithoutSpacesAndOneInsideTheOtherButNotByAGenericWord() {
        assertThat(ConflictsOfInterest.sameInstitution("吉林大学化学学院", "吉林大学")).isTrue();
        assertThat(ConflictsOfInterest.sameInstitution("吉林 大学", "吉林大学")).isTrue();
        assertThat(ConflictsOfInterest.sameInstitution("长春理工大学", "长春理工学院")).isFalse();
        assertThat(ConflictsOfInterest.sameInstitution("大学", "吉林大学")).as("too short to stand for an institution").isFalse();
        assertThat(ConflictsOfInterest.sameInstitution(null, "吉林大学")).isFalse();
    }

    @Test
    void anApplicationsScoreDropsTheHighestAndTheLowestTotalOnce() {
        assertThat(ChallengeReview.aggregate(List.of(new BigDecimal("88"), new BigDecimal("70"), new BigDecimal("92")))).isEqualByComparingTo("88.00");
        assertThat(ChallengeReview.aggregate(List.of(new BigDecimal("80"), new BigDecimal("80"), new BigDecimal("90"), new BigDecimal("60"))))
                .isEqualByComparingTo("80.00");
        assertThat(ChallengeReview.aggregate(List.of(new BigDecimal("81"), new BigDecimal("90")))).as("too few to trim").isEqualByComparingTo("85.50");
        assertThat(ChallengeReview.aggregate(List.of())).isNull();
        assertThat(ChallengeReview.total(ChallengeInput.STANDARD_CRITERIA, List.of(new ChallengeReview.Score("技术方案先进性与可行性", 90, null),
                new ChallengeReview.Score("团队能力与研发基础", 80, null), new ChallengeReview.Score("实施计划与考核指标", 70, null),
                new ChallengeReview.Score("经费预算合理性", 100, null)))).as("(90×40 + 80×25 + 70×20 + 100×15) / 100").isEqualByComparingTo("85.00");
    }

    private List<ExpertCard> pool() {
        List<ExpertCard> experts = new ArrayList<>();
        String[] cities = {"changchun", "jilin", "siping"};
        for (int i = 0; i < 30; i++) {
            experts.add(new ExpertCard(expertId(cities[i % 3], i), cities[i % 3], "专家" + i, CLEAN[i % CLEAN.length], null));
        }
        experts.add(new ExpertCard(expertId("changchun", 80), "changchun", "牵头单位专家", "长春光电测控研究院", null));
        experts.add(new ExpertCard(expertId("jilin", 81), "jilin", "联合体成员专家", "吉林化纤股份有限公司技术中心", null));
        experts.add(new ExpertCard(expertId("siping", 82), "siping", "团队成员同事", "北京理工大学", null));
        experts.add(new ExpertCard(avoided, "jilin", "被申请回避", "吉林大学", null));
        experts.add(new ExpertCard(ownProfile, "siping", "申请人本人", "个人", leadMember));
        return experts;
    }

    private static String expertId(String city, int n) {
        return new TypedId(city, "Expert", "e" + n).encode();
    }

    private ChallengeApplication application(String id, String lead, List<ChallengeApplication.Party> partners, String teamInstitution,
                                             List<String> avoid) {
        ChallengeApplication.Party leadParty = new ChallengeApplication.Party(id.equals("a1") ? leadMember : new TypedId("siping", "Member", "m2").encode(),
                "changchun", lead, MemberKind.INSTITUTE, "someone", Instant.now());
        return new ChallengeApplication(id, "jilin-province", "c1", 1, leadParty, partners,
                List.of(new ChallengeApplication.TeamMember("周明", "教授", teamInstitution, null)), "plan", BigDecimal.TEN,
                List.of(new ChallengeApplication.PlannedMilestone("m", "d", LocalDate.now(), 100)), List.of(), avoid, Set.of("someone"), null,
                Instant.now(), Instant.now());
    }

    private static ChallengeApplication.Party party(String name) {
        return new ChallengeApplication.Party(new TypedId("jilin", "Member", "p-" + name.hashCode()).encode(), "jilin", name, MemberKind.ENTERPRISE,
                "partner", Instant.now());
    }
}
