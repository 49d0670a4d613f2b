package cn.techmarket.hub.search.query;

import cn.techmarket.model.id.Opaque;

import co.elastic.clients.elasticsearch._types.FieldValue;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Where a search page ended: the point in time it searched (none for a first page: one is opened when the client pages on), the sort values of its last hit
 * ({@code search_after}) and a fingerprint of the search it belongs to, so a cursor given to
 * another search is refused rather than answered with a page of the first. Opaque to clients.
 */
public record SearchCursor(String pit, List<FieldValue> after, String search) {

    /** A short digest of what defines a search's results (its text, kind, filter and order; not the page size). */
    static String fingerprint(Object... searchArguments) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(Arrays.deepToString(searchArguments).getBytes(StandardCharsets.UTF_8));
            return Opaque.encode(Arrays.copyOf(digest, 9));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final ObjectMapper JSON = tools.jackson.databind.json.JsonMapper.builder().build();

    String encode() {
        ObjectNode node = JSON.createObjectNode().put("p", pit).put("s", search);
        ArrayNode values = node.putArray("a");
        for (FieldValue value : after) {
            if (value.isLong()) {
                values.add(value.longValue());
            } else if (value.isDouble()) {
                values.add(value.doubleValue());
            } else if (value.isString()) {
                values.add(value.stringValue());
            } else if (value.isBoolean()) {
                values.add(value.booleanValue());
            } else {
                values.addNull();
            }
        }
        return Opaque.encode(node.toString());
    }

    /** @throws IllegalArgumentException when the text is not a cursor this hub issued */
    static SearchCursor decode(String cursor) {
        try {
            var node = JSON.readTree(Opaque.decodeBytes(cursor));
            List<FieldValue> after = new ArrayList<>();
            for (var value : node.get("a")) {
                if (value.isIntegralNumber()) {
                    after.add(FieldValue.of(value.longValue()));
                } else if (value.isNumber()) {
                    after.add(FieldValue.of(value.doubleValue()));
                } else if (value.isTextual()) {
                    after.add(FieldValue.of(value.textValue()));
                } else if (value.isBoolean()) {
                    after.add(FieldValue.of(value.booleanValue()));
                } else {
                    after.add(FieldValue.NULL);
                }
            }
            String pit = node.get("p").textValue();
            if (pit != null && pit.isBlank()) {
                throw new IllegalArgumentException("a blank point in time");
            }
            if (after.isEmpty()) {
                throw new IllegalArgumentException("no sort values");
            }
            var search = node.get("s");
            return new SearchCursor(pit, after, search == null ? "" : search.textValue());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("is not a cursor of this search", e);
        }
    }
}
