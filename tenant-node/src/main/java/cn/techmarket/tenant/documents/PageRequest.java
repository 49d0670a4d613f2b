package cn.techmarket.tenant.documents;

import cn.techmarket.graphql.errors.BadInputException;

import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.KeysetScrollPosition;
import org.springframework.graphql.data.query.ScrollSubrange;

/** A bounded page of a Relay connection: a client can never ask for an unbounded result. */
public record PageRequest(KeysetScrollPosition position, int size) {

    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 100;

    public static PageRequest of(ScrollSubrange subrange) {
        int size = subrange.count().orElse(DEFAULT_SIZE);
        if (size < 1 || size > MAX_SIZE) {
            throw new BadInputException(subrange.forward() ? "first" : "last", "must be between 1 and " + MAX_SIZE);
        }
        ScrollPosition position = subrange.position().orElse(ScrollPosition.keyset());
        if (!(position instanceof KeysetScrollPosition keyset)) {
            throw new BadInputException(subrange.forward() ? "after" : "before", "is not a cursor of this connection");
        }
        return new PageRequest(keyset, size);
    }
}
