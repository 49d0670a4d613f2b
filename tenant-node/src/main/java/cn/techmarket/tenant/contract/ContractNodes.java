package cn.techmarket.tenant.contract;

import cn.techmarket.tenant.member.Members;

import cn.techmarket.graphql.security.Caller;
import cn.techmarket.model.contract.ContractId;
import cn.techmarket.tenant.documents.NodeSource;
import cn.techmarket.tenant.tenancy.HostedTenant;
import org.springframework.stereotype.Component;

/** Contracts by id for {@code node(id)}: seen by those who may query contracts, the city's operators and province staff. */
@Component
class ContractNodes implements NodeSource {

    private final ContractStore store;
    private final Members members;

    ContractNodes(ContractStore store, Members members) {
        this.store = store;
        this.members = members;
    }

    @Override
    public String typeName() {
        return ContractId.TYPE_NAME;
    }

    @Override
    public Object find(HostedTenant tenant, Caller caller, String globalId) {
        return store.find(tenant, globalId)
                .filter(contract -> caller.readsPrivateDataOf(tenant.id()) || contract.filedByOneOf(members.of(tenant, caller.subject())))
                .orElse(null);
    }
}
