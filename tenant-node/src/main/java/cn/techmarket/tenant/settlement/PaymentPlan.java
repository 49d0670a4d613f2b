package cn.techmarket.tenant.settlement;

import cn.techmarket.model.id.TypedId;
import cn.techmarket.tenant.documents.WorkflowDocuments;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A contract's payment plan (付款计划), kept under the contract's own id: the milestones the buyer
 * pays by, what was paid against each, and the market's service fee.
 *
 * @param people     who may see it beyond the operators: the people of the party that set it
 * @param serviceFee the market's fee, by {@code feeRule}
 */
public record PaymentPlan(String id, String tenantId, long version, String contractId, String title, BigDecimal amount, List<Milestone> milestones,
                          List<Payment> payments, BigDecimal serviceFee, String feeRule, Status status, List<String> people, Instant createdAt,
                          String createdBy, Instant updatedAt, Instant settledAt) implements WorkflowDocuments.Versioned {

    public static final String TYPE_NAME = "PaymentPlan";

    public enum Status { OPEN, SETTLED }

    /**
     * @param condition what must be done before it is paid (付款条件)
     * @param overdue   flagged when its due date passed before it was paid in full
     */
    public record Milestone(int number, String condition, BigDecimal amount, LocalDate dueOn, BigDecimal paid, boolean overdue) {

        public BigDecimal outstanding() {
            return amount.subtract(paid);
        }

        boolean paidInFull() {
            return paid.compareTo(amount) >= 0;
        }
    }

    public record Payment(int milestone, BigDecimal amount, LocalDate paidOn, String reference, String recordedBy, Instant at) {
    }

    public String globalId() {
        return new TypedId(tenantId, TYPE_NAME, id).encode();
    }

    public BigDecimal paid() {
        return milestones.stream().map(Milestone::paid).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public boolean hasOverdue() {
        return milestones.stream().anyMatch(Milestone::overdue);
    }

    PaymentPlan withPayment(Payment payment, Instant at) {
        List<Milestone> next = new ArrayList<>(milestones);
        Milestone m = next.get(payment.milestone() - 1);
        next.set(payment.milestone() - 1, new Milestone(m.number(), m.condition(), m.amount(), m.dueOn(), m.paid().add(payment.amount()), m.overdue()));
        List<Payment> paidSoFar = new ArrayList<>(payments);
        paidSoFar.add(payment);
        boolean settled = next.stream().allMatch(Milestone::paidInFull);
        return new PaymentPlan(id, tenantId, version + 1, contractId, title, amount, List.copyOf(next), List.copyOf(paidSoFar), serviceFee, feeRule,
                settled ? Status.SETTLED : Status.OPEN, people, createdAt, createdBy, at, settled ? at : null);
    }

    PaymentPlan withOverdue(int number, Instant at) {
        List<Milestone> next = new ArrayList<>(milestones);
        Milestone m = next.get(number - 1);
        next.set(number - 1, new Milestone(m.number(), m.condition(), m.amount(), m.dueOn(), m.paid(), true));
        return new PaymentPlan(id, tenantId, version + 1, contractId, title, amount, List.copyOf(next), payments, serviceFee, feeRule, status, people,
                createdAt, createdBy, at, settledAt);
    }
}
