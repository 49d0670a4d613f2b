package cn.techmarket.hub.activity;

import cn.techmarket.graphql.errors.BadInputException;
import cn.techmarket.hub.federation.Callers;
import cn.techmarket.hub.federation.FederatedResults;
import cn.techmarket.hub.federation.TenantSubscriptions;
import cn.techmarket.hub.registry.RegisteredTenant;
import cn.techmarket.hub.registry.TenantRegistry;
import cn.techmarket.model.id.MalformedIdException;
import cn.techmarket.model.id.TypedId;
import graphql.schema.DataFetchingEnvironment;
import org.springframework.graphql.GraphQlResponse;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.graphql.execution.SubscriptionPublisherException;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Flux;

import java.util.Map;

/**
 * A roadshow's live questions: the organising market's own subscription, relayed with the
 * caller's token, so the market alone decides which questions the caller receives.
 */
@Controller
class ActivityQuestionsRelay {

    private final TenantRegistry registry;
    private final TenantSubscriptions subscriptions;

    ActivityQuestionsRelay(TenantRegistry registry, TenantSubscriptions subscriptions) {
        this.registry = registry;
        this.subscriptions = subscriptions;
    }

    @SubscriptionMapping
    Flux<Map<String, Object>> activityQuestions(@Argument String id, DataFetchingEnvironment env) {
        String tenantId;
        try {
            tenantId = TypedId.decode(id, "Activity").tenantId();
        } catch (MalformedIdException e) {
            throw new BadInputException("id", e.getMessage());
        }
        RegisteredTenant tenant = registry.find(tenantId).filter(found -> found.status() == RegisteredTenant.TenantStatus.ACTIVE)
                .orElseThrow(() -> BadInputException.notFound("id", "no active sub-market keeps this activity"));
        return subscriptions.subscribe(tenant, Callers.of(env), "activityQuestions", Map.of("id", id)).map(response -> question(env, tenant, response));
    }

    private static Map<String, Object> question(DataFetchingEnvironment env, RegisteredTenant tenant, GraphQlResponse response) {
        if (!response.getErrors().isEmpty()) {
            throw new SubscriptionPublisherException(response.getErrors().stream()
                    .map(error -> FederatedResults.relayed(env, tenant.tenantId(), error)).toList(), null);
        }
        return response.field("activityQuestions").getValue();
    }
}
