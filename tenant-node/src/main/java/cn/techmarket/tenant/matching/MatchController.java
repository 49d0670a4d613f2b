package cn.techmarket.tenant.matching;

import cn.techmarket.graphql.security.Caller;
import cn.techmarket.model.matching.MatchStatus;
import cn.techmarket.model.matching.MeetingStatus;
import cn.techmarket.tenant.library.ContactInput;
import cn.techmarket.tenant.member.Member;
import cn.techmarket.tenant.member.Members;
import cn.techmarket.tenant.tenancy.Author;
import cn.techmarket.graphql.errors.CalendarYears;
import cn.techmarket.tenant.tenancy.HostedTenant;
import jakarta.validation.Valid;
import org.springframework.data.domain.Window;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Controller;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Matches and meeting requests: changed by this sub-market's operators, a broker member its own
 * matches, a demand's owner its meeting requests ({@link MatchParties}); read by them, province
 * staff, and the other city involved ({@link Involvement}).
 */
@Controller
class MatchController {

    private final MatchStore store;
    private final MatchWorkflow workflow;
    private final ExpertMenu menu;
    private final MatchParties parties;
    private final SignedMatches signedMatches;
    private final Members members;
    private final BrokerRecords brokers;

    MatchController(MatchStore store, MatchWorkflow workflow, ExpertMenu menu, MatchParties parties, Members members, BrokerRecords brokers,
                    SignedMatches signedMatches) {
        this.signedMatches = signedMatches;
        this.brokers = brokers;
        this.store = store;
        this.workflow = workflow;
        this.menu = menu;
        this.parties = parties;
        this.members = members;
    }

    record MatchFilter(MatchStatus status, String demandId) {
    }

    @QueryMapping
    Window<Match> matches(@ContextValue HostedTenant tenant, @ContextValue(name = Caller.CONTEXT_KEY) Caller caller,
                          @Argument MatchFilter filter, ScrollSubrange subrange) {
        List<Criteria> criteria = new ArrayList<>(List.of(Involvement.visibleTo(caller, tenant, "candidateTenantId",
                parties.of(tenant, caller), "demandOwner", "broker.memberId")));
        if (filter != null && filter.status() != null) {
            criteria.add(where("status").is(filter.status().name()));
        }
        if (filter != null && filter.demandId() != null) {
            criteria.add(where("demandId").is(filter.demandId()));
        }
        return store.documents().page(tenant, new Criteria().andOperator(criteria), subrange);
    }

    @QueryMapping
    Match match(@ContextValue HostedTenant tenant, @ContextValue(name = Caller.CONTEXT_KEY) Caller caller, @Argument String id) {
        return store.documents().find(tenant, "id", id)
                .filter(match -> Involvement.sees(caller, tenant, match.candidateTenantId(), match.involvesOneOf(parties.of(tenant, caller))))
                .orElse(null);
    }

    @QueryMapping
    Window<MeetingRequest> meetingRequests(@ContextValue HostedTenant tenant, @ContextValue(name = Caller.CONTEXT_KEY) Caller caller,
                                           @Argument String demandId, ScrollSubrange subrange) {
        Criteria visible = Involvement.visibleTo(caller, tenant, "expertTenantId", parties.of(tenant, caller), "demandOwner");
        Criteria criteria = demandId == null ? visible : new Criteria().andOperator(visible, where("demandId").is(demandId));
        return store.meetings().page(tenant, criteria, subrange);
    }

    /** This sub-market's verified brokers' year, the largest turnover first. */
    @QueryMapping
    List<BrokerPerformance> brokerRanking(@ContextValue HostedTenant tenant, @Argument int year) {
        return brokers.ranking(tenant, year);
    }

    /** A broker member's own year; null for other members. */
    @SchemaMapping(typeName = "Member")
    BrokerPerformance brokerPerformance(Member member, @ContextValue HostedTenant tenant, @Argument int year) {
        return brokers.of(tenant, member, year);
    }

    @QueryMapping
    MatchStatistics matchStatistics(@ContextValue HostedTenant tenant, @Argument int year) {
        CalendarYears.require("year", year);
        Criteria inYear = where("history.at").gte(MatchStatistics.startOf(year)).lt(MatchStatistics.startOf(year + 1));
        try (var matches = store.documents().stream(tenant, inYear)) {
            return MatchStatistics.of(year, matches);
        }
    }

    @SchemaMapping(typeName = "Match", field = "id")
    String matchId(Match match) {
        return match.globalId();
    }

    @SchemaMapping(typeName = "MeetingRequest", field = "id")
    String meetingRequestId(MeetingRequest request) {
        return request.globalId();
    }

    @MutationMapping
    Match proposeMatch(@ContextValue HostedTenant tenant, @ContextValue Caller caller, @ContextValue(name = Author.CONTEXT_KEY) String author,
                       @Argument @Valid MatchInput input, @Argument String memberId) {
        Member broker = members.actingFor(tenant, caller, "memberId", memberId, "name the broker member you propose this match as");
        return workflow.propose(tenant, author, input, broker);
    }

