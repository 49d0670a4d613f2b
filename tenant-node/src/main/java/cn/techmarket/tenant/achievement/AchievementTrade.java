package cn.techmarket.tenant.achievement;

import cn.techmarket.model.trading.ListingMode;
import cn.techmarket.model.trading.ListingStatus;
import cn.techmarket.model.trading.ListingTerms;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Where an achievement stands on the market, as its page and province search show it: its latest
 * listing, the best bid while an auction runs, and what its last registered deal gave away.
 *
 * @param listingId     the latest listing (global id)
 * @param bestBid       the best bid of the listing's auction, while it runs and after
 * @param dealtTerms    the terms of the last deal whose contract was registered; null when none was
 * @param available     whether it can still be offered: not after a transfer, an exclusive licence or equity, still after a non-exclusive licence
 */
public record AchievementTrade(String listingId, ListingStatus status, ListingMode mode, ListingTerms terms, BigDecimal reservePrice,
                               Instant noticeEndsAt, BigDecimal bestBid, Instant auctionClosesAt, ListingTerms dealtTerms, Instant dealtAt,
                               boolean available) {

    public String statusLabel() {
        return status.label();
    }
}
