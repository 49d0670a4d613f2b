package cn.techmarket.tenant.challenge;

import cn.techmarket.graphql.security.Caller;
import cn.techmarket.tenant.documents.NodeSource;
import cn.techmarket.tenant.tenancy.HostedTenant;
import org.springframework.stereotype.Component;

/** Applications by id for {@code node(id)}: seen by those who may read them in the list's applications. */
@Component
class ChallengeApplicationNodes implements NodeSource {

    @Override
    public String typeName() {
        return ChallengeApplication.TYPE_NAME;
    }

    @Override
    public Object find(HostedTenant tenant, Caller caller, String globalId) {
        return ChallengeApplications.DOCUMENTS.find(tenant, "id", globalId)
                .filter(application -> ChallengeApplications.mayRead(tenant, caller, application))
                .orElse(null);
    }
}
