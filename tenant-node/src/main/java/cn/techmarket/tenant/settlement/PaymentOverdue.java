package cn.techmarket.tenant.settlement;

import cn.techmarket.tenant.tenancy.HostedTenant;

/** A milestone's due date passed before it was paid in full: for the inbox of the parties and the operators. */
public record PaymentOverdue(HostedTenant tenant, PaymentPlan plan, PaymentPlan.Milestone milestone) {
}
