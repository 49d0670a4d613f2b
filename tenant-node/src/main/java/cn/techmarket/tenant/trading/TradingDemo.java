package cn.techmarket.tenant.trading;

import cn.techmarket.model.id.TypedId;
import cn.techmarket.model.record.TransferMode;
import cn.techmarket.model.trading.ListingMode;
import cn.techmarket.model.trading.ListingStatus;
import cn.techmarket.model.trading.ListingTerms;
import cn.techmarket.tenant.achievement.Achievement;
import cn.techmarket.tenant.achievement.AchievementKind;
import cn.techmarket.tenant.deadline.Deadlines;
import cn.techmarket.tenant.library.LibraryStore;
import cn.techmarket.tenant.member.DemoMembersLoaded;
import cn.techmarket.tenant.member.Member;
import cn.techmarket.tenant.member.Members;
import cn.techmarket.tenant.tenancy.HostedTenant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The demo's trading: the demo university has listed its achievement for bidding; its notice
 * started three days ago and runs ten, and the demo enterprise has registered its intent. The
 * notice ends, and is decided, as a real one would.
 */
@Component
class TradingDemo {

    private static final Logger log = LoggerFactory.getLogger(TradingDemo.class);

    private final LibraryStore library;
    private final Members members;
    private final Deadlines deadlines;
    private final AchievementTrades trades;
    private final Clock clock;

    TradingDemo(LibraryStore library, Members members, Deadlines deadlines, AchievementTrades trades, Clock clock) {
        this.library = library;
        this.members = members;
        this.deadlines = deadlines;
        this.trades = trades;
        this.clock = clock;
    }

    /** After the members' own demo (and the match that uses the same achievement), unless the city already has listings. */
    @EventListener
    @Order(100)
    void loadDemo(DemoMembersLoaded loaded) {
        HostedTenant tenant = loaded.tenant();
        if (tenant.mongo().count(new Query(), Listings.DOCUMENTS.collection()) > 0) {
            return;
        }
        String universityId = new TypedId(tenant.id(), Member.TYPE_NAME, "demo-university").encode();
        String enterpriseId = new TypedId(tenant.id(), Member.TYPE_NAME, "demo-enterprise").encode();
        List<Achievement> owned = library.ownedBy(tenant, AchievementKind.LIBRARY, List.of(universityId), 1);
        if (owned.isEmpty() || owned.get(0).meta().publishedAt() == null) {
            return;
        }
        Achievement achievement = owned.get(0);
        Member university = members.requireActive(tenant, "demo", universityId, null);
        Member enterprise = members.requireActive(tenant, "demo", enterpriseId, null);
        ListingTerms terms = achievement.transferModes().contains(TransferMode.ASSIGNMENT) ? ListingTerms.ASSIGNMENT
                : achievement.transferModes().contains(TransferMode.LICENSE) ? ListingTerms.NON_EXCLUSIVE_LICENSE : ListingTerms.EQUITY;
        BigDecimal reserve = achievement.askingPrice() != null ? achievement.askingPrice() : new BigDecimal("1000000.00");
        Instant submitted = clock.instant().minus(Duration.ofDays(4));
        Instant listed = submitted.plus(Duration.ofDays(1));
        String operator = tenant.id() + "-operator";
        String person = university.users().get(0).subject();
        Listing listing = new Listing("demo-listing", tenant.id(), 3, new TypedId(tenant.id(), "Achievement", achievement.id()).encode(),
                achievement.title(), universityId, university.name(), ListingMode.BIDDING, terms, reserve, new BigDecimal("10000.00"), 10,
                new BigDecimal("50000.00"), Duration.ofHours(2), null, ListingStatus.LISTED, null, listed, listed.plus(Duration.ofDays(10)),
                List.of(new Listing.Intent(enterpriseId, tenant.id(), enterprise.name(), enterprise.kind(), enterprise.creditCode(), "竞买人1",
                        reserve, "DEMO-BZJ-0001", enterprise.users().get(0).subject(), listed.plus(Duration.ofDays(2)))),
                List.of(), null, null, null,
                List.of(new Listing.Transition(submitted, person, null, ListingStatus.SUBMITTED, null),
                        new Listing.Transition(listed, operator, ListingStatus.SUBMITTED, ListingStatus.LISTED, null)),
                submitted, person, listed.plus(Duration.ofDays(2)));
        tenant.mongo().insert(listing, Listings.DOCUMENTS.collection());
        deadlines.schedule(tenant, ListingWorkflow.NOTICE, listing.id(), listing.noticeEndsAt());
        trades.show(tenant, listing);
        log.info("{}: loaded the demo listing", tenant.id());
    }
}
