package cn.techmarket.hub.province;

import cn.techmarket.hub.federation.Deadline;
import cn.techmarket.graphql.security.Caller;
import cn.techmarket.hub.federation.TenantAnswer;
import cn.techmarket.hub.federation.TenantCallFailure;
import cn.techmarket.hub.federation.TenantGateway;
import cn.techmarket.hub.registry.RegisteredTenant;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Province contract statistics, computed when asked by asking every active city at once with
 * the caller's token. Each city sums its own registered contracts exactly; the hub adds the
 * cities up. No copy is kept at the hub, so the figures are as fresh as the cities' own, at the
 * cost of one fan-out per request (see BENCHMARKS.md).
 */
@Component
class ContractStatisticsFanOut {

    /**
     * @param unanswered cities whose figures are missing: they could not be reached, or answered
     *                   without figures (their errors are in {@code answers})
     */
    record Outcome(ProvinceContractStatistics statistics, List<TenantAnswer> answers, List<TenantCallFailure> unanswered) {
    }

    private final FanOut fanOut;
    private final TenantGateway gateway;

    ContractStatisticsFanOut(FanOut fanOut, TenantGateway gateway) {
        this.fanOut = fanOut;
        this.gateway = gateway;
    }

    /** For a report asked outside GraphQL: the federation time limit from now. */
    Deadline deadlineFromNow() {
        return gateway.deadlineFromNow();
    }

    Outcome compute(int year, Caller caller, Deadline deadline, Predicate<RegisteredTenant> which) {
        FanOut.Results<TenantAnswer> results = fanOut.ask(which,
                tenant -> gateway.queryNamed(tenant, caller, deadline, "contractStatistics", Map.of("year", year)));
        List<ProvinceContractStatistics.CityContractTotals> cities = new ArrayList<>();
        results.answers().forEach((tenant, answer) -> {
            ProvinceContractStatistics.Reported figures = answer.field("contractStatistics", ProvinceContractStatistics.Reported.class);
            if (figures != null) {
                cities.add(ProvinceContractStatistics.CityContractTotals.of(tenant.id(), tenant.name(), figures));
            }
        });
        return new Outcome(ProvinceContractStatistics.sum(year, cities), List.copyOf(results.answers().values()), results.failures());
    }
}
