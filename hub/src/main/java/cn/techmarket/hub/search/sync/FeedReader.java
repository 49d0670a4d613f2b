package cn.techmarket.hub.search.sync;

import cn.techmarket.hub.federation.TenantAnswer;
import cn.techmarket.hub.federation.TenantCallFailure;
import cn.techmarket.hub.federation.TenantGateway;
import cn.techmarket.hub.registry.RegisteredTenant;
import cn.techmarket.hub.security.ServiceCredentials;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a tenant's change feed as the sync service through the guarded gateway, page by page from
 * a cursor to its end: for the drift check, which people ask for, so it goes through the same
 * time limits and circuits as their other calls.
 */
@Component
public class FeedReader {

    /** A page of 500 whole records would exceed the tenants' query complexity limit. */
    static final int PAGE = 200;

    /** A page of the feed as the {@code changes} operation asks for it. */
    record FeedPage(String cursor, boolean hasMore, List<FeedChange> changes) {
    }

    public interface Pages {
        void accept(List<FeedChange> changes) throws IOException;
    }

    private final TenantGateway gateway;
    private final ServiceCredentials credentials;

    FeedReader(TenantGateway gateway, ServiceCredentials credentials) {
        this.gateway = gateway;
        this.credentials = credentials;
    }

    /**
     * @param from the cursor to start after; null for the beginning
     * @return the cursor after the last change read
     * @throws TenantCallFailure when the tenant cannot answer
     */
    public String read(RegisteredTenant tenant, String from, Pages pages) throws IOException {
        String cursor = from;
        while (true) {
            Map<String, Object> variables = new HashMap<>();
            variables.put("after", cursor);
            variables.put("first", PAGE);
            TenantAnswer answer = gateway.queryNamed(tenant, credentials.syncService(), gateway.deadlineFromNow(), "changes", variables);
            FeedPage page = answer.field("changes", FeedPage.class);
            if (page == null) {
                throw new IOException("sub-market '" + tenant.id() + "' answered without its change feed: " + answer.errors());
            }
            pages.accept(page.changes());
            cursor = page.cursor();
            if (!page.hasMore()) {
                return cursor;
            }
        }
    }
}
