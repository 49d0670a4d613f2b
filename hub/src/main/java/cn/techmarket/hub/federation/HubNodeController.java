package cn.techmarket.hub.federation;

import cn.techmarket.hub.registry.TenantRegistry;
import cn.techmarket.model.id.GlobalId;
import cn.techmarket.model.id.MalformedIdException;
import graphql.GraphqlErrorBuilder;
import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingEnvironment;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Controller;

import java.util.Map;

/** {@code node(id)} for the whole province: the id names its tenant, so it goes to that tenant only. */
@Controller
class HubNodeController {

    private final TenantRegistry registry;
    private final TenantGateway gateway;

    HubNodeController(TenantRegistry registry, TenantGateway gateway) {
        this.registry = registry;
        this.gateway = gateway;
    }

    @QueryMapping
    DataFetcherResult<Object> node(@Argument String id, DataFetchingEnvironment env) {
        GlobalId globalId;
        try {
            globalId = GlobalId.decode(id);
        } catch (MalformedIdException e) {
            return DataFetcherResult.newResult().error(GraphqlErrorBuilder.newError(env).errorType(ErrorType.BAD_REQUEST)
                    .message("id: " + e.getMessage()).extensions(Map.of("field", "id", "code", "INVALID_INPUT")).build()).build();
        }
        return registry.find(globalId.tenantId())
                .map(tenant -> {
                    ForwardedQuery query = ForwardedQuery.of(env, "node", Map.of("id", id));
                    try {
                        return FederatedResults.of(env, gateway.query(tenant, query.document(), query.variables()), "node");
                    } catch (TenantCallFailure failure) {
                        return FederatedResults.failed(env, failure);
                    }
                })
                .orElseGet(() -> DataFetcherResult.newResult().data(null).build());
    }
}
