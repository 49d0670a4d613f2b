package cn.techmarket.hub.province;

import cn.techmarket.graphql.security.Caller;
import cn.techmarket.hub.federation.Deadline;
import cn.techmarket.hub.federation.TenantAnswer;
import cn.techmarket.hub.federation.TenantCallFailure;
import cn.techmarket.hub.federation.TenantGateway;
import cn.techmarket.hub.registry.RegisteredTenant;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** Province trading statistics, computed when asked by asking every active city at once with the caller's token. */
@Component
class TradingStatisticsFanOut {

    /** @param unanswered cities whose figures are missing */
    record Outcome(ProvinceTradingStatistics statistics, List<TenantAnswer> answers, List<TenantCallFailure> unanswered) {
    }

    private final FanOut fanOut;
    private final TenantGateway gateway;

    TradingStatisticsFanOut(FanOut fanOut, TenantGateway gateway) {
        this.fanOut = fanOut;
        this.gateway = gateway;
    }

    Deadline deadlineFromNow() {
        return gateway.deadlineFromNow();
    }

    Outcome compute(int year, Caller caller, Deadline deadline, Predicate<RegisteredTenant> which) {
        FanOut.Results<TenantAnswer> results = fanOut.ask(which,
                tenant -> gateway.queryNamed(tenant, caller, deadline, "tradingStatistics", Map.of("year", year)));
        List<ProvinceTradingStatistics.CityTradingStatistics> cities = new ArrayList<>();
        results.answers().forEach((tenant, answer) -> {
            ProvinceTradingStatistics.Reported figures = answer.field("tradingStatistics", ProvinceTradingStatistics.Reported.class);
            if (figures != null) {
                cities.add(new ProvinceTradingStatistics.CityTradingStatistics(tenant.id(), tenant.name(), figures));
            }
        });
        return new Outcome(ProvinceTradingStatistics.sum(year, cities), List.copyOf(results.answers().values()), results.failures());
    }
}
