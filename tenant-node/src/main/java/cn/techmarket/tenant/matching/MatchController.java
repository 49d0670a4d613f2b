package cn.techmarket.tenant.matching;

import cn.techmarket.graphql.security.Caller;
import cn.techmarket.model.matching.MatchStatus;
import cn.techmarket.model.matching.MeetingStatus;
import cn.techmarket.tenant.tenancy.Author;
import cn.techmarket.graphql.errors.BadInputException;
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
 * Matches and meeting requests: changed by this sub-market's operators only (the schema's
 * {@code @access}); read by them, province staff, and the other city involved ({@link Involvement}).
 */
@Controller
class MatchController {

    private final MatchStore store;
    private final MatchWorkflow workflow;
    private final ExpertMenu menu;

    MatchController(MatchStore store, MatchWorkflow workflow, ExpertMenu menu) {
        this.store = store;
        this.workflow = workflow;
        this.menu = menu;
    }

    record MatchFilter(MatchStatus status, String demandId) {
    }

    @QueryMapping
    Window<Match> matches(@ContextValue HostedTenant tenant, @ContextValue(name = Caller.CONTEXT_KEY) Caller caller,
                          @Argument MatchFilter filter, ScrollSubrange subrange) {
        List<Criteria> criteria = new ArrayList<>(List.of(Involvement.visibleTo(caller, tenant, "candidateTenantId")));
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
        return store.documents().find(tenant, "id", id).filter(match -> Involvement.sees(caller, tenant, match.candidateTenantId())).orElse(null);
    }

    @QueryMapping
    Window<MeetingRequest> meetingRequests(@ContextValue HostedTenant tenant, @ContextValue(name = Caller.CONTEXT_KEY) Caller caller,
                                           @Argument String demandId, ScrollSubrange subrange) {
        Criteria visible = Involvement.visibleTo(caller, tenant, "expertTenantId");
        Criteria criteria = demandId == null ? visible : new Criteria().andOperator(visible, where("demandId").is(demandId));
        return store.meetings().page(tenant, criteria, subrange);
    }

    @QueryMapping
    MatchStatistics matchStatistics(@ContextValue HostedTenant tenant, @Argument int year) {
        if (year < 1980 || year > 2200) {
            throw new BadInputException("year", "must be a calendar year such as 2026");
        }
        Criteria inYear = where("history.at").gte(MatchStatistics.startOf(year)).lt(MatchStatistics.startOf(year + 1));
        try (var matches = store.documents().stream(tenant, inYear)) {
            return MatchStatistics.of(year, matches);
        }
    }

    @SchemaMapping(typeName = "Match", field = "id")
    String matchId(Match match) {
        return store.documents().globalId(match.tenantId(), match.id());
    }

    @SchemaMapping(typeName = "MeetingRequest", field = "id")
    String meetingRequestId(MeetingRequest request) {
        return store.meetings().globalId(request.tenantId(), request.id());
    }

    @MutationMapping
    Match proposeMatch(@ContextValue HostedTenant tenant, @ContextValue(name = Author.CONTEXT_KEY) String author,
                       @Argument @Valid MatchInput input) {
        return workflow.propose(tenant, author, input);
    }

    @MutationMapping
    Match contactMatch(@ContextValue HostedTenant tenant, @ContextValue(name = Author.CONTEXT_KEY) String author, @Argument String id,
                       @Argument long expectedVersion) {
        return workflow.move(tenant, author, id, expectedVersion, MatchStatus.CONTACTED, null);
    }

    @MutationMapping
    Match negotiateMatch(@ContextValue HostedTenant tenant, @ContextValue(name = Author.CONTEXT_KEY) String author, @Argument String id,
                         @Argument long expectedVersion) {
        return workflow.move(tenant, author, id, expectedVersion, MatchStatus.NEGOTIATING, null);
    }

    @MutationMapping
    Match signMatch(@ContextValue HostedTenant tenant, @ContextValue(name = Author.CONTEXT_KEY) String author, @Argument String id,
                    @Argument long expectedVersion) {
        return workflow.move(tenant, author, id, expectedVersion, MatchStatus.SIGNED, null);
    }

    @MutationMapping
    Match closeMatch(@ContextValue HostedTenant tenant, @ContextValue(name = Author.CONTEXT_KEY) String author, @Argument String id,
                     @Argument long expectedVersion, @Argument String reason) {
        return workflow.move(tenant, author, id, expectedVersion, MatchStatus.CLOSED, reason);
    }

    @MutationMapping
    Match addMatchNote(@ContextValue HostedTenant tenant, @ContextValue(name = Author.CONTEXT_KEY) String author, @Argument String id,
                       @Argument long expectedVersion, @Argument String text) {
        return workflow.addNote(tenant, author, id, expectedVersion, text);
    }

    @MutationMapping
    List<MeetingRequest> requestExpertMeetings(@ContextValue HostedTenant tenant, @ContextValue(name = Author.CONTEXT_KEY) String author,
                                               @Argument @Valid MeetingRequestInput input) {
        return menu.request(tenant, author, input);
    }

    @MutationMapping
    MeetingRequest scheduleMeeting(@ContextValue HostedTenant tenant, @ContextValue(name = Author.CONTEXT_KEY) String author,
                                   @Argument String id, @Argument long expectedVersion, @Argument Instant scheduledAt) {
        return menu.move(tenant, author, id, expectedVersion, MeetingStatus.SCHEDULED, scheduledAt, null);
    }

    @MutationMapping
    MeetingRequest holdMeeting(@ContextValue HostedTenant tenant, @ContextValue(name = Author.CONTEXT_KEY) String author,
                               @Argument String id, @Argument long expectedVersion) {
        return menu.move(tenant, author, id, expectedVersion, MeetingStatus.HELD, null, null);
    }

    @MutationMapping
    MeetingRequest declineMeeting(@ContextValue HostedTenant tenant, @ContextValue(name = Author.CONTEXT_KEY) String author,
                                  @Argument String id, @Argument long expectedVersion, @Argument String reason) {
        return menu.move(tenant, author, id, expectedVersion, MeetingStatus.DECLINED, null, reason);
    }

    @MutationMapping
    MeetingRequest cancelMeeting(@ContextValue HostedTenant tenant, @ContextValue(name = Author.CONTEXT_KEY) String author,
                                 @Argument String id, @Argument long expectedVersion, @Argument String reason) {
        return menu.move(tenant, author, id, expectedVersion, MeetingStatus.CANCELLED, null, reason);
    }
}
