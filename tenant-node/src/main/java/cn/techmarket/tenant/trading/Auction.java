package cn.techmarket.tenant.trading;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A timed ascending auction (拍卖) among a listing's intending buyers, kept beside the listing under
 * the same id. Bids are in the order they were accepted; each beat the one before by the increment.
 *
 * @param scheduledClose when it was to close before any bid extended it
 * @param extension      a bid this close to the close extends the close by as much
 * @param closedBy       which node closed it
 */
public record Auction(String id, String tenantId, long version, String achievementTitle, BigDecimal startPrice, BigDecimal increment,
                      Instant opensAt, Instant scheduledClose, Instant closesAt, Duration extension, List<Bidder> bidders, State state,
                      List<Bid> bids, Instant closedAt, String closedBy) {

    public enum State { OPEN, CLOSED }

    /** An intending buyer, named to other bidders only by its alias until the result is published. */
    public record Bidder(String alias, String memberId, String tenantId, String name) {
    }

    /**
     * @param closesAt when the auction was to close once this bid was in
     */
    public record Bid(int sequence, String alias, BigDecimal amount, Instant at, Instant closesAt) {
    }

    /** The lowest bid that may be accepted next: the start price, then the best bid plus the increment. */
    BigDecimal minimumNext() {
        return bids.isEmpty() ? startPrice : best().orElseThrow().amount().add(increment);
    }

    public Optional<Bid> best() {
        return bids.isEmpty() ? Optional.empty() : Optional.of(bids.get(bids.size() - 1));
    }

    Optional<Bidder> bidder(String memberId) {
        return bidders.stream().filter(bidder -> bidder.memberId().equals(memberId)).findFirst();
    }

    Optional<Bidder> byAlias(String alias) {
        return bidders.stream().filter(bidder -> bidder.alias().equals(alias)).findFirst();
    }

    /** Final price ÷ start price, once closed with a bid. */
    public Optional<BigDecimal> premium() {
        return state == State.CLOSED ? best().map(bid -> bid.amount().divide(startPrice, 4, java.math.RoundingMode.HALF_UP)) : Optional.empty();
    }
}
