package cn.techmarket.tenant.contract;

import cn.techmarket.graphql.security.Caller;
import cn.techmarket.tenant.documents.RecordNotFoundException;
import cn.techmarket.tenant.member.Member;
import cn.techmarket.tenant.member.Members;
import java.util.List;
import java.util.Set;

import cn.techmarket.tenant.tenancy.Author;
import cn.techmarket.tenant.documents.NewIds;
import cn.techmarket.graphql.errors.CalendarYears;
import cn.techmarket.tenant.tenancy.HostedTenant;
import jakarta.validation.Valid;
import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Controller;

/**
 * Contract registration and statistics; who may call what is the schema's {@code @access}. A
 * member's person files contracts their verified member is a party to, and sees and corrects
 * those; anyone else's are not found.
 */
@Controller
class ContractController {

    private final ContractStore store;
    private final ContractWorkflow workflow;
    private final Members members;

    ContractController(ContractStore store, ContractWorkflow workflow, Members members) {
        this.store = store;
        this.workflow = workflow;
        this.members = members;
    }

    @QueryMapping
    List<Contract> myContracts(@ContextValue HostedTenant tenant, @ContextValue Caller caller) {
        Set<String> mine = members.of(tenant, caller.subject());
        return mine.isEmpty() ? List.of() : store.filedBy(tenant, mine);
    }

    @QueryMapping
    Window<Contract> contracts(@ContextValue HostedTenant tenant, @Argument ContractStore.Filter filter, ScrollSubrange subrange) {
        return store.page(tenant, filter, subrange);
    }

    @QueryMapping
    Contract contract(@ContextValue HostedTenant tenant, @Argument String id) {
        return store.find(tenant, id).orElse(null);
    }

    @QueryMapping
    ContractStatistics contractStatistics(@ContextValue HostedTenant tenant, @Argument int year) {
        CalendarYears.require("year", year);
        try (var thisYear = store.registeredIn(tenant, year); var lastYear = store.registeredIn(tenant, year - 1)) {
            return ContractStatistics.of(year, thisYear, lastYear);
        }
    }

    @SchemaMapping(typeName = "Contract", field = "id")
    String id(Contract contract) {
        return contract.globalId();
    }

    @MutationMapping
    Contract submitContract(@ContextValue HostedTenant tenant, @ContextValue Caller caller, @ContextValue(name = Author.CONTEXT_KEY) String author,
                            @ContextValue(name = NewIds.CONTEXT_KEY) NewIds ids, @Argument @Valid ContractInput input, @Argument String memberId) {
        Member filedBy = members.actingFor(tenant, caller, "memberId", memberId, "name the member that is a party to this contract");
        return workflow.submit(tenant, author, ids.next(), input, filedBy);
    }

    @MutationMapping
    Contract startContractReview(@ContextValue HostedTenant tenant, @ContextValue(name = Author.CONTEXT_KEY) String author,
                                 @Argument String id, @Argument long expectedVersion) {
        return workflow.startReview(tenant, author, id, expectedVersion);
    }

    @MutationMapping
    Contract registerContract(@ContextValue HostedTenant tenant, @ContextValue(name = Author.CONTEXT_KEY) String author,
                              @Argument String id, @Argument long expectedVersion) {
        return workflow.register(tenant, author, id, expectedVersion);
    }

    @MutationMapping
    Contract rejectContract(@ContextValue HostedTenant tenant, @ContextValue(name = Author.CONTEXT_KEY) String author,
                            @Argument String id, @Argument long expectedVersion, @Argument String reason) {
        return workflow.reject(tenant, author, id, expectedVersion, reason);
    }

    @MutationMapping
    Contract returnContract(@ContextValue HostedTenant tenant, @ContextValue(name = Author.CONTEXT_KEY) String author,
                            @Argument String id, @Argument long expectedVersion, @Argument String reason) {
        return workflow.returnForCorrection(tenant, author, id, expectedVersion, reason);
    }

    @MutationMapping
    Contract resubmitContract(@ContextValue HostedTenant tenant, @ContextValue Caller caller, @ContextValue(name = Author.CONTEXT_KEY) String author,
                              @Argument String id, @Argument long expectedVersion, @Argument @Valid ContractInput input) {
        Member filedBy = null;
        if (!caller.operates(tenant.id())) {
            Contract contract = store.find(tenant, id).filter(found -> found.filedByOneOf(members.of(tenant, caller.subject())))
                    .orElseThrow(() -> new RecordNotFoundException("id"));
            filedBy = members.requireActive(tenant, "id", contract.filedBy(), caller.subject());
        }
        return workflow.resubmit(tenant, author, id, expectedVersion, input, filedBy);
    }
}
