package cn.techmarket.hub.province;

import cn.techmarket.graphql.errors.BadInputException;
import cn.techmarket.model.id.MalformedIdException;
import cn.techmarket.model.id.TypedId;
import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingEnvironment;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * A financing institution's inbox of requests (银企对接): requests are kept by each enterprise's city,
 * so every city is asked, with the caller's token, for those it sent to the institution's member.
 * Each city checks for itself that the caller acts for that member.
 */
@Controller
class SentFinancingRequests {

    private final GatheredLists lists;

    SentFinancingRequests(GatheredLists lists) {
        this.lists = lists;
    }

    @QueryMapping
    Callable<DataFetcherResult<List<Map<String, Object>>>> financingRequestsSentTo(@Argument String memberId, DataFetchingEnvironment env) {
        try {
            TypedId.decode(memberId, "Member");
        } catch (MalformedIdException e) {
            throw new BadInputException("memberId", e.getMessage());
        }
        return () -> lists.gather(env, "myFinancingRequests", Map.of("memberId", memberId), "{ createdAt }",
                Comparator.comparing((Map<String, Object> request) -> (String) request.get("createdAt")).reversed(), Integer.MAX_VALUE);
    }
}
