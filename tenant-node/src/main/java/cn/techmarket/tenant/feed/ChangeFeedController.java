package cn.techmarket.tenant.feed;

import cn.techmarket.tenant.library.Lifecycle;
import cn.techmarket.tenant.library.LibraryRecord;
import cn.techmarket.model.record.RecordKind;
import cn.techmarket.graphql.errors.BadInputException;
import cn.techmarket.tenant.library.LibraryKinds;
import cn.techmarket.tenant.library.SearchEntry;
import cn.techmarket.tenant.tenancy.HostedTenant;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import java.time.Instant;
import java.util.List;

@Controller
class ChangeFeedController {

    /** A public record comes with its search entry, made as its kind declares; a tombstone has neither. */
    record Change(RecordKind kind, String id, long seq, long version, Lifecycle lifecycle, Instant changedAt, LibraryRecord record,
                  SearchEntry search) {

        static Change of(LibraryRecord record, LibraryKinds kinds) {
            boolean visible = record.meta().lifecycle().isPublic();
            return new Change(record.kind(), record.globalId().encode(), record.meta().seq(), record.meta().version(),
                    record.meta().lifecycle(), record.meta().updatedAt(), visible ? record : null,
                    visible ? kinds.of(record.kind()).searchEntry(record) : null);
        }
    }

    record ChangePage(List<Change> changes, String cursor, boolean hasMore) {
    }

    private final ChangeFeed feed;
    private final LibraryKinds kinds;

    ChangeFeedController(ChangeFeed feed, LibraryKinds kinds) {
        this.feed = feed;
        this.kinds = kinds;
    }

    @QueryMapping
    ChangePage changes(@ContextValue HostedTenant tenant, @Argument String after, @Argument Integer first) {
        int limit = first == null ? 100 : first;
        if (limit < 1 || limit > ChangeFeed.MAX_PAGE) {
            throw new BadInputException("first", "must be between 1 and " + ChangeFeed.MAX_PAGE);
        }
        ChangeFeed.Page page = feed.after(tenant, FeedCursor.decode(after), limit);
        return new ChangePage(page.changes().stream().map(record -> Change.of(record, kinds)).toList(), page.cursor().encode(), page.hasMore());
    }
}
