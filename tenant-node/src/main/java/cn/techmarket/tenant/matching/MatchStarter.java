package cn.techmarket.tenant.matching;

import cn.techmarket.tenant.tenancy.HostedTenant;
import org.springframework.stereotype.Component;

/** Starts a broker match for what another feature brought about (a fair's outcome), through the same workflow as a proposal. */
@Component
public class MatchStarter {

    private final MatchWorkflow workflow;

    MatchStarter(MatchWorkflow workflow) {
        this.workflow = workflow;
    }

    /**
     * @param demandId a demand of the tenant (global id), named to the client as {@code input.demandId}
     * @return the match's global id
     */
    public String start(HostedTenant tenant, String author, String demandId, String candidateId, String candidateTitle, String brokerName,
                        String certificateNo, String note) {
        Match match = workflow.propose(tenant, author, new MatchInput(demandId, candidateId, candidateTitle,
                new MatchInput.BrokerInput(brokerName, certificateNo), note), null);
        return match.globalId();
    }
}
