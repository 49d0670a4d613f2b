package cn.techmarket.tenant.matching;

import cn.techmarket.model.text.English;
import cn.techmarket.model.id.GlobalId;
import cn.techmarket.model.matching.MatchStatus;
import cn.techmarket.tenant.demand.Demand;
import cn.techmarket.tenant.library.Lifecycle;
import cn.techmarket.model.record.RecordKind;
import cn.techmarket.graphql.errors.BadInputException;
import cn.techmarket.tenant.library.LibraryIds;
import cn.techmarket.tenant.library.LibraryStore;
import cn.techmarket.tenant.tenancy.HostedTenant;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

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

    MatchWorkflow(MatchStore store, LibraryStore library, Clock clock) {
        this.store = store;
        this.library = library;
        this.clock = clock;
    }

    Match propose(HostedTenant tenant, String author, MatchInput input) {
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
        Instant now = clock.instant();
        List<Match.Note> notes = input.note() == null || input.note().isBlank() ? List.of() : List.of(new Match.Note(now, author, input.note().strip()));
        Match match = new Match(LibraryIds.next(), tenant.id(), input.demandId(), demand.title(), input.candidateId(), candidate.kind(),
                candidate.tenantId(), input.candidateTitle().strip(), new Match.Broker(input.broker().name().strip(), blankToNull(input.broker().certificateNo())),
                MatchStatus.PROPOSED, null, notes, List.of(new Match.Transition(now, author, null, MatchStatus.PROPOSED, null)), 1,
                now, author, now);
        store.documents().insert(tenant, match);
        return match;
    }

    Match move(HostedTenant tenant, String actor, String id, long expectedVersion, MatchStatus target, String reason) {
        Match current = store.documents().atVersion(tenant, id, expectedVersion);
        if (!current.status().canMoveTo(target)) {
            throw BadInputException.illegalTransition("id", English.withArticle(label(current.status()) + " match") + " cannot become " + label(target));
        }
        if (target == MatchStatus.CLOSED && (reason == null || reason.isBlank())) {
            throw new BadInputException("reason", "must say why the match is closed");
        }
        if (reason != null && reason.length() > 500) {
            throw new BadInputException("reason", "must be at most 500 characters");
        }
        Match next = current.moved(target, actor, clock.instant(), blankToNull(reason));
        store.documents().replace(tenant, current, next);
        return next;
    }

    Match addNote(HostedTenant tenant, String author, String id, long expectedVersion, String text) {
        if (text == null || text.isBlank() || text.length() > 2000) {
            throw new BadInputException("text", "must be 1 to 2000 characters");
        }
        Match current = store.documents().atVersion(tenant, id, expectedVersion);
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

    private static boolean live(cn.techmarket.tenant.library.LibraryRecord record) {
        return record.meta().lifecycle() != Lifecycle.DELETED;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String label(MatchStatus status) {
        return status.name().toLowerCase(Locale.ROOT);
    }
}
