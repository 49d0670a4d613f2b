package cn.techmarket.tenant.matching;

import cn.techmarket.model.text.English;
import cn.techmarket.model.id.GlobalId;
import cn.techmarket.model.matching.MatchStatus;
import cn.techmarket.model.member.MemberKind;
import cn.techmarket.tenant.demand.Demand;
import cn.techmarket.tenant.library.Lifecycle;
import cn.techmarket.model.record.RecordKind;
import cn.techmarket.graphql.errors.BadInputException;
import cn.techmarket.tenant.library.Contact;
import cn.techmarket.tenant.library.LibraryIds;
import cn.techmarket.tenant.library.LibraryRecord;
import cn.techmarket.tenant.library.LibraryStore;
import cn.techmarket.tenant.member.Member;
import cn.techmarket.tenant.tenancy.HostedTenant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Broker-assisted matching: a match is proposed for one of this sub-market's demands, then moves
 * one step at a time as {@link MatchStatus#canMoveTo} allows, each move made only at the version
 * the broker saw and kept in the history with its actor and reason.
 */
@Component
class MatchWorkflow {

    static final Set<RecordKind> CANDIDATE_KINDS = EnumSet.of(RecordKind.ACHIEVEMENT, RecordKind.EXPERT, RecordKind.FINANCING_INSTITUTION);

    private final MatchStore store;
    private final LibraryStore library;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    MatchWorkflow(MatchStore store, LibraryStore library, Clock clock, ApplicationEventPublisher events) {
        this.store = store;
        this.library = library;
        this.clock = clock;
        this.events = events;
    }

    /** @param brokerMember the verified broker member proposing it, or the one the operators name; null when they name a broker by input */
    Match propose(HostedTenant tenant, String author, MatchInput input, Member brokerMember) {
        Demand demand = ownDemand(tenant, library, "input.demandId", input.demandId());
        GlobalId candidate = LibraryIds.decode("input.candidateId", input.candidateId());
        if (!CANDIDATE_KINDS.contains(candidate.kind())) {
            throw new BadInputException("input.candidateId", "must be an achievement, expert or financing institution, not a "
                    + candidate.kind().typeName());
        }
        if (candidate.tenantId().equals(tenant.id()) && library.find(tenant, candidate).filter(MatchWorkflow::live).isEmpty()) {
            throw new BadInputException("input.candidateId", "no such record in this sub-market");
        }
        if (store.documents().stream(tenant, where("demandId").is(input.demandId()).and("candidateId").is(input.candidateId())
                .and("status").nin(MatchStatus.SIGNED.name(), MatchStatus.CLOSED.name())).findAny().isPresent()) {
            throw new BadInputException("input.candidateId", "is already matched with this demand in an open match");
        }
        Match.Broker broker = broker(input, brokerMember);
        Instant now = clock.instant();
        List<Match.Note> notes = input.note() == null || input.note().isBlank() ? List.of() : List.of(new Match.Note(now, author, input.note().strip()));
        Match match = new Match(LibraryIds.next(), tenant.id(), input.demandId(), demand.title(), input.candidateId(), candidate.kind(),
                candidate.tenantId(), input.candidateTitle().strip(), broker,
                MatchStatus.PROPOSED, null, notes, List.of(new Match.Transition(now, author, null, MatchStatus.PROPOSED, null)), 1,
                now, author, now, demand.meta().owner(), null, null);
        store.documents().insert(tenant, match);
        events.publishEvent(new MatchChanged(tenant, match, null, author));
        return match;
    }

    private static Match.Broker broker(MatchInput input, Member member) {
        if (member != null) {
            if (member.kind() != MemberKind.BROKER) {
                throw new BadInputException("memberId", "only a technology broker (技术经纪人) member proposes matches, not a "
                        + member.kind().name().toLowerCase(Locale.ROOT));
            }
            if (input.broker() != null) {
                throw new BadInputException("input.broker", "is taken from the broker member's certificate; leave it out");
            }
            return new Match.Broker(member.name(), member.broker().certificateNumber(), member.globalId());
        }
        if (input.broker() == null) {
            throw new BadInputException("input.broker", "name the broker, or the broker member (memberId) the match is proposed for");
        }
        return new Match.Broker(input.broker().name().strip(), blankToNull(input.broker().certificateNo()), null);
    }

    /**
     * @param candidateContact the contact the broker reached at the candidate, for a move to contacted; a
     *                         candidate of this sub-market gives its own when none is given
     * @param mayMove          refuses a caller who may not move this match
     */
    Match move(HostedTenant tenant, String actor, String id, long expectedVersion, MatchStatus target, String reason,
               Contact candidateContact, Consumer<Match> mayMove) {
        Match current = store.documents().atVersion(tenant, id, expectedVersion, mayMove);
        if (!current.status().canMoveTo(target)) {
            throw BadInputException.illegalTransition("id", English.withArticle(label(current.status()) + " match") + " cannot become " + label(target));
        }
        if (target == MatchStatus.CLOSED && (reason == null || reason.isBlank())) {
            throw new BadInputException("reason", "must say why the match is closed");
        }
        if (reason != null && reason.length() > 500) {
            throw new BadInputException("reason", "must be at most 500 characters");
        }
        if (target != MatchStatus.CONTACTED && candidateContact != null) {
            throw new BadInputException("candidateContact", "is only given when the match is contacted");
        }
        Match next = target == MatchStatus.CONTACTED
                ? current.contacted(actor, clock.instant(), contactOf(tenant, current.demandId()),
                candidateContact != null ? candidateContact : contactOf(tenant, current.candidateId()))
                : current.moved(target, actor, clock.instant(), blankToNull(reason));
        store.documents().replace(tenant, current, next);
        events.publishEvent(new MatchChanged(tenant, next, current.status(), actor));
        return next;
    }

    /** The contact a record of this sub-market keeps; none for another city's, or a kind without one. */
    private Contact contactOf(HostedTenant tenant, String recordId) {
        GlobalId id = GlobalId.decode(recordId);
        return id.tenantId().equals(tenant.id()) ? library.find(tenant, id).map(LibraryRecord::contact).orElse(null) : null;
    }

    Match addNote(HostedTenant tenant, String author, String id, long expectedVersion, String text, Consumer<Match> mayNote) {
        if (text == null || text.isBlank() || text.length() > 2000) {
            throw new BadInputException("text", "must be 1 to 2000 characters");
        }
        Match current = store.documents().atVersion(tenant, id, expectedVersion, mayNote);
        if (current.status().isFinal()) {
            throw BadInputException.illegalTransition("id", English.withArticle(label(current.status()) + " match") + " takes no more notes");
        }
        Match next = current.noted(author, clock.instant(), text.strip());
        store.documents().replace(tenant, current, next);
        return next;
    }

    /** A demand of this sub-market that is not deleted, or a refusal naming the field. */
    static Demand ownDemand(HostedTenant tenant, LibraryStore library, String field, String id) {
        GlobalId demandId = LibraryIds.decode(field, id);
        if (demandId.kind() != RecordKind.DEMAND) {
            throw new BadInputException(field, "is not the id of a Demand");
        }
        if (!demandId.tenantId().equals(tenant.id())) {
            throw new BadInputException(field, "must be a demand of this sub-market, which keeps its matches");
        }
        return (Demand) library.find(tenant, demandId).filter(MatchWorkflow::live)
                .orElseThrow(() -> new BadInputException(field, "no such demand in this sub-market"));
    }

    private static boolean live(LibraryRecord record) {
        return record.meta().lifecycle() != Lifecycle.DELETED;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String label(MatchStatus status) {
        return status.name().toLowerCase(Locale.ROOT);
    }
}
