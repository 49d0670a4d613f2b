package cn.techmarket.hub.federation;

import cn.techmarket.hub.HubExecutors;
import cn.techmarket.model.region.TenantId;
import org.springframework.beans.factory.annotation.Qualifier;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

import cn.techmarket.hub.registry.RegisteredTenant;
import cn.techmarket.hub.registry.TenantRegistry;
import cn.techmarket.model.id.GlobalId;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import cn.techmarket.graphql.security.Caller;
import java.util.Set;

/**
 * Loads whole records by global id for a request, batched: all ids asked for while a request
 * executes are grouped by their tenant and fetched with one {@code recordsByIds} call per
 * tenant (in chunks of 100). A tenant that cannot answer yields its failure for its ids.
 */
@Component
public class RecordLoader {

    public static final String NAME = "records";
    private static final int CHUNK = 100;

    /** What {@code recordsByIds.graphql} aliases, per type: alias → field. */
    static final Map<String, Map<String, String>> ALIASES = Map.ofEntries(
            Map.entry("Expert", Map.of("expertTitle", "title")),
            Map.entry("FinancingInstitution", Map.of("financingType", "type")),
            Map.entry("ServiceInstitution", Map.of("serviceType", "type")),
            Map.entry("Instrument", Map.of("instrumentStatus", "status")),
            Map.entry("Policy", Map.of("policyType", "type")),
            Map.entry("Challenge", Map.of("challengeType", "type", "challengeDeadline", "deadline")),
            Map.entry("ChallengeApplication", Map.of("applicationStatus", "status")),
            Map.entry("Contract", Map.of("contractStatus", "status", "contractType", "type", "contractDemandId", "demandId", "contractHistory", "history")),
            Map.entry("Match", Map.of("matchStatus", "status", "matchHistory", "history")),
            Map.entry("MeetingRequest", Map.of("meetingStatus", "status", "meetingHistory", "history")),
            Map.entry("Booking", Map.of("bookingStatus", "status", "bookingHistory", "history", "bookingMode", "mode")),
            Map.entry("Member", Map.of("memberStatus", "status", "memberHistory", "history", "memberBroker", "broker")),
            Map.entry("Listing", Map.of("listingAchievementId", "achievementId", "listingOwner", "owner", "listingMode", "mode", "listingStatus", "status",
                    "listingHistory", "history")),
            Map.entry("FinancingRequest", Map.of("financingStage", "stage", "financingStatus", "status", "financingHistory", "history",
                    "financingAchievementId", "achievementId", "financingDemandId", "demandId")),
            Map.entry("Activity", Map.of("activityKind", "kind", "activityStatus", "status", "activityHistory", "history")));

    /** What a lookup gives: the record (null when not visible) or why its tenant could not say. */
    public record Loaded(Map<String, Object> record, TenantCallFailure failure) {
    }

    private final TenantRegistry registry;
    private final TenantGateway gateway;
    private final Executor fanOut;

    RecordLoader(BatchLoaderRegistry batchLoaders, TenantRegistry registry, TenantGateway gateway,
                 @Qualifier(HubExecutors.FAN_OUT) Executor fanOut) {
        this.registry = registry;
        this.gateway = gateway;
        this.fanOut = fanOut;
        batchLoaders.<String, Loaded>forName(NAME).registerMappedBatchLoader((ids, environment) ->
                Mono.fromCallable(() -> load(ids, Callers.of((graphql.GraphQLContext) environment.getContext()),
                        Deadline.of((graphql.GraphQLContext) environment.getContext()))));
    }

    /** The types besides library records that {@code recordsByIds} fetches: those implementing {@code Node}. */
    private static final Set<String> OTHER_NODE_TYPES = Set.of("Contract", "Match", "MeetingRequest", "Member", "Booking", "ChallengeApplication",
            "Listing", "FinancingRequest", "Activity");

    /** The owning tenant of an id {@code recordsByIds} can fetch; empty for anything else. */
    static Optional<TenantId> tenantOf(String id) {
        try {
            String[] parts = GlobalId.parts(id);
            if (OTHER_NODE_TYPES.contains(parts[1])) {
                return Optional.of(TenantId.of(parts[0]));
            }
            return Optional.of(TenantId.of(GlobalId.decode(id).tenantId()));
        } catch (IllegalArgumentException e) { // a malformed id, or one naming no valid tenant
            return Optional.empty();
        }
    }

    public Map<String, Loaded> load(Set<String> ids, Caller caller, Deadline deadline) {
        Map<TenantId, List<String>> byTenant = new LinkedHashMap<>();
        Map<String, Loaded> loaded = new HashMap<>();
        for (String id : ids) {
            tenantOf(id).ifPresentOrElse(tenant -> byTenant.computeIfAbsent(tenant, t -> new ArrayList<>()).add(id),
                    () -> loaded.put(id, new Loaded(null, null)));
        }
        // each city side by side; every call ends by the request's deadline, so joining waits no longer
        List<CompletableFuture<Map<String, Loaded>>> cities = byTenant.entrySet().stream()
                .map(entry -> CompletableFuture.supplyAsync(() -> loadFrom(entry.getKey(), entry.getValue(), caller, deadline), fanOut))
                .toList();
        cities.forEach(city -> loaded.putAll(city.join()));
        return loaded;
    }

    private Map<String, Loaded> loadFrom(TenantId tenantId, List<String> ids, Caller caller, Deadline deadline) {
        Map<String, Loaded> loaded = new HashMap<>();
        RegisteredTenant tenant = registry.find(tenantId.value()).orElse(null);
        if (tenant == null) {
            ids.forEach(id -> loaded.put(id, new Loaded(null, null)));
            return loaded;
        }
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            try {
                List<Map<String, Object>> records = gateway.queryNamed(tenant, caller, deadline, "recordsByIds",
                        Map.of("ids", chunk, "withContact", caller.readsPrivateDataOf(tenantId.value()))).field("nodes");
                for (int i = 0; i < chunk.size(); i++) {
                    loaded.put(chunk.get(i), new Loaded(records == null ? null : unalias(records.get(i)), null));
                }
            } catch (TenantCallFailure failure) {
                chunk.forEach(id -> loaded.put(id, new Loaded(null, failure)));
            }
        }
        return loaded;
    }

    private static Map<String, Object> unalias(Map<String, Object> record) {
        if (record == null) {
            return null;
        }
        Map<String, Object> named = new LinkedHashMap<>(record);
        ALIASES.getOrDefault((String) record.get("__typename"), Map.of())
                .forEach((alias, field) -> named.put(field, named.remove(alias)));
        return named;
    }
}
