package cn.techmarket.tenant.evaluation;

import cn.techmarket.graphql.security.Caller;
import cn.techmarket.model.id.GlobalId;
import cn.techmarket.tenant.achievement.Achievement;
import cn.techmarket.tenant.documents.NewIds;
import cn.techmarket.tenant.documents.NodeSource;
import cn.techmarket.tenant.tenancy.Author;
import cn.techmarket.tenant.tenancy.HostedTenant;
import cn.techmarket.tenant.tenancy.TenantContext;
import graphql.GraphQLContext;
import jakarta.validation.Valid;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Evaluations of achievements; who may take which step is {@link Evaluations}' to say. */
@Controller
class EvaluationController implements NodeSource {

    private final Evaluations evaluations;

    EvaluationController(Evaluations evaluations) {
        this.evaluations = evaluations;
    }

    @Override
    public String typeName() {
        return Evaluation.TYPE_NAME;
    }

    @Override
    public Object find(HostedTenant tenant, Caller caller, String globalId) {
        return evaluations.find(tenant, caller, globalId);
    }

    @QueryMapping
    List<Evaluation> evaluations(@ContextValue HostedTenant tenant, @ContextValue Caller caller, @Argument String achievementId) {
        return evaluations.ofAchievement(tenant, caller, achievementId);
    }

    @QueryMapping
    List<Evaluation> myEvaluations(@ContextValue HostedTenant tenant, @ContextValue Caller caller, @Argument String memberId) {
        return evaluations.ofMember(tenant, caller, memberId);
    }

    @MutationMapping
    Evaluation requestEvaluation(@ContextValue HostedTenant tenant, @ContextValue Caller caller, @ContextValue(name = Author.CONTEXT_KEY) String author,
                                 @ContextValue(name = NewIds.CONTEXT_KEY) NewIds ids, @Argument @Valid EvaluationRequestInput input) {
        return evaluations.request(tenant, caller, author, input, ids);
    }

    @MutationMapping
    Evaluation acceptEvaluation(@ContextValue HostedTenant tenant, @ContextValue Caller caller, @ContextValue(name = Author.CONTEXT_KEY) String author,
                                @Argument String id, @Argument long expectedVersion) {
        return evaluations.accept(tenant, caller, author, id, expectedVersion);
    }

    @MutationMapping
    Evaluation declineEvaluation(@ContextValue HostedTenant tenant, @ContextValue Caller caller, @ContextValue(name = Author.CONTEXT_KEY) String author,
                                 @Argument String id, @Argument long expectedVersion, @Argument String reason) {
        return evaluations.decline(tenant, caller, author, id, expectedVersion, reason);
    }

    @MutationMapping
    Evaluation fileEvaluationReport(@ContextValue HostedTenant tenant, @ContextValue Caller caller, @ContextValue(name = Author.CONTEXT_KEY) String author,
                                    @Argument String id, @Argument long expectedVersion, @Argument @Valid EvaluationReportInput report) {
        return evaluations.report(tenant, caller, author, id, expectedVersion, report);
    }

    @MutationMapping
    Evaluation withdrawEvaluation(@ContextValue HostedTenant tenant, @ContextValue Caller caller, @ContextValue(name = Author.CONTEXT_KEY) String author,
                                  @Argument String id, @Argument long expectedVersion, @Argument String reason) {
        return evaluations.withdraw(tenant, caller, author, id, expectedVersion, reason);
    }

    /** Each achievement's filed evaluation reports, newest first, in one read for a page of achievements. */
    @BatchMapping(typeName = "Achievement")
    Map<Achievement, List<Evaluation>> evaluations(GraphQLContext context, List<Achievement> achievements) {
        HostedTenant tenant = TenantContext.tenant(context);
        Map<String, List<Evaluation>> byAchievement = evaluations.reportedOf(tenant, achievements.stream()
                        .map(a -> GlobalId.encode(tenant.id(), Achievement.class.getSimpleName(), a.id())).toList())
                .stream().collect(Collectors.groupingBy(Evaluation::achievementId));
        Map<Achievement, List<Evaluation>> result = new LinkedHashMap<>();
        achievements.forEach(a -> result.put(a, byAchievement.getOrDefault(GlobalId.encode(tenant.id(), Achievement.class.getSimpleName(), a.id()),
                List.of())));
        return result;
    }

    @SchemaMapping(typeName = "Evaluation", field = "id")
    String id(Evaluation evaluation) {
        return evaluation.globalId();
    }

    @SchemaMapping(typeName = "Evaluation")
    String statusLabel(Evaluation evaluation) {
        return evaluation.status().label();
    }

    @SchemaMapping(typeName = "EvaluationReport")
    String methodLabel(Evaluation.Report report) {
        return report.method().label();
    }
}
