package cn.techmarket.hub.search.admin;

import cn.techmarket.hub.search.SearchUnavailableException;
import cn.techmarket.hub.search.sync.ChangeFeedSync;
import cn.techmarket.hub.search.sync.SyncState;

import cn.techmarket.graphql.errors.BadInputException;

import cn.techmarket.hub.federation.FederatedResults;
import cn.techmarket.hub.federation.TenantCallFailure;
import cn.techmarket.hub.registry.RegisteredTenant;
import cn.techmarket.hub.registry.TenantRegistry;
import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingEnvironment;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import java.time.Instant;
import java.util.List;

@Controller
class SearchSyncController {

    private final ChangeFeedSync sync;
    private final SearchDrift drift;
    private final TenantRegistry registry;

    SearchSyncController(ChangeFeedSync sync, SearchDrift drift, TenantRegistry registry) {
        this.sync = sync;
        this.drift = drift;
        this.registry = registry;
    }

    @SchemaMapping(typeName = "Tenant")
    SyncState searchSync(RegisteredTenant tenant) {
        return sync.state(tenant.id()).orElse(SyncState.start(tenant.id()));
    }

    @SchemaMapping(typeName = "SearchSync")
    Double lagSeconds(SyncState state) {
        return state.lagSeconds(Instant.now());
    }

    @SchemaMapping(typeName = "Tenant")
    DataFetcherResult<List<SearchDrift.KindDrift>> searchDrift(RegisteredTenant tenant, DataFetchingEnvironment env) {
        return checked(env, () -> drift.check(tenant));
    }

    @MutationMapping
    DataFetcherResult<List<SearchDrift.KindDrift>> repairSearchDrift(@Argument String tenantId, DataFetchingEnvironment env) {
        return registry.find(tenantId)
                .map(tenant -> checked(env, () -> drift.repair(tenant)))
                .orElseThrow(() -> new BadInputException("tenantId", "no such sub-market"));
    }

    private interface Check {
        List<SearchDrift.KindDrift> run() throws java.io.IOException;
    }

    /** A tenant that cannot answer is named as everywhere else; an unreachable index is SEARCH_UNAVAILABLE. */
    private static DataFetcherResult<List<SearchDrift.KindDrift>> checked(DataFetchingEnvironment env, Check check) {
        try {
            return DataFetcherResult.<List<SearchDrift.KindDrift>>newResult().data(check.run()).build();
        } catch (TenantCallFailure failure) {
            return DataFetcherResult.<List<SearchDrift.KindDrift>>newResult().error(FederatedResults.error(env, failure)).build();
        } catch (java.io.IOException | co.elastic.clients.elasticsearch._types.ElasticsearchException e) {
            throw new SearchUnavailableException(e);
        }
    }
}
