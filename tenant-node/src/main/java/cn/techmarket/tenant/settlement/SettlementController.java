package cn.techmarket.tenant.settlement;

import cn.techmarket.graphql.security.Caller;
import cn.techmarket.tenant.contract.Contract;
import cn.techmarket.tenant.documents.PaymentInput;
import cn.techmarket.tenant.tenancy.Author;
import cn.techmarket.tenant.tenancy.HostedTenant;
import jakarta.validation.Valid;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import java.math.BigDecimal;
import java.util.List;

/** Payment plans and payments; who may see and record what is {@link Settlements}' to say. */
@Controller
class SettlementController {

    private final Settlements settlements;

    SettlementController(Settlements settlements) {
        this.settlements = settlements;
    }

    @SchemaMapping(typeName = "Contract")
    PaymentPlan paymentPlan(@ContextValue HostedTenant tenant, @ContextValue Caller caller, Contract contract) {
        return settlements.of(tenant, caller, contract);
    }

    @QueryMapping
    List<PaymentPlan> overduePayments(@ContextValue HostedTenant tenant) {
        return settlements.overdue(tenant);
    }

    @MutationMapping
    PaymentPlan setPaymentPlan(@ContextValue HostedTenant tenant, @ContextValue Caller caller, @ContextValue(name = Author.CONTEXT_KEY) String author,
                               @Argument String id, @Argument Long expectedVersion, @Argument @Valid List<PaymentMilestoneInput> milestones) {
        return settlements.setPlan(tenant, caller, author, id, expectedVersion, milestones);
    }

    @MutationMapping
    PaymentPlan recordPayment(@ContextValue HostedTenant tenant, @ContextValue Caller caller, @ContextValue(name = Author.CONTEXT_KEY) String author,
                              @Argument String id, @Argument long expectedVersion, @Argument int milestone, @Argument @Valid PaymentInput payment) {
        return settlements.recordPayment(tenant, caller, author, id, expectedVersion, milestone, payment);
    }

    @SchemaMapping(typeName = "PaymentPlan", field = "id")
    String id(PaymentPlan plan) {
        return plan.globalId();
    }

    @SchemaMapping(typeName = "PaymentPlan")
    BigDecimal paid(PaymentPlan plan) {
        return plan.paid();
    }

    @SchemaMapping(typeName = "PaymentMilestone")
    BigDecimal outstanding(PaymentPlan.Milestone milestone) {
        return milestone.outstanding();
    }
}
