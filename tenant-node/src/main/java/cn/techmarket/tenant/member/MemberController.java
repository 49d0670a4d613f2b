package cn.techmarket.tenant.member;

import cn.techmarket.model.member.MemberKind;
import cn.techmarket.tenant.documents.NewIds;
import cn.techmarket.tenant.tenancy.Author;
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

import java.time.Instant;
import java.util.List;

/** Membership applications and members; who may call what is the schema's {@code @access}, whose records the workflow decides. */
@Controller
class MemberController {

    private final MemberStore store;
    private final MembershipWorkflow workflow;
    private final Colleagues colleagues;

    MemberController(MemberStore store, MembershipWorkflow workflow, Colleagues colleagues) {
        this.store = store;
        this.workflow = workflow;
        this.colleagues = colleagues;
    }

    @QueryMapping
    List<Member> myMemberships(@ContextValue HostedTenant tenant, @ContextValue(name = Author.CONTEXT_KEY) String subject) {
        return store.of(tenant, subject);
    }

    @QueryMapping
    Window<Member> members(@ContextValue HostedTenant tenant, @Argument MemberStore.Filter filter, ScrollSubrange subrange) {
        return store.page(tenant, filter, subrange);
    }

    record MemberKindCount(MemberKind kind, long count) {
    }

    /** Public, as the library's counts are: how many verified members of each kind. */
    @QueryMapping
    List<MemberKindCount> memberCounts(@ContextValue HostedTenant tenant) {
        return java.util.Arrays.stream(MemberKind.values()).map(kind -> new MemberKindCount(kind, store.countVerified(tenant, kind))).toList();
    }

    @SchemaMapping(typeName = "Member", field = "id")
    String id(Member member) {
        return member.globalId();
    }

    @SchemaMapping(typeName = "Member", field = "appliedAt")
    Instant appliedAt(Member member) {
        return member.createdAt();
    }

    @MutationMapping
    Member applyForMembership(@ContextValue HostedTenant tenant, @ContextValue(name = Author.CONTEXT_KEY) String applicant,
                              @ContextValue(name = NewIds.CONTEXT_KEY) NewIds ids, @Argument @Valid MembershipApplicationInput input) {
        return workflow.apply(tenant, applicant, ids.next(), input);
    }

    @MutationMapping
    Member reapplyForMembership(@ContextValue HostedTenant tenant, @ContextValue(name = Author.CONTEXT_KEY) String applicant,
                                @Argument String id, @Argument long expectedVersion, @Argument @Valid MembershipApplicationInput input) {
        return workflow.reapply(tenant, applicant, id, expectedVersion, input);
    }

    @MutationMapping
    Member verifyMember(@ContextValue HostedTenant tenant, @ContextValue(name = Author.CONTEXT_KEY) String operator,
                        @Argument String id, @Argument long expectedVersion) {
        return workflow.verify(tenant, operator, id, expectedVersion);
    }

    @MutationMapping
    Member returnMembershipApplication(@ContextValue HostedTenant tenant, @ContextValue(name = Author.CONTEXT_KEY) String operator,
                                       @Argument String id, @Argument long expectedVersion, @Argument String reason) {
        return workflow.returnForMore(tenant, operator, id, expectedVersion, reason);
    }

    @MutationMapping
    Member rejectMembershipApplication(@ContextValue HostedTenant tenant, @ContextValue(name = Author.CONTEXT_KEY) String operator,
                                       @Argument String id, @Argument long expectedVersion, @Argument String reason) {
        return workflow.reject(tenant, operator, id, expectedVersion, reason);
    }

    @MutationMapping
    Member suspendMember(@ContextValue HostedTenant tenant, @ContextValue(name = Author.CONTEXT_KEY) String operator,
                         @Argument String id, @Argument long expectedVersion, @Argument String reason) {
        return workflow.suspend(tenant, operator, id, expectedVersion, reason);
    }

    @MutationMapping
    Member reinstateMember(@ContextValue HostedTenant tenant, @ContextValue(name = Author.CONTEXT_KEY) String operator,
                           @Argument String id, @Argument long expectedVersion) {
        return workflow.reinstate(tenant, operator, id, expectedVersion);
    }

    @MutationMapping
    Member inviteColleague(@ContextValue HostedTenant tenant, @ContextValue(name = Author.CONTEXT_KEY) String owner,
                           @Argument String id, @Argument long expectedVersion, @Argument String subject) {
        return colleagues.invite(tenant, owner, id, expectedVersion, subject);
    }

    @MutationMapping
    Member removeColleague(@ContextValue HostedTenant tenant, @ContextValue(name = Author.CONTEXT_KEY) String owner,
                           @Argument String id, @Argument long expectedVersion, @Argument String subject) {
        return colleagues.remove(tenant, owner, id, expectedVersion, subject);
    }
}
