package cn.techmarket.hub.federation;

import org.springframework.graphql.ResponseError;

import java.util.List;
import java.util.Map;

/** What a tenant answered: its data, possibly partial, and its own GraphQL errors. */
public record TenantAnswer(String tenantId, Map<String, Object> data, List<ResponseError> errors) {

    @SuppressWarnings("unchecked")
    public <T> T field(String name) {
        return data == null ? null : (T) data.get(name);
    }
}
