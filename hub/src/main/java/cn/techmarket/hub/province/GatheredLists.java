package cn.techmarket.hub.province;

import cn.techmarket.hub.federation.Callers;
import cn.techmarket.hub.federation.Deadline;
import cn.techmarket.hub.federation.FederatedResults;
import cn.techmarket.hub.federation.ForwardedQuery;
import cn.techmarket.hub.federation.TenantAnswer;
import cn.techmarket.hub.federation.TenantGateway;
import graphql.GraphQLError;
import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingEnvironment;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A province-wide list gathered from every market's list field of the same items: each market
 * asked at once with the client's selection and the caller's token, the items merged in one order,
 * the markets that could not answer named in errors.
 */
@Component
class GatheredLists {

    private final FanOut fanOut;
    private final TenantGateway gateway;

    GatheredLists(FanOut fanOut, TenantGateway gateway) {
        this.fanOut = fanOut;
        this.gateway = gateway;
    }

    /**
     * @param extraSelection what the hub needs of each item to order them, e.g. {@code { startsAt }}
     * @param limit          at most this many items, the first in the order
     */
    DataFetcherResult<List<Map<String, Object>>> gather(DataFetchingEnvironment env, String tenantField, Map<String, Object> arguments,
                                                        String extraSelection, Comparator<Map<String, Object>> order, int limit) {
        FanOut.Results<TenantAnswer> results = fanOut.ask(tenant -> {
            ForwardedQuery query = ForwardedQuery.withExtra(env, tenantField, arguments, extraSelection);
            return gateway.query(tenant, Callers.of(env), Deadline.of(env), query.document(), query.variables());
        });
        List<Map<String, Object>> items = new ArrayList<>();
        List<GraphQLError> errors = new ArrayList<>();
        results.answers().values().forEach(answer -> {
            errors.addAll(FederatedResults.of(env, answer, tenantField).getErrors());
            List<Map<String, Object>> market = answer.field(tenantField);
            if (market != null) {
                items.addAll(market);
            }
        });
        results.failures().forEach(failure -> errors.add(FederatedResults.error(env, failure)));
        items.sort(order);
        return DataFetcherResult.<List<Map<String, Object>>>newResult().data(List.copyOf(items.subList(0, Math.min(limit, items.size()))))
                .errors(errors).build();
    }
}
