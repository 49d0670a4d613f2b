package cn.techmarket.model.id;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The one encoding of every opaque token the platform hands out (global ids and every cursor):
 * URL-safe base64 of UTF-8 text, without padding, so a token can stand in a URL unescaped and a
 * client is not tempted to read or build one.
 */
public final class Opaque {

    private Opaque() {
    }

    public static String encode(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    public static String encode(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** @throws IllegalArgumentException when the token is not of this encoding */
    public static String decode(String token) {
        return new String(decodeBytes(token), StandardCharsets.UTF_8);
    }

    /** @throws IllegalArgumentException when the token is not of this encoding */
    public static byte[] decodeBytes(String token) {
        return Base64.getUrlDecoder().decode(token);
    }
}
