package cn.techmarket.tenant.idempotency;

import cn.techmarket.graphql.IdempotencyKey;
import cn.techmarket.graphql.security.Caller;
import cn.techmarket.tenant.documents.NewIds;
import cn.techmarket.tenant.tenancy.HostedTenant;
import cn.techmarket.tenant.tenancy.HostedTenants;
import cn.techmarket.tenant.tenancy.TenantPath;
import graphql.ExecutionResult;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/**
 * Makes a mutation sent with an {@code Idempotency-Key} safe to retry. The first request with a
 * key runs and its answer is kept ({@code market.node.idempotency.retention}); the same key with
 * the same request (document, operation and variables) gets that answer again without running;
 * with a different request it is refused ({@code IDEMPOTENCY_KEY_REUSED}), and while the first
 * is still running a retry is told to wait ({@code IDEMPOTENCY_KEY_IN_USE}). A request that
 * failed for the server's own reasons releases its key, so a retry runs it. Keys are per caller:
 * two clients cannot collide. Outermost of the interceptors, so it keeps the answer the client saw.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class IdempotencyInterceptor implements WebGraphQlInterceptor {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();

    private final IdempotencyKeys keys;
    private final HostedTenants tenants;

    IdempotencyInterceptor(IdempotencyKeys keys, HostedTenants tenants) {
        this.keys = keys;
        this.tenants = tenants;
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        String key = request.getHeaders().getFirst(IdempotencyKey.HEADER);
        Optional<HostedTenant> tenant = TenantPath.tenantId(request.getUri().getPath()).flatMap(tenants::find);
        if (key == null || tenant.isEmpty() || !IdempotencyKey.keys(request)) {
            return chain.next(withIds(request, NewIds.fresh()));
        }
        Optional<String> problem = IdempotencyKey.problem(key);
        if (problem.isPresent()) {
            return Mono.just(IdempotencyKey.refusal(request, "INVALID_INPUT", problem.get()));
        }
        String subject = Caller.current().subject();
        IdempotencyKeys.Claim claim = keys.claim(tenant.get(), subject, key, fingerprint(request));
        if (claim instanceof IdempotencyKeys.Claim.Replay replay) {
            return Mono.just(replayed(request, replay.response()));
        }
        if (claim instanceof IdempotencyKeys.Claim.Conflict) {
            return Mono.just(IdempotencyKey.refusal(request, "IDEMPOTENCY_KEY_REUSED",
                    "this key was already used for a different request; use a new key for a new request"));
        }
        if (!(claim instanceof IdempotencyKeys.Claim.Run run)) {
            return Mono.just(IdempotencyKey.refusal(request, "IDEMPOTENCY_KEY_IN_USE",
                    "the first request with this key is still running; retry in a moment to get its answer"));
        }
        return chain.next(withIds(request, NewIds.derivedFrom(subject, key)))
                .doOnNext(response -> {
                    if (failedOnItsOwn(response)) {
                        keys.release(tenant.get(), run);
                    } else {
                        keys.complete(tenant.get(), run, JSON.writeValueAsString(response.getExecutionResult().toSpecification()));
                    }
                })
                .doOnError(failure -> keys.release(tenant.get(), run));
    }

    private static WebGraphQlRequest withIds(WebGraphQlRequest request, NewIds ids) {
        request.configureExecutionInput((input, builder) -> builder.graphQLContext(context -> context.put(NewIds.CONTEXT_KEY, ids)).build());
        return request;
    }

    /**
     * A server-side failure, or a mutation not run because the request's time was spent, says
     * nothing about the request: a retry should run it.
     */
    private static boolean failedOnItsOwn(WebGraphQlResponse response) {
        return response.getErrors().stream().anyMatch(error -> "INTERNAL_ERROR".equals(String.valueOf(error.getErrorType()))
                || "REQUEST_BUDGET_EXCEEDED".equals(error.getExtensions().get("code")));
    }

    private static String fingerprint(WebGraphQlRequest request) {
        try {
            String canonical = request.getOperationName() + "\n" + request.getDocument() + "\n" + JSON.writeValueAsString(request.getVariables());
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static WebGraphQlResponse replayed(WebGraphQlRequest request, String response) {
        ExecutionResult first = ExecutionResult.fromSpecification(JSON.readValue(response, Map.class));
        ExecutionResult marked = first.transform(builder -> builder.addExtension("idempotency", Map.of("replayed", true)));
        return new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), marked));
    }
}
