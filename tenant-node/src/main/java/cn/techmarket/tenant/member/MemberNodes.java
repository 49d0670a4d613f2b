package cn.techmarket.tenant.member;

import cn.techmarket.graphql.security.Caller;
import cn.techmarket.tenant.documents.NodeSource;
import cn.techmarket.tenant.tenancy.HostedTenant;
import org.springframework.stereotype.Component;

/** Members by id for {@code node(id)}: seen by the people who act for them, the city's operators and province staff. */
@Component
class MemberNodes implements NodeSource {

    private final MemberStore store;

    MemberNodes(MemberStore store) {
        this.store = store;
    }

    @Override
    public String typeName() {
        return Member.TYPE_NAME;
    }

    @Override
    public Object find(HostedTenant tenant, Caller caller, String globalId) {
        return store.documents().find(tenant, "id", globalId)
                .filter(member -> caller.readsPrivateDataOf(tenant.id()) || member.actsFor(caller.subject()))
                .orElse(null);
    }
}
