package cn.techmarket.hub.federation;

import cn.techmarket.model.region.TenantId;
import org.springframework.graphql.ResponseError;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.Map;

/** What a tenant answered: its data, possibly partial, and its own GraphQL errors. */
public record TenantAnswer(TenantId tenantId, Map<String, Object> data, List<ResponseError> errors) {

    /** Tolerant: a newer tenant may send more than the hub knows of. */
    private static final JsonMapper JSON = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    /**
     * A field as the tenant sent it: for the client's own selection, which the hub relays without
     * knowing its shape.
     */
    @SuppressWarnings("unchecked")
    public <T> T field(String name) {
        return data == null ? null : (T) data.get(name);
    }

    /** A field read into the hub's type for it: for what the hub asked for itself, e.g. a stored operation's result. */
    public <T> T field(String name, Class<T> type) {
        Object value = field(name);
        return value == null ? null : JSON.convertValue(value, type);
    }
}
