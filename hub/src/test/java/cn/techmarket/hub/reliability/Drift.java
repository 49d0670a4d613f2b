package cn.techmarket.hub.reliability;

import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.client.HttpSyncGraphQlClient;

import java.util.List;
import java.util.Map;

/** What the hub's drift check finds over the cities: the index against each city's feed; -1 each, with the error, when it could not check. */
record Drift(long missing, long stale, long extra, String error) {

    boolean none() {
        return missing == 0 && stale == 0 && extra == 0;
    }

    static Drift of(HttpSyncGraphQlClient staff, List<String> cities) {
        long missing = 0;
        long stale = 0;
        long extra = 0;
        for (String city : cities) {
            ClientGraphQlResponse response = staff.document("query($id: ID!) { tenant(id: $id) { searchDrift { missing stale extra } } }")
                    .variables(Map.of("id", city)).executeSync();
            List<Map<String, Object>> kinds = response.field("tenant.searchDrift").getValue();
            if (kinds == null) {
                return new Drift(-1, -1, -1, city + ": " + response.getErrors());
            }
            for (Map<String, Object> kind : kinds) {
                missing += ((Number) kind.get("missing")).longValue();
                stale += ((Number) kind.get("stale")).longValue();
                extra += ((Number) kind.get("extra")).longValue();
            }
        }
        return new Drift(missing, stale, extra, null);
    }
}
