package cn.techmarket.hub.federation;

import cn.techmarket.model.region.TenantId;

import cn.techmarket.graphql.errors.BadInput;
import cn.techmarket.graphql.errors.BadInputException;

import graphql.GraphQLError;
import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingEnvironment;
import org.dataloader.DataLoader;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * {@code node} and {@code nodes} for the whole province. Ids name their tenant; every lookup in
 * a request goes through the {@link RecordLoader}, so each tenant is called once per request.
 */
@Controller
class HubNodeController {

    private static final int MAX_IDS = 100;

    @QueryMapping
    CompletableFuture<DataFetcherResult<Object>> node(@Argument String id, DataFetchingEnvironment env) {
        if (!isWellFormed(id)) {
            throw new BadInputException("id", "not a valid record id");
        }
        return loader(env).load(id).thenApply(loaded -> loaded.failure() == null
                ? DataFetcherResult.newResult().data(loaded.record()).build()
                : FederatedResults.failed(env, loaded.failure()));
    }

    @QueryMapping
    CompletableFuture<DataFetcherResult<List<Map<String, Object>>>> nodes(@Argument List<String> ids, DataFetchingEnvironment env) {
        if (ids.size() > MAX_IDS) {
            throw new BadInputException("ids", "at most " + MAX_IDS + " ids at once");
        }
        List<GraphQLError> refused = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            if (!isWellFormed(ids.get(i))) {
                refused.add(BadInput.error(env, "ids[" + i + "]", "not a valid record id"));
            }
        }
        return loader(env).loadMany(ids).thenApply(all -> {
            List<Map<String, Object>> records = new ArrayList<>();
            List<GraphQLError> errors = new ArrayList<>(refused);
            // one error per city that could not answer, however many of its ids were asked for
            Set<TenantId> unanswered = new HashSet<>();
            for (RecordLoader.Loaded loaded : all) {
                records.add(loaded.record());
                if (loaded.failure() != null && unanswered.add(loaded.failure().tenantId())) {
                    errors.add(FederatedResults.error(env, loaded.failure()));
                }
            }
            return DataFetcherResult.<List<Map<String, Object>>>newResult().data(records).errors(errors).build();
        });
    }

    private static boolean isWellFormed(String id) {
        return RecordLoader.tenantOf(id).isPresent();
    }

    private static DataLoader<String, RecordLoader.Loaded> loader(DataFetchingEnvironment env) {
        return env.getDataLoader(RecordLoader.NAME);
    }
}
