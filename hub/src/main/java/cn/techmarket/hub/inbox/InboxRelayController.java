package cn.techmarket.hub.inbox;

import cn.techmarket.graphql.errors.BadInputException;
import cn.techmarket.hub.federation.Callers;
import cn.techmarket.hub.federation.FederatedResults;
import cn.techmarket.hub.federation.TenantSubscriptions;
import cn.techmarket.hub.registry.RegisteredTenant;
import cn.techmarket.hub.registry.TenantRegistry;
import graphql.schema.DataFetchingEnvironment;
import org.springframework.graphql.GraphQlResponse;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.graphql.execution.SubscriptionPublisherException;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Flux;

import java.util.Map;

/**
 * A person's inbox at a city, live: the city's own subscription relayed with the caller's token,
 * so the city alone decides which messages are theirs.
 */
@Controller
class InboxRelayController {

    private final TenantRegistry registry;
    private final TenantSubscriptions subscriptions;

    InboxRelayController(TenantRegistry registry, TenantSubscriptions subscriptions) {
        this.registry = registry;
        this.subscriptions = subscriptions;
    }

    @SubscriptionMapping
    Flux<Map<String, Object>> inboxMessages(@Argument String tenantId, DataFetchingEnvironment env) {
        RegisteredTenant tenant = registry.find(tenantId).filter(found -> found.status() == RegisteredTenant.TenantStatus.ACTIVE)
                .orElseThrow(() -> new BadInputException("tenantId", "no active sub-market with this id"));
        return subscriptions.subscribe(tenant, Callers.of(env), "inboxMessages").map(response -> message(env, tenant, response));
    }

    private static Map<String, Object> message(DataFetchingEnvironment env, RegisteredTenant tenant, GraphQlResponse response) {
        if (!response.getErrors().isEmpty()) {
            // the city refused or failed: the subscriber is told so, in the city's words, as every forwarded field relays them
            throw new SubscriptionPublisherException(response.getErrors().stream()
                    .map(error -> FederatedResults.relayed(env, tenant.tenantId(), error)).toList(), null);
        }
        return response.field("inboxMessages").getValue();
    }
}
