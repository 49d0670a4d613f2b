package cn.techmarket.hub.search;

import cn.techmarket.hub.federation.TenantAnswer;
import cn.techmarket.hub.federation.TenantCallFailure;
import cn.techmarket.hub.federation.TenantGateway;
import cn.techmarket.hub.registry.RegisteredTenant;
import cn.techmarket.hub.registry.TenantRegistry;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import cn.techmarket.hub.security.ServiceCredentials;
import java.util.Optional;

/**
 * Follows every active tenant's change feed into the search index. Each round reads a bounded
 * number of pages per tenant, writes them with external versions, and persists the tenant's
 * cursor only after Elasticsearch acknowledged them, so a crash or an unreachable cluster
 * replays changes (harmlessly: versions make replays no-ops) but never skips one. A tenant that
 * cannot answer only holds back its own sync.
 */
@Component
public class ChangeFeedSync {

    static final String COLLECTION = "search_sync";
    private static final Logger log = LoggerFactory.getLogger(ChangeFeedSync.class);
    private static final int PAGE_SIZE = 200;
    private static final int MAX_PAGES_PER_ROUND = 20;

    private final TenantRegistry registry;
    private final TenantGateway gateway;
    private final SearchIndexer indexer;
    private final MongoTemplate mongo;
    private final ServiceCredentials credentials;
    private final Clock clock = Clock.systemUTC();

    public ChangeFeedSync(TenantRegistry registry, TenantGateway gateway, SearchIndexer indexer, MongoTemplate mongo,
                          ServiceCredentials credentials) {
        this.credentials = credentials;
        this.registry = registry;
        this.gateway = gateway;
        this.indexer = indexer;
        this.mongo = mongo;
    }

    @Scheduled(initialDelayString = "${market.hub.search.sync-interval:1s}", fixedDelayString = "${market.hub.search.sync-interval:1s}")
    public void syncAll() {
        registry.all().parallelStream()
                .filter(tenant -> tenant.status() == RegisteredTenant.TenantStatus.ACTIVE)
                .forEach(this::sync);
    }

    public Optional<SyncState> state(String tenantId) {
        return Optional.ofNullable(mongo.findById(tenantId, SyncState.class, COLLECTION));
    }

    void sync(RegisteredTenant tenant) {
        SyncState state = state(tenant.id()).orElse(SyncState.start(tenant.id()));
        for (int round = 0; round < MAX_PAGES_PER_ROUND; round++) {
            Map<String, Object> variables = new HashMap<>();
            variables.put("after", state.cursor());
            variables.put("first", PAGE_SIZE);
            Map<String, Object> page;
            try {
                TenantAnswer answer = gateway.queryNamed(tenant, credentials.syncService(), "changes", variables);
                page = answer.field("changes");
                if (page == null) {
                    save(state.failed("the tenant answered without its change feed: " + answer.errors(), clock.instant()));
                    return;
                }
            } catch (TenantCallFailure failure) {
                save(state.failed(failure.getMessage(), clock.instant()));
                return;
            } catch (RuntimeException noToken) {
                // the authorization server could not be reached: keep the cursor, try again next round
                save(state.failed("no sync token: " + noToken.getMessage(), clock.instant()));
                return;
            }
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> changes = (List<Map<String, Object>>) page.get("changes");
            try {
                List<String> failures = indexer.write(changes.stream().map(SearchDocument::of).toList());
                if (!failures.isEmpty()) {
                    save(state.failed("index refused " + failures.size() + " changes, e.g. " + failures.get(0), clock.instant()));
                    return;
                }
            } catch (IOException | ElasticsearchException e) {
                // Elasticsearch is down or refused the request: keep the cursor, try again next round
                save(state.failed("Elasticsearch: " + e.getMessage(), clock.instant()));
                return;
            } catch (RuntimeException e) {
                log.warn("search sync of {} failed", tenant.id(), e);
                save(state.failed(e.getClass().getSimpleName() + ": " + e.getMessage(), clock.instant()));
                return;
            }
            state = state.advanced((String) page.get("cursor"), changes.size(), clock.instant());
            save(state);
            if (!Boolean.TRUE.equals(page.get("hasMore"))) {
                return;
            }
        }
    }

    private void save(SyncState state) {
        if (state.lastError() != null) {
            log.warn("search sync of {} is held back: {}", state.id(), state.lastError());
        }
        mongo.save(state, COLLECTION);
    }
}
