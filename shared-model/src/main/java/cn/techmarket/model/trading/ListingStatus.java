package cn.techmarket.model.trading;

import java.util.EnumSet;
import java.util.Set;

/**
 * submitted (待审核) → listed (挂牌公示中) | rejected (不予挂牌); listed → suspended (暂停, an objection
 * upheld) → listed again (a fresh notice); when the notice ends: unsold (未成交), contracting (已成交,
 * a negotiated deal), awaiting choice (待确定受让方, several intents for an agreement transfer) or
 * auction (竞价中); an auction ends contracting or unsold; contracting → dealt (已签约登记) when the
 * deal's contract is registered. Submitted, listed or suspended may be withdrawn (撤牌) while nobody
 * has registered an intent.
 */
public enum ListingStatus {
    SUBMITTED("待审核"), REJECTED("不予挂牌"), LISTED("挂牌公示中"), SUSPENDED("暂停挂牌"), AWAITING_CHOICE("待确定受让方"),
    AUCTION("竞价中"), CONTRACTING("已成交待登记"), DEALT("已成交"), UNSOLD("未成交"), WITHDRAWN("已撤牌");

    private final String label;

    ListingStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean canMoveTo(ListingStatus target) {
        return next().contains(target);
    }

    /** Whether the achievement is taken by this listing: no other listing of it may start. */
    public boolean active() {
        return !EnumSet.of(REJECTED, UNSOLD, WITHDRAWN, DEALT).contains(this);
    }

    private Set<ListingStatus> next() {
        return switch (this) {
            case SUBMITTED -> EnumSet.of(LISTED, REJECTED, WITHDRAWN);
            case LISTED -> EnumSet.of(SUSPENDED, UNSOLD, CONTRACTING, AWAITING_CHOICE, AUCTION, WITHDRAWN);
            case SUSPENDED -> EnumSet.of(LISTED, WITHDRAWN);
            case AWAITING_CHOICE -> EnumSet.of(CONTRACTING);
            case AUCTION -> EnumSet.of(CONTRACTING, UNSOLD);
            case CONTRACTING -> EnumSet.of(DEALT);
            case REJECTED, DEALT, UNSOLD, WITHDRAWN -> EnumSet.noneOf(ListingStatus.class);
        };
    }
}