    @MutationMapping
    Match contactMatch(@ContextValue HostedTenant tenant, @ContextValue Caller caller, @ContextValue(name = Author.CONTEXT_KEY) String author,
                       @Argument String id, @Argument long expectedVersion, @Argument @Valid ContactInput candidateContact) {
        return workflow.move(tenant, author, id, expectedVersion, MatchStatus.CONTACTED, null, ContactInput.toContact(candidateContact),
                broker(tenant, caller));
    }

    @MutationMapping
    Match negotiateMatch(@ContextValue HostedTenant tenant, @ContextValue Caller caller, @ContextValue(name = Author.CONTEXT_KEY) String author,
                         @Argument String id, @Argument long expectedVersion) {
        return workflow.move(tenant, author, id, expectedVersion, MatchStatus.NEGOTIATING, null, null, broker(tenant, caller));
    }

    @MutationMapping
    Match signMatchByContract(@ContextValue HostedTenant tenant, @ContextValue Caller caller, @ContextValue(name = Author.CONTEXT_KEY) String author,
                              @Argument String id, @Argument String contractId) {
        return signedMatches.signByContract(tenant, caller, author, id, contractId);
    }

    @MutationMapping
    Match signMatch(@ContextValue HostedTenant tenant, @ContextValue Caller caller, @ContextValue(name = Author.CONTEXT_KEY) String author,
                    @Argument String id, @Argument long expectedVersion) {
        return workflow.move(tenant, author, id, expectedVersion, MatchStatus.SIGNED, null, null, broker(tenant, caller));
    }

    @MutationMapping
    Match closeMatch(@ContextValue HostedTenant tenant, @ContextValue Caller caller, @ContextValue(name = Author.CONTEXT_KEY) String author,
                     @Argument String id, @Argument long expectedVersion, @Argument String reason) {
        return workflow.move(tenant, author, id, expectedVersion, MatchStatus.CLOSED, reason, null, broker(tenant, caller));
    }

    @MutationMapping
    Match addMatchNote(@ContextValue HostedTenant tenant, @ContextValue Caller caller, @ContextValue(name = Author.CONTEXT_KEY) String author,
                       @Argument String id, @Argument long expectedVersion, @Argument String text) {
        return workflow.addNote(tenant, author, id, expectedVersion, text, broker(tenant, caller));
    }

    @MutationMapping
    List<MeetingRequest> requestExpertMeetings(@ContextValue HostedTenant tenant, @ContextValue Caller caller,
                                               @ContextValue(name = Author.CONTEXT_KEY) String author, @Argument @Valid MeetingRequestInput input) {
        return menu.request(tenant, author, input, demand -> parties.requireDemandOwner(tenant, caller, "input.demandId", demand));
    }

    @MutationMapping
    MeetingRequest scheduleMeeting(@ContextValue HostedTenant tenant, @ContextValue(name = Author.CONTEXT_KEY) String author,
                                   @Argument String id, @Argument long expectedVersion, @Argument Instant scheduledAt) {
        return menu.move(tenant, author, id, expectedVersion, MeetingStatus.SCHEDULED, scheduledAt, null, OPERATORS_ONLY);
    }

    @MutationMapping
    MeetingRequest holdMeeting(@ContextValue HostedTenant tenant, @ContextValue(name = Author.CONTEXT_KEY) String author,
                               @Argument String id, @Argument long expectedVersion) {
        return menu.move(tenant, author, id, expectedVersion, MeetingStatus.HELD, null, null, OPERATORS_ONLY);
    }

    @MutationMapping
    MeetingRequest declineMeeting(@ContextValue HostedTenant tenant, @ContextValue(name = Author.CONTEXT_KEY) String author,
                                  @Argument String id, @Argument long expectedVersion, @Argument String reason) {
        return menu.move(tenant, author, id, expectedVersion, MeetingStatus.DECLINED, null, reason, OPERATORS_ONLY);
    }

    /** The operators, or the demand's owner, who asked. */
    @MutationMapping
    MeetingRequest cancelMeeting(@ContextValue HostedTenant tenant, @ContextValue Caller caller, @ContextValue(name = Author.CONTEXT_KEY) String author,
                                 @Argument String id, @Argument long expectedVersion, @Argument String reason) {
        return menu.move(tenant, author, id, expectedVersion, MeetingStatus.CANCELLED, null, reason,
                request -> parties.requireDemandOwnerOf(tenant, caller, request));
    }

    /** The schema admits only the operators to these steps. */
    private static final java.util.function.Consumer<MeetingRequest> OPERATORS_ONLY = request -> {
    };

    private java.util.function.Consumer<Match> broker(HostedTenant tenant, Caller caller) {
        return match -> parties.requireBroker(tenant, caller, match);
    }
}
