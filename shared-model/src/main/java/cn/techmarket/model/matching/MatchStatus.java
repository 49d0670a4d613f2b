package cn.techmarket.model.matching;

import java.util.EnumSet;
import java.util.Set;

/**
 * A broker's match of a demand with a candidate (撮合): proposed → contacted → negotiating →
 * signed, or closed with a reason from any open step. Signed and closed are final.
 */
public enum MatchStatus {
    PROPOSED, CONTACTED, NEGOTIATING, SIGNED, CLOSED;

    public boolean canMoveTo(MatchStatus target) {
        return next().contains(target);
    }

    public boolean isFinal() {
        return next().isEmpty();
    }

    private Set<MatchStatus> next() {
        return switch (this) {
            case PROPOSED -> EnumSet.of(CONTACTED, CLOSED);
            case CONTACTED -> EnumSet.of(NEGOTIATING, CLOSED);
            case NEGOTIATING -> EnumSet.of(SIGNED, CLOSED);
            case SIGNED, CLOSED -> EnumSet.noneOf(MatchStatus.class);
        };
    }
}
