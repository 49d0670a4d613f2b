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
import java.util.function.BiFunction;
import java.util.function.Predicate;

/**
 * A year's figures (contracts, trading, matchmaking), computed when asked by asking the cities at
 * once with the caller's token: each city sums its own exactly, the province adds the cities up.
 * No copy is kept at the hub, so the figures are as fresh as the cities' own, at the cost of one
 * fan-out per request (see BENCHMARKS.md).
 */
@Component
class YearFigures {

    /**
     * @param cities     each answering city's figures
     * @param unanswered cities whose figures are missing: they could not be reached, or answered
     *                   without figures (their errors are in {@code answers})
     */
    record Asked<C>(List<C> cities, List<TenantAnswer> answers, List<TenantCallFailure> unanswered) {
    }

    private final FanOut fanOut;
    private final TenantGateway gateway;

    YearFigures(FanOut fanOut, TenantGateway gateway) {
        this.fanOut = fanOut;
        this.gateway = gateway;
    }

    /** For a report asked outside GraphQL: the federation time limit from now. */
    Deadline deadlineFromNow() {
        return gateway.deadlineFromNow();
    }

    /**
     * @param operation the named operation a city answers, whose one field has the operation's name
     * @param city      a city's figures, from the city and what it reported
     */
    <R, C> Asked<C> ask(String operation, int year, Caller caller, Deadline deadline, Predicate<RegisteredTenant> which, Class<R> reported,
                        BiFunction<RegisteredTenant, R, C> city) {
        FanOut.Results<TenantAnswer> results = fanOut.ask(which,
                tenant -> gateway.queryNamed(tenant, caller, deadline, operation, Map.of("year", year)));
        List<C> cities = new ArrayList<>();
        results.answers().forEach((tenant, answer) -> {
            R figures = answer.field(operation, reported);
            if (figures != null) {
                cities.add(city.apply(tenant, figures));
            }
        });
        return new Asked<>(cities, List.copyOf(results.answers().values()), results.failures());
    }
}
