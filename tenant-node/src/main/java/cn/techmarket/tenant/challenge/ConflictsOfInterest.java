package cn.techmarket.tenant.challenge;

import cn.techmarket.tenant.crossmarket.ExpertCard;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Who may not review a list's applications (回避): an expert of an applicant's institution (the
 * lead's, a partner's, or a team member's), an expert whose profile an applicant itself publishes,
 * and an expert an applicant asked to keep off. Institutions are compared without spaces, and one
 * inside the other counts (吉林大学化学学院 is of 吉林大学).
 */
final class ConflictsOfInterest {

    /** Shorter names than this never match by containment: 大学 is nobody's institution. */
    private static final int SHORTEST_NAME = 4;

    private ConflictsOfInterest() {
    }

    static List<ReviewerDraw.Exclusion> of(List<ExpertCard> pool, List<ChallengeApplication> applications) {
        List<ReviewerDraw.Exclusion> excluded = new ArrayList<>();
        for (ExpertCard expert : pool) {
            applications.stream().map(application -> conflict(expert, application)).flatMap(Optional::stream).findFirst().ifPresent(excluded::add);
        }
        return excluded;
    }

    private static Optional<ReviewerDraw.Exclusion> conflict(ExpertCard expert, ChallengeApplication application) {
        if (application.avoid().contains(expert.id())) {
            return Optional.of(new ReviewerDraw.Exclusion(expert, "申请方申请回避", application.globalId()));
        }
        boolean applicantsOwn = expert.owner() != null && (expert.owner().equals(application.lead().memberId())
                || application.partners().stream().anyMatch(partner -> expert.owner().equals(partner.memberId())));
        if (applicantsOwn) {
            return Optional.of(new ReviewerDraw.Exclusion(expert, "本人为申请方", application.globalId()));
        }
        return application.institutions().stream().filter(name -> sameInstitution(name, expert.institution())).findFirst()
                .map(name -> new ReviewerDraw.Exclusion(expert, "与申请方同单位：" + name, application.globalId()));
    }

    static boolean sameInstitution(String one, String other) {
        if (one == null || other == null) {
            return false;
        }
        String a = one.replaceAll("\\s", "");
        String b = other.replaceAll("\\s", "");
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        return a.equals(b) || shorter.length() >= SHORTEST_NAME && longer.contains(shorter);
    }
}
