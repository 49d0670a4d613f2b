package cn.techmarket.hub.federation;

import cn.techmarket.model.region.TenantId;
import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.DataFetcherResult;
import graphql.execution.ResultPath;
import graphql.language.SourceLocation;
import graphql.schema.DataFetchingEnvironment;
import org.springframework.graphql.ResponseError;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns tenant answers and failures into hub results: a tenant's data with its errors relayed
 * under the hub's path, or null with an error naming the tenant and the reason.
 */
public final class FederatedResults {

    private FederatedResults() {
    }

    /** The forwarded field's value from the tenant's answer, with the tenant's errors relayed. */
    public static DataFetcherResult<Object> of(DataFetchingEnvironment env, TenantAnswer answer, String tenantField) {
        List<GraphQLError> errors = new ArrayList<>();
        for (ResponseError error : answer.errors()) {
            errors.add(relayed(env, answer.tenantId(), error));
        }
        return DataFetcherResult.newResult().data(answer.field(tenantField)).errors(errors).build();
    }

    public static DataFetcherResult<Object> failed(DataFetchingEnvironment env, TenantCallFailure failure) {
        return DataFetcherResult.newResult().error(error(env, failure)).build();
    }

    /** An error naming the tenant that could not answer and why. */
    public static GraphQLError error(DataFetchingEnvironment env, TenantCallFailure failure) {
        return error(env.getExecutionStepInfo().getPath(), env.getField().getSourceLocation(), failure);
    }

    /** As {@link #error(DataFetchingEnvironment, TenantCallFailure)}, for a field at {@code path}. */
    public static GraphQLError error(ResultPath path, SourceLocation location, TenantCallFailure failure) {
        return GraphqlErrorBuilder.newError()
                .path(path)
                .locations(location == null ? null : List.of(location))
                .message(failure.getMessage())
                .errorType(ErrorClassification.errorClassification("TENANT_UNAVAILABLE"))
                .extensions(Map.of("tenant", failure.tenantId().value(), "reason", failure.reason().name()))
                .build();
    }

    /** A tenant's error on the hub's field: the tenant's classification and extensions, the tenant named, the path continued. */
    public static GraphQLError relayed(DataFetchingEnvironment env, TenantId tenantId, ResponseError error) {
        // the tenant's path starts at its own field, which is this one
        return relayed(env.getExecutionStepInfo().getPath().toList(), 1, tenantId, error);
    }

    /**
     * A tenant's error under the hub's {@code path}: the tenant's path after its first {@code skip}
     * segments continues it.
     */
    public static GraphQLError relayed(List<Object> path, int skip, TenantId tenantId, ResponseError error) {
        List<Object> hubPath = new ArrayList<>(path);
        List<Object> tenantPath = error.getParsedPath();
        if (tenantPath.size() > skip) {
            hubPath.addAll(tenantPath.subList(skip, tenantPath.size()));
        }
        Map<String, Object> extensions = new LinkedHashMap<>(error.getExtensions());
        Object classification = extensions.remove("classification");
        extensions.put("tenant", tenantId.value());
        return GraphqlErrorBuilder.newError()
                .message(error.getMessage())
                .path(ResultPath.fromList(hubPath))
                .errorType(ErrorClassification.errorClassification(classification == null ? "TENANT_ERROR" : classification.toString()))
                .extensions(extensions)
                .build();
    }
}
