package cn.techmarket.tenant.matching;

import cn.techmarket.graphql.security.Caller;
import cn.techmarket.tenant.documents.NodeSource;
import cn.techmarket.tenant.tenancy.HostedTenant;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Matches and meeting requests by id for {@code node(id)}, seen by whoever may see them in their lists. */
@Configuration(proxyBeanMethods = false)
class MatchNodes {

    @Bean
    NodeSource matchesById(MatchStore store, MatchParties parties) {
        return new Source("Match", (tenant, caller, id) -> store.documents().find(tenant, "id", id)
                .filter(match -> Involvement.sees(caller, tenant, match.candidateTenantId(), match.involvesOneOf(parties.of(tenant, caller))))
                .orElse(null));
    }

    @Bean
    NodeSource meetingRequestsById(MatchStore store, MatchParties parties) {
        return new Source("MeetingRequest", (tenant, caller, id) -> store.meetings().find(tenant, "id", id)
                .filter(meeting -> Involvement.sees(caller, tenant, meeting.expertTenantId(),
                        meeting.demandOwner() != null && parties.of(tenant, caller).contains(meeting.demandOwner())))
                .orElse(null));
    }

    private interface Finder {
        Object find(HostedTenant tenant, Caller caller, String globalId);
    }

    private record Source(String typeName, Finder finder) implements NodeSource {
        @Override
        public Object find(HostedTenant tenant, Caller caller, String globalId) {
            return finder.find(tenant, caller, globalId);
        }
    }
}
