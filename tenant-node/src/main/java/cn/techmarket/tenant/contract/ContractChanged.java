package cn.techmarket.tenant.contract;

import cn.techmarket.model.contract.ContractStatus;
import cn.techmarket.tenant.tenancy.HostedTenant;

/**
 * A contract took a step, published right after it is stored, for those who tell people (the
 * inbox).
 *
 * @param from where it stood before; null for a new submission
 */
public record ContractChanged(HostedTenant tenant, Contract contract, ContractStatus from, String actor) {
}
