package cn.techmarket.tenant.feed;

import cn.techmarket.graphql.errors.BadInputException;
import cn.techmarket.tenant.library.Library;

import cn.techmarket.model.id.Opaque;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A position in a tenant's change feed: the last sequence read for each kind. Opaque to clients
 * (URL-safe base64 of {@code a:12,d:5,...}); kinds it does not name start at zero, so a cursor
 * stays valid when a kind is added.
 */
record FeedCursor(Map<String, Long> positions) {

    static final FeedCursor START = new FeedCursor(Map.of());

    long position(Library<?> library) {
        return positions.getOrDefault(library.cursorKey(), 0L);
    }

    FeedCursor advance(Library<?> library, long seq) {
        Map<String, Long> next = new LinkedHashMap<>(positions);
        next.merge(library.cursorKey(), seq, Math::max);
        return new FeedCursor(next);
    }

    /** The same positions, naming every one of these libraries (at zero where it had none), in their order. */
    FeedCursor covering(Collection<Library<?>> libraries) {
        Map<String, Long> covered = new LinkedHashMap<>();
        libraries.forEach(library -> covered.put(library.cursorKey(), position(library)));
        positions.forEach(covered::putIfAbsent);
        return new FeedCursor(covered);
    }

    String encode() {
        String raw = positions.entrySet().stream()
                .map(position -> position.getKey() + ":" + position.getValue())
                .collect(Collectors.joining(","));
        return Opaque.encode(raw);
    }

    static FeedCursor decode(String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return START;
        }
        try {
            String raw = Opaque.decode(cursor);
            Map<String, Long> positions = new LinkedHashMap<>();
            for (String part : raw.split(",")) {
                String[] keyAndSeq = part.split(":");
                long seq = Long.parseLong(keyAndSeq[1]);
                if (keyAndSeq.length != 2 || seq < 0) {
                    throw new IllegalArgumentException();
                }
                positions.put(keyAndSeq[0], seq);
            }
            return new FeedCursor(positions);
        } catch (RuntimeException e) {
            throw new BadInputException("after", "is not a cursor of this change feed");
        }
    }
}
