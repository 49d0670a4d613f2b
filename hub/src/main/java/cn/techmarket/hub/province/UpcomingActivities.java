package cn.techmarket.hub.province;

import cn.techmarket.graphql.errors.PageSizes;
import cn.techmarket.hub.federation.Callers;
import cn.techmarket.hub.federation.Deadline;
import cn.techmarket.hub.federation.FederatedResults;
import cn.techmarket.hub.federation.ForwardedQuery;
import cn.techmarket.hub.federation.TenantAnswer;
import cn.techmarket.hub.federation.TenantGateway;
import graphql.GraphQLError;
import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingEnvironment;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * The province's calendar of activities (活动日历): every market's upcoming and running activities,
 * each market asked for its soonest with the caller's token, merged soonest first.
 */
@Controller
class UpcomingActivities {

    private final FanOut fanOut;
    private final TenantGateway gateway;

    UpcomingActivities(FanOut fanOut, TenantGateway gateway) {
        this.fanOut = fanOut;
        this.gateway = gateway;
    }

    @QueryMapping
    Callable<DataFetcherResult<List<Map<String, Object>>>> upcomingActivities(@Argument String kind, @Argument Integer first,
                                                                              DataFetchingEnvironment env) {
        int size = PageSizes.require("first", first, 20, 100);
        Map<String, Object> arguments = new HashMap<>();
        arguments.put("first", size);
        if (kind != null) {
            arguments.put("kind", kind);
        }
        return () -> {
            FanOut.Results<TenantAnswer> results = fanOut.ask(tenant -> {
                ForwardedQuery query = ForwardedQuery.withExtra(env, "upcomingActivities", arguments, "{ id startsAt }");
                return gateway.query(tenant, Callers.of(env), Deadline.of(env), query.document(), query.variables());
            });
            List<Map<String, Object>> activities = new ArrayList<>();
            List<GraphQLError> errors = new ArrayList<>();
            results.answers().values().forEach(answer -> {
                errors.addAll(FederatedResults.of(env, answer, "upcomingActivities").getErrors());
                List<Map<String, Object>> market = answer.field("upcomingActivities");
                if (market != null) {
                    activities.addAll(market);
                }
            });
            results.failures().forEach(failure -> errors.add(FederatedResults.error(env, failure)));
            activities.sort(Comparator.comparing((Map<String, Object> activity) -> java.time.Instant.parse((String) activity.get("startsAt")))
                    .thenComparing(activity -> (String) activity.get("id")));
            return DataFetcherResult.<List<Map<String, Object>>>newResult().data(List.copyOf(activities.subList(0, Math.min(size, activities.size()))))
                    .errors(errors).build();
        };
    }
}
