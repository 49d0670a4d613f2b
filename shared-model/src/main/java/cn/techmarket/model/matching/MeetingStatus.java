package cn.techmarket.model.matching;

import java.util.EnumSet;
import java.util.Set;

/**
 * An enterprise's request to meet an expert picked from its expert menu (专家菜单): requested →
 * scheduled (a time agreed) → held, or declined by the expert, or cancelled by the enterprise
 * while not yet held. Held, declined and cancelled are final.
 */
public enum MeetingStatus {
    REQUESTED, SCHEDULED, HELD, DECLINED, CANCELLED;

    public boolean canMoveTo(MeetingStatus target) {
        return next().contains(target);
    }

    private Set<MeetingStatus> next() {
        return switch (this) {
            case REQUESTED -> EnumSet.of(SCHEDULED, DECLINED, CANCELLED);
            case SCHEDULED -> EnumSet.of(HELD, DECLINED, CANCELLED);
            case HELD, DECLINED, CANCELLED -> EnumSet.noneOf(MeetingStatus.class);
        };
    }
}
