package cn.techmarket.hub.province;

import cn.techmarket.graphql.errors.PageSizes;
import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingEnvironment;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import java.time.Instant;
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

    private final GatheredLists lists;

    UpcomingActivities(GatheredLists lists) {
        this.lists = lists;
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
        return () -> lists.gather(env, "upcomingActivities", arguments, "{ id startsAt }",
                Comparator.comparing((Map<String, Object> activity) -> Instant.parse((String) activity.get("startsAt")))
                        .thenComparing(activity -> (String) activity.get("id")), size);
    }
}
