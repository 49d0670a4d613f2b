package cn.techmarket.tenant.trading;

import cn.techmarket.model.id.GlobalId;
import cn.techmarket.model.trading.ListingStatus;
import cn.techmarket.tenant.achievement.Achievement;
import cn.techmarket.tenant.achievement.AchievementKind;
import cn.techmarket.tenant.achievement.AchievementTrade;
import cn.techmarket.tenant.documents.StaleVersionException;
import cn.techmarket.tenant.library.LibraryWriter;
import cn.techmarket.tenant.tenancy.HostedTenant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;

/**
 * Keeps each achievement's {@link AchievementTrade} in step with its latest listing: written to the
 * achievement itself, so that its page and province search (through the change feed) show it.
 */
@Component
class AchievementTrades {

    private static final Logger log = LoggerFactory.getLogger(AchievementTrades.class);

    private final LibraryWriter writer;
    private final Auctions auctions;

    AchievementTrades(LibraryWriter writer, Auctions auctions) {
        this.writer = writer;
        this.auctions = auctions;
    }

    @EventListener
    void on(ListingChanged changed) {
        show(changed.tenant(), changed.listing());
    }

    /** The listing as the achievement shows it; a listing still under review or rejected does not show. */
    void show(HostedTenant tenant, Listing listing) {
        if (listing.status() == ListingStatus.SUBMITTED || listing.status() == ListingStatus.REJECTED) {
            return;
        }
        Auction auction = listing.status() == ListingStatus.AUCTION || listing.deal() != null ? auctions.find(tenant, listing.id()) : null;
        BigDecimal bestBid = auction == null ? null : auction.best().map(Auction.Bid::amount).orElse(null);
        for (int tries = 0; tries < 5; tries++) {
            Achievement current = (Achievement) tenant.mongo().findById(GlobalId.decode(listing.achievementId()).localId(), Achievement.class,
                    AchievementKind.LIBRARY.collection());
            if (current == null) {
                return;
            }
            AchievementTrade before = current.trade();
            boolean dealt = listing.status() == ListingStatus.DEALT;
            AchievementTrade trade = new AchievementTrade(listing.globalId(), listing.status(), listing.mode(), listing.terms(), listing.reservePrice(),
                    listing.noticeEndsAt(), bestBid, auction == null ? null : auction.closesAt(),
                    dealt ? listing.terms() : before == null ? null : before.dealtTerms(),
                    dealt ? listing.updatedAt() : before == null ? null : before.dealtAt(),
                    dealt ? listing.terms().keepsAvailable() : before == null || before.available());
            if (trade.equals(before)) {
                return;
            }
            try {
                writer.update(tenant, AchievementKind.LIBRARY, current, DeadlineAuthor.MARKET, (id, meta) -> current.withTrade(trade).withMeta(meta));
                return;
            } catch (StaleVersionException edited) {
                // the owner edited it meanwhile: show the trade on the edited achievement
            }
        }
        log.warn("Achievement {} kept changing: its trade shows listing {} at its next step", listing.achievementId(), listing.id());
    }
}
