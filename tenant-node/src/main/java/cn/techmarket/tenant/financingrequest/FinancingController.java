package cn.techmarket.tenant.financingrequest;

import cn.techmarket.graphql.errors.CalendarYears;
import cn.techmarket.graphql.security.Caller;
import cn.techmarket.tenant.documents.NewIds;
import cn.techmarket.tenant.documents.NodeSource;
import cn.techmarket.tenant.tenancy.Author;
import cn.techmarket.tenant.tenancy.HostedTenant;
import cn.techmarket.tenant.tenancy.HostedTenants;
import jakarta.validation.Valid;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.data.domain.Window;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Controller;

import java.math.BigDecimal;
import java.util.List;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/** Financing requests (银企对接); who may take which step is {@link FinancingRequests}' to say. */
@Controller
class FinancingController implements NodeSource, ApplicationRunner {

    private final FinancingRequests requests;
    private final HostedTenants tenants;

    FinancingController(FinancingRequests requests, HostedTenants tenants) {
        this.requests = requests;
        this.tenants = tenants;
    }

    @Override
    public void run(ApplicationArguments args) {
        tenants.all().forEach(requests::ensureIndexes);
    }

    @Override
    public String typeName() {
        return FinancingRequest.TYPE_NAME;
    }

    @Override
    public Object find(HostedTenant tenant, Caller caller, String globalId) {
        return requests.find(tenant, caller, globalId);
    }

    @QueryMapping
    Window<FinancingRequest> financingRequests(@ContextValue HostedTenant tenant, @Argument FinancingRequest.Status status, ScrollSubrange subrange) {
        return requests.page(tenant, status, subrange);
    }

    @QueryMapping
    List<FinancingRequest> myFinancingRequests(@ContextValue HostedTenant tenant, @ContextValue Caller caller, @Argument String memberId) {
        return requests.ofMember(tenant, caller, memberId);
    }

    @QueryMapping
    FinancingStatistics financingStatistics(@ContextValue HostedTenant tenant, @Argument int year) {
        CalendarYears.require("year", year);
        Query touched = new Query(where("createdAt").lt(FinancingStatistics.startOf(year + 1)).and("updatedAt").gte(FinancingStatistics.startOf(year)));
        return FinancingStatistics.of(year, tenant.mongo().stream(touched, FinancingRequest.class, FinancingRequests.DOCUMENTS.collection()));
    }

    @MutationMapping
    FinancingRequest fileFinancingRequest(@ContextValue HostedTenant tenant, @ContextValue Caller caller,
                                          @ContextValue(name = Author.CONTEXT_KEY) String author, @ContextValue(name = NewIds.CONTEXT_KEY) NewIds ids,
                                          @Argument @Valid FinancingRequestInput input) {
        return requests.file(tenant, caller, author, input, ids);
    }

    @MutationMapping
    FinancingRequest sendFinancingRequest(@ContextValue HostedTenant tenant, @ContextValue Caller caller,
                                          @ContextValue(name = Author.CONTEXT_KEY) String author, @Argument String id,
                                          @Argument List<String> institutionIds) {
        return requests.send(tenant, caller, author, id, institutionIds);
    }

    @MutationMapping
    FinancingRequest withdrawFinancingRequest(@ContextValue HostedTenant tenant, @ContextValue Caller caller,
                                              @ContextValue(name = Author.CONTEXT_KEY) String author, @Argument String id,
                                              @Argument long expectedVersion, @Argument String reason) {
        return requests.withdraw(tenant, caller, author, id, expectedVersion, reason);
    }

    @MutationMapping
    FinancingRequest expressFinancingInterest(@ContextValue HostedTenant tenant, @ContextValue Caller caller,
                                              @ContextValue(name = Author.CONTEXT_KEY) String author, @Argument String id,
                                              @Argument String institutionId) {
        return requests.answer(tenant, caller, author, id, institutionId, FinancingRequests.Answer.interested());
    }

    @MutationMapping
    FinancingRequest startDueDiligence(@ContextValue HostedTenant tenant, @ContextValue Caller caller,
                                       @ContextValue(name = Author.CONTEXT_KEY) String author, @Argument String id, @Argument String institutionId) {
        return requests.answer(tenant, caller, author, id, institutionId, FinancingRequests.Answer.dueDiligence());
    }

    @MutationMapping
    FinancingRequest approveFinancing(@ContextValue HostedTenant tenant, @ContextValue Caller caller,
                                      @ContextValue(name = Author.CONTEXT_KEY) String author, @Argument String id, @Argument String institutionId,
                                      @Argument @Valid FinancingTermsInput terms) {
        return requests.answer(tenant, caller, author, id, institutionId, FinancingRequests.Answer.approved(terms));
    }

    @MutationMapping
    FinancingRequest declineFinancing(@ContextValue HostedTenant tenant, @ContextValue Caller caller,
                                      @ContextValue(name = Author.CONTEXT_KEY) String author, @Argument String id, @Argument String institutionId,
                                      @Argument String reason) {
        return requests.answer(tenant, caller, author, id, institutionId, FinancingRequests.Answer.declined(reason));
    }

    @MutationMapping
    FinancingRequest recordDisbursement(@ContextValue HostedTenant tenant, @ContextValue Caller caller,
                                        @ContextValue(name = Author.CONTEXT_KEY) String author, @Argument String id, @Argument String institutionId,
                                        @Argument @Valid DisbursementInput disbursement) {
        return requests.answer(tenant, caller, author, id, institutionId, FinancingRequests.Answer.disbursed(disbursement));
    }

    @SchemaMapping(typeName = "FinancingRequest", field = "id")
    String id(FinancingRequest request) {
        return request.globalId();
    }

    @SchemaMapping(typeName = "FinancingRequest")
    String statusLabel(FinancingRequest request) {
        return request.status().label();
    }

    @SchemaMapping(typeName = "FinancingRequest")
    String stageLabel(FinancingRequest request) {
        return request.stage().label();
    }

    @SchemaMapping(typeName = "FinancingRequest")
    List<String> collateralLabels(FinancingRequest request) {
        return request.collateral().stream().map(FinancingRequest.Collateral::label).toList();
    }

    @SchemaMapping(typeName = "FinancingRequest")
    BigDecimal funded(FinancingRequest request) {
        return request.funded();
    }

    @SchemaMapping(typeName = "FinancingRequest")
    List<FinancingRequest.Track> tracks(@ContextValue HostedTenant tenant, @ContextValue Caller caller, FinancingRequest request) {
        return requests.tracksSeenBy(tenant, caller, request);
    }

    @SchemaMapping(typeName = "FinancingTrack")
    String statusLabel(FinancingRequest.Track track) {
        return track.status().label();
    }

    @SchemaMapping(typeName = "FinancingTrack")
    String institutionTypeLabel(FinancingRequest.Track track) {
        return track.institutionType().label();
    }
}
