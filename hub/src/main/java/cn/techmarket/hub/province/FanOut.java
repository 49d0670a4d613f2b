package cn.techmarket.hub.province;

import cn.techmarket.hub.HubExecutors;
import org.springframework.beans.factory.annotation.Qualifier;
import cn.techmarket.hub.federation.TenantCallFailure;
import cn.techmarket.hub.registry.RegisteredTenant;
import cn.techmarket.hub.registry.TenantRegistry;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * Asks every active tenant at once and waits for all: each call is bounded by the gateway's
 * time limit, so the whole fan-out takes about as long as the slowest tenant that answers.
 */
@Component
class FanOut {

    /** The answers that could be had, and the tenants that could not answer. */
    record Results<T>(Map<RegisteredTenant, T> answers, List<TenantCallFailure> failures) {
    }

    private final TenantRegistry registry;
    private final Executor pool;

    FanOut(TenantRegistry registry, @Qualifier(HubExecutors.FAN_OUT) Executor pool) {
        this.registry = registry;
        this.pool = pool;
    }

    <T> Results<T> ask(Function<RegisteredTenant, T> question) {
        return ask(tenant -> true, question);
    }

    /** As {@link #ask(Function)}, of the active tenants that match. */
    <T> Results<T> ask(java.util.function.Predicate<RegisteredTenant> which, Function<RegisteredTenant, T> question) {
        List<RegisteredTenant> tenants = registry.all().stream()
                .filter(tenant -> tenant.status() == RegisteredTenant.TenantStatus.ACTIVE)
                .filter(which)
                .toList();
        Map<RegisteredTenant, CompletableFuture<T>> calls = new LinkedHashMap<>();
        tenants.forEach(tenant -> calls.put(tenant, CompletableFuture.supplyAsync(() -> question.apply(tenant), pool)));
        Map<RegisteredTenant, T> answers = new LinkedHashMap<>();
        List<TenantCallFailure> failures = new ArrayList<>();
        calls.forEach((tenant, call) -> {
            try {
                answers.put(tenant, call.join());
            } catch (CompletionException e) {
                if (e.getCause() instanceof TenantCallFailure failure) {
                    failures.add(failure);
                } else {
                    throw e;
                }
            }
        });
        return new Results<>(answers, failures);
    }
}
