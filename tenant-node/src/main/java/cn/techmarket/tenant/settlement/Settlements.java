package cn.techmarket.tenant.settlement;

import cn.techmarket.graphql.errors.BadInputException;
import cn.techmarket.graphql.security.Caller;
import cn.techmarket.model.contract.ContractStatus;
import cn.techmarket.model.region.MarketTime;
import cn.techmarket.tenant.contract.Contract;
import cn.techmarket.tenant.contract.DealContracts;
import cn.techmarket.tenant.deadline.DeadlineHandler;
import cn.techmarket.tenant.deadline.Deadlines;
import cn.techmarket.tenant.documents.PaymentInput;
import cn.techmarket.tenant.documents.RecordNotFoundException;
import cn.techmarket.tenant.documents.StaleVersionException;
import cn.techmarket.tenant.documents.WorkflowDocuments;
import cn.techmarket.tenant.member.Members;
import cn.techmarket.tenant.tenancy.HostedTenant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Payment plans: set by the people of the party that filed the contract, or the operators, until
 * the first payment; payments recorded by the same, once the contract is registered; a milestone
 * unpaid when its due date has passed is flagged by a deadline ({@value #DUE}).
 */
@Component
class Settlements implements DeadlineHandler {

    static final WorkflowDocuments<PaymentPlan> DOCUMENTS = new WorkflowDocuments<>("payment_plans", PaymentPlan.class, PaymentPlan.TYPE_NAME);
    static final String DUE = "payment-due";
    private static final int MAX_MILESTONES = 12;

    private final DealContracts contracts;
    private final Members members;
    private final Deadlines deadlines;
    private final SettlementProperties fees;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Settlements(DealContracts contracts, Members members, Deadlines deadlines, SettlementProperties fees, ApplicationEventPublisher events, Clock clock) {
        this.contracts = contracts;
        this.members = members;
        this.deadlines = deadlines;
        this.fees = fees;
        this.events = events;
        this.clock = clock;
    }

    /** The contract's plan, for those who may see it. */
    PaymentPlan of(HostedTenant tenant, Caller caller, Contract contract) {
        PaymentPlan plan = tenant.mongo().findById(contract.id(), PaymentPlan.class, DOCUMENTS.collection());
        return plan != null && (caller.readsPrivateDataOf(tenant.id()) || plan.people().contains(caller.subject())) ? plan : null;
    }

    PaymentPlan setPlan(HostedTenant tenant, Caller caller, String author, String contractId, Long expectedVersion,
                        List<PaymentMilestoneInput> milestones) {
        Contract contract = partyContract(tenant, caller, contractId);
        if (contract.status() == ContractStatus.REJECTED) {
            throw BadInputException.illegalTransition("id", "the contract was rejected");
        }
        if (milestones.isEmpty() || milestones.size() > MAX_MILESTONES) {
            throw new BadInputException("milestones", "a plan has 1 to " + MAX_MILESTONES + " milestones");
        }
        BigDecimal total = BigDecimal.ZERO;
        LocalDate previous = contract.signedOn();
        for (int i = 0; i < milestones.size(); i++) {
            PaymentMilestoneInput m = milestones.get(i);
            if (m.dueOn().isBefore(previous)) {
                throw new BadInputException("milestones[" + i + "].dueOn", i == 0 ? "is before the contract was signed" : "is before the milestone before it");
            }
            previous = m.dueOn();
            total = total.add(m.amount());
        }
        if (total.compareTo(contract.amount()) != 0) {
            throw new BadInputException("milestones", "add up to " + total.toPlainString() + " yuan; the contract's amount is "
                    + contract.amount().toPlainString());
        }
        PaymentPlan current = tenant.mongo().findById(contract.id(), PaymentPlan.class, DOCUMENTS.collection());
        if (current == null ? expectedVersion != null : expectedVersion == null || current.version() != expectedVersion) {
            throw new StaleVersionException(expectedVersion == null ? 0 : expectedVersion, current == null ? 0 : current.version());
        }
        if (current != null && !current.payments().isEmpty()) {
            throw BadInputException.illegalTransition("id", "payments were recorded against the plan; it no longer changes");
        }
        Instant now = clock.instant();
        List<PaymentPlan.Milestone> planned = new ArrayList<>();
        for (int i = 0; i < milestones.size(); i++) {
            PaymentMilestoneInput m = milestones.get(i);
            planned.add(new PaymentPlan.Milestone(i + 1, m.condition().strip(), m.amount().setScale(2), m.dueOn(), BigDecimal.ZERO.setScale(2), false));
        }
        List<String> people = contract.filedBy() == null ? List.of() : members.peopleOf(tenant, contract.filedBy());
        PaymentPlan plan = new PaymentPlan(contract.id(), tenant.id(), current == null ? 1 : current.version() + 1, contract.globalId(), contract.title(),
                contract.amount(), List.copyOf(planned), List.of(), fees.feeOn(contract.amount()), fees.rule(), PaymentPlan.Status.OPEN, people,
                current == null ? now : current.createdAt(), current == null ? author : current.createdBy(), now, null);
        if (current == null) {
            try {
                DOCUMENTS.insert(tenant, plan);
            } catch (org.springframework.dao.DuplicateKeyException setMeanwhile) {
                throw new StaleVersionException(0, 1);
            }
        } else {
            DOCUMENTS.replace(tenant, current, plan);
            for (int n = planned.size() + 1; n <= current.milestones().size(); n++) {
                deadlines.cancel(tenant, DUE, plan.id() + ":" + n);
            }
        }
        planned.forEach(m -> deadlines.schedule(tenant, DUE, plan.id() + ":" + m.number(), dueEnd(m.dueOn())));
        return plan;
    }

    PaymentPlan recordPayment(HostedTenant tenant, Caller caller, String author, String contractId, long expectedVersion, int number,
                              PaymentInput input) {
        Contract contract = partyContract(tenant, caller, contractId);
        if (contract.status() != ContractStatus.REGISTERED) {
            throw BadInputException.illegalTransition("id", "payments are recorded once the contract is registered");
        }
        PaymentPlan current = tenant.mongo().findById(contract.id(), PaymentPlan.class, DOCUMENTS.collection());
        if (current == null) {
            throw BadInputException.illegalTransition("id", "the contract has no payment plan yet");
        }
        if (current.version() != expectedVersion) {
            throw new StaleVersionException(expectedVersion, current.version());
        }
        if (number < 1 || number > current.milestones().size()) {
            throw new BadInputException("milestone", "the plan has milestones 1 to " + current.milestones().size());
        }
        PaymentPlan.Milestone milestone = current.milestones().get(number - 1);
        if (input.amount().compareTo(milestone.outstanding()) > 0) {
            throw new BadInputException("payment.amount", "is more than the " + milestone.outstanding().toPlainString()
                    + " yuan still due on milestone " + milestone.number());
        }
        if (input.paidOn().isBefore(contract.signedOn()) || input.paidOn().isAfter(LocalDate.ofInstant(clock.instant(), MarketTime.ZONE))) {
            throw new BadInputException("payment.paidOn", "is between the day the contract was signed and today");
        }
        Instant now = clock.instant();
        PaymentPlan next = current.withPayment(new PaymentPlan.Payment(milestone.number(), input.amount().setScale(2), input.paidOn(),
                input.reference().strip(), author, now), now);
        DOCUMENTS.replace(tenant, current, next);
        return next;
    }

    /** The sub-market's plans with an overdue milestone that is still unpaid, for the operators' console. */
    List<PaymentPlan> overdue(HostedTenant tenant) {
        return tenant.mongo().find(new Query(where("milestones.overdue").is(true).and("status").is(PaymentPlan.Status.OPEN.name()))
                .with(Sort.by("updatedAt")).limit(200), PaymentPlan.class, DOCUMENTS.collection());
    }

    @Override
    public String topic() {
        return DUE;
    }

    /** A milestone's due date passed: flagged when still unpaid, once. */
    @Override
    public Outcome fire(HostedTenant tenant, String subjectId, Instant now) {
        String planId = subjectId.substring(0, subjectId.lastIndexOf(':'));
        int number = Integer.parseInt(subjectId.substring(subjectId.lastIndexOf(':') + 1));
        for (int tries = 0; tries < 5; tries++) {
            PaymentPlan plan = tenant.mongo().findById(planId, PaymentPlan.class, DOCUMENTS.collection());
            if (plan == null || number > plan.milestones().size()) {
                return Outcome.done();
            }
            PaymentPlan.Milestone milestone = plan.milestones().get(number - 1);
            Instant due = dueEnd(milestone.dueOn());
            if (now.isBefore(due)) {
                return Outcome.later(due);
            }
            if (milestone.paidInFull() || milestone.overdue()) {
                return Outcome.done();
            }
            PaymentPlan flagged = plan.withOverdue(number, now);
            try {
                DOCUMENTS.replace(tenant, plan, flagged);
                events.publishEvent(new PaymentOverdue(tenant, flagged, flagged.milestones().get(number - 1)));
                return Outcome.done();
            } catch (StaleVersionException paidMeanwhile) {
                // look again: it may have been paid
            }
        }
        throw new IllegalStateException("payment plan " + planId + " kept changing");
    }

    /** A milestone is overdue from the start of the day after its due date, Beijing time. */
    private static Instant dueEnd(LocalDate dueOn) {
        return dueOn.plusDays(1).atStartOfDay(MarketTime.ZONE).toInstant();
    }

    private Contract partyContract(HostedTenant tenant, Caller caller, String contractId) {
        Contract contract = contracts.find(tenant, contractId).orElseThrow(() -> new RecordNotFoundException("id"));
        boolean party = contract.filedBy() != null && members.peopleOf(tenant, contract.filedBy()).contains(caller.subject());
        if (!party && !caller.operates(tenant.id())) {
            throw new RecordNotFoundException("id");
        }
        return contract;
    }
}
