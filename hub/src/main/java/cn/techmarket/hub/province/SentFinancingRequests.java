package cn.techmarket.hub.province;

import cn.techmarket.graphql.errors.BadInputException;
import cn.techmarket.hub.federation.Callers;
import cn.techmarket.hub.federation.Deadline;
import cn.techmarket.hub.federation.FederatedResults;
import cn.techmarket.hub.federation.ForwardedQuery;
import cn.techmarket.hub.federation.TenantAnswer;
import cn.techmarket.hub.federation.TenantGateway;
import cn.techmarket.model.id.MalformedIdException;
import cn.techmarket.model.id.TypedId;
import graphql.GraphQLError;
import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingEnvironment;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import java.util.ArrayList;
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

    private final FanOut fanOut;
    private final TenantGateway gateway;

    SentFinancingRequests(FanOut fanOut, TenantGateway gateway) {
        this.fanOut = fanOut;
        this.gateway = gateway;
    }

    @QueryMapping
    Callable<DataFetcherResult<List<Map<String, Object>>>> financingRequestsSentTo(@Argument String memberId, DataFetchingEnvironment env) {
        try {
            TypedId.decode(memberId, "Member");
        } catch (MalformedIdException e) {
            throw new BadInputException("memberId", e.getMessage());
        }
        return () -> {
            FanOut.Results<TenantAnswer> results = fanOut.ask(tenant -> {
                ForwardedQuery query = ForwardedQuery.withExtra(env, "myFinancingRequests", Map.of("memberId", memberId), "{ createdAt }");
                return gateway.query(tenant, Callers.of(env), Deadline.of(env), query.document(), query.variables());
            });
            List<Map<String, Object>> requests = new ArrayList<>();
            List<GraphQLError> errors = new ArrayList<>();
            results.answers().values().forEach(answer -> {
                errors.addAll(FederatedResults.of(env, answer, "myFinancingRequests").getErrors());
                List<Map<String, Object>> city = answer.field("myFinancingRequests");
                if (city != null) {
                    requests.addAll(city);
                }
            });
            results.failures().forEach(failure -> errors.add(FederatedResults.error(env, failure)));
            requests.sort(Comparator.comparing((Map<String, Object> request) -> (String) request.get("createdAt")).reversed());
            return DataFetcherResult.<List<Map<String, Object>>>newResult().data(requests).errors(errors).build();
        };
    }
}
