package cn.techmarket.tenant.matching;

import cn.techmarket.model.id.TypedId;
import cn.techmarket.model.matching.MatchStatus;
import cn.techmarket.model.record.RecordKind;
import cn.techmarket.tenant.demand.Demand;
import cn.techmarket.tenant.library.Contact;
import cn.techmarket.tenant.library.LibraryKinds;
import cn.techmarket.tenant.library.LibraryRecord;
import cn.techmarket.tenant.library.LibraryStore;
import cn.techmarket.tenant.member.DemoMembersLoaded;
import cn.techmarket.tenant.member.Member;
import cn.techmarket.tenant.member.Members;
import cn.techmarket.tenant.tenancy.HostedTenant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The demo's matchmaking: the demo broker has put the demo enterprise's demand in touch with the
 * demo university's achievement, so that the enterprise sees a contacted match with whom to call,
 * and the broker a record of the year.
 */
@Component
class MatchDemo {

    private static final Logger log = LoggerFactory.getLogger(MatchDemo.class);

    private final MatchStore store;
    private final LibraryStore library;
    private final LibraryKinds kinds;
    private final Members members;
    private final Clock clock;

    MatchDemo(MatchStore store, LibraryStore library, LibraryKinds kinds, Members members, Clock clock) {
        this.store = store;
        this.library = library;
        this.kinds = kinds;
        this.members = members;
        this.clock = clock;
    }

    /** Adds the demo match once the demo members are there, unless the city already has matches. */
    @EventListener
    void loadDemo(DemoMembersLoaded loaded) {
        HostedTenant tenant = loaded.tenant();
        if (tenant.mongo().count(new Query(), store.documents().collection()) > 0) {
            return;
        }
        Optional<LibraryRecord> demand = ownedBy(tenant, "demo-enterprise", RecordKind.DEMAND);
        Optional<LibraryRecord> achievement = ownedBy(tenant, "demo-university", RecordKind.ACHIEVEMENT);
        List<String> brokers = members.peopleOf(tenant, memberId(tenant, "demo-broker"));
        if (demand.isEmpty() || achievement.isEmpty() || brokers.isEmpty()) {
            return;
        }
        Member broker = members.requireActive(tenant, "demo", memberId(tenant, "demo-broker"), null);
        String person = brokers.get(0);
        Instant proposed = clock.instant().minus(Duration.ofDays(12));
        Instant contacted = proposed.plus(Duration.ofDays(3));
        Demand wanted = (Demand) demand.get();
        LibraryRecord offered = achievement.get();
        String offeredTitle = kinds.of(RecordKind.ACHIEVEMENT).searchEntry(offered).title();
        Match match = new Match("demo-match", tenant.id(), wanted.globalId().encode(), wanted.title(), offered.globalId().encode(),
                RecordKind.ACHIEVEMENT, tenant.id(), offeredTitle,
                new Match.Broker(broker.name(), broker.broker().certificateNumber(), broker.globalId()), MatchStatus.CONTACTED, null,
                List.of(new Match.Note(proposed, person, "双方技术方向吻合，建议先做小试验证。")),
                List.of(new Match.Transition(proposed, person, null, MatchStatus.PROPOSED, null),
                        new Match.Transition(contacted, person, MatchStatus.PROPOSED, MatchStatus.CONTACTED, null)),
                2, proposed, person, contacted, wanted.meta().owner(), contactOf(tenant, wanted), contactOf(tenant, offered));
        store.documents().insert(tenant, match);
        log.info("{}: loaded the demo match", tenant.id());
    }

    /** The record's contact, or its owner's when the record names none: whom the broker reached. */
    private Contact contactOf(HostedTenant tenant, LibraryRecord record) {
        return record.contact() != null ? record.contact() : members.requireActive(tenant, "demo", record.meta().owner(), null).contact();
    }

    private Optional<LibraryRecord> ownedBy(HostedTenant tenant, String member, RecordKind kind) {
        return library.ownedBy(tenant, kinds.of(kind).library(), List.of(memberId(tenant, member)), 1).stream()
                .map(LibraryRecord.class::cast).findFirst();
    }

    private static String memberId(HostedTenant tenant, String localId) {
        return new TypedId(tenant.id(), Member.TYPE_NAME, localId).encode();
    }
}
