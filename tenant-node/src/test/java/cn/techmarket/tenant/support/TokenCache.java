package cn.techmarket.tenant.support;

import cn.techmarket.infra.SharedTestServers;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Demo clients' tokens, fetched once per test JVM from the real authorization server. */
final class TokenCache {

    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    private TokenCache() {
    }

    static String token(String client) {
        return TOKENS.computeIfAbsent(client, id -> SharedTestServers.authorizationServer().token(id));
    }
}
