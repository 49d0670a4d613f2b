package cn.techmarket.tenant.feed;

import cn.techmarket.graphql.FeedReaderHeader;
import cn.techmarket.graphql.limits.ErrorBodies;
import cn.techmarket.graphql.security.Caller;
import cn.techmarket.model.access.MarketRole;
import cn.techmarket.tenant.library.LibraryRecord;
import cn.techmarket.graphql.errors.BadInputException;
import cn.techmarket.tenant.library.LibraryKinds;
import cn.techmarket.tenant.tenancy.HostedTenant;
import cn.techmarket.tenant.tenancy.HostedTenants;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;

/**
 * The change feed as one stream of newline-delimited JSON, for the sync service only: a rebuild
 * reads whole feeds, and page by page through GraphQL that costs a query, a GraphQL execution and
 * a round trip per page. Each line is a change shaped as the {@code changes} query returns it,
 * with its search entry and without the record itself, which no index needs; the last line
 * carries the cursor to continue from, and a stream without it was cut short.
 * <p>
 * With {@code wait} (milliseconds, at most {@value #MAX_WAIT_MILLIS}) a reader that is caught up
 * is held until something past its cursor commits: a long poll. While it is held, a line
 * {@code {"upToDate": ms}} each second says nothing had changed {@code ms} after the request
 * arrived, and keeps the connection from looking stalled. The cursor line carries the same figure
 * for the moment the bounds it stands at were read, so the reader can tell how fresh it is
 * without comparing clocks.
 */
@RestController
class ChangeFeedExportController {

    static final MediaType NDJSON = MediaType.parseMediaType("application/x-ndjson");
    static final long MAX_WAIT_MILLIS = 30_000;

    private final ChangeFeed feed;
    private final HostedTenants tenants;
    private final LibraryKinds kinds;
    private final JsonMapper json;
    private final FeedReaders readers;

    ChangeFeedExportController(ChangeFeed feed, HostedTenants tenants, LibraryKinds kinds, JsonMapper json, FeedReaders readers) {
        this.feed = feed;
        this.readers = readers;
        this.tenants = tenants;
        this.kinds = kinds;
        this.json = json;
    }

    /**
     * Written on the request thread rather than as an asynchronous {@code StreamingResponseBody}:
     * a whole feed of a hundred thousand records takes longer than the async request timeout
     * (30 s), which would cut the stream short.
     */
    @GetMapping("/tenants/{tenantId}/changes")
    void export(@PathVariable String tenantId, @RequestParam(required = false) String after,
                @RequestParam(required = false, defaultValue = "0") String wait,
                @RequestHeader(name = FeedReaderHeader.NAME, required = false) String reader, Authentication authentication,
                HttpServletResponse response) throws IOException, InterruptedException {
        long arrived = System.nanoTime();
        Caller caller = Caller.of(authentication);
        if (!caller.has(MarketRole.SYNC_SERVICE)) {
            throw new NotSyncService(caller.isAnonymous() ? HttpStatus.UNAUTHORIZED : HttpStatus.FORBIDDEN);
        }
        FeedCursor from = FeedCursor.decode(after);
        long waitMillis = waitMillis(wait);
        HostedTenant tenant = tenants.find(tenantId).orElseThrow();
        try (FeedReaders.Reading reading = readers.begin(tenant.id(), reader)) {
            stream(tenant, from, waitMillis, arrived, reading, response);
        }
    }

    private void stream(HostedTenant tenant, FeedCursor from, long waitMillis, long arrived, FeedReaders.Reading reading,
                        HttpServletResponse response) throws IOException, InterruptedException {
        response.setContentType(NDJSON.toString());
        OutputStream out = response.getOutputStream();
        // flushed, not closed: closing would close the response stream before the last line's newline
        SequenceWriter lines = json.writer().withRootValueSeparator("\n").writeValues(out);
        if (waitMillis > 0) {
            feed.awaitChanges(tenant, from, arrived + waitMillis * 1_000_000, checkedAt -> {
                // its newline comes before the next line, as between any two
                lines.write(Map.of("upToDate", millisBetween(arrived, checkedAt)));
                lines.flush();
            });
        }
        long boundsRead = System.nanoTime();
        FeedCursor end = feed.export(tenant, from, record -> {
            ChangeFeedController.Change change = ChangeFeedController.Change.of(record, kinds);
            lines.write(line(change));
            reading.sent(change.kind(), change.seq());
        });
        lines.write(Map.of("cursor", end.encode(), "upToDate", millisBetween(arrived, boundsRead)));
        lines.flush();
        out.write('\n');
        out.flush();
    }

    private static long waitMillis(String wait) {
        try {
            long millis = Long.parseLong(wait);
            if (millis >= 0 && millis <= MAX_WAIT_MILLIS) {
                return millis;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new BadInputException("wait", "must be a whole number of milliseconds from 0 to " + MAX_WAIT_MILLIS + ", was '" + wait + "'");
    }

    private static long millisBetween(long from, long to) {
        return (to - from) / 1_000_000;
    }

    private ObjectNode line(ChangeFeedController.Change change) {
        ObjectNode line = json.createObjectNode()
                .put("kind", change.kind().name()).put("id", change.id()).put("seq", change.seq()).put("version", change.version())
                .put("lifecycle", change.lifecycle().name())
                .put("changedAt", change.changedAt() == null ? null : change.changedAt().toString());
        line.set("search", json.valueToTree(change.search()));
        return line;
    }

    private static final class NotSyncService extends RuntimeException {
        private final HttpStatus status;

        NotSyncService(HttpStatus status) {
            super("the change feed export is for the sync service only");
            this.status = status;
        }
    }

    @ExceptionHandler
    void refused(NotSyncService refused, HttpServletResponse response) throws IOException {
        ErrorBodies.write(response, refused.status.value(), refused.status == HttpStatus.UNAUTHORIZED ? "UNAUTHORIZED" : "FORBIDDEN",
                refused.status == HttpStatus.UNAUTHORIZED ? "Sign in first: " + refused.getMessage() : refused.getMessage());
    }

    @ExceptionHandler
    void badInput(BadInputException bad, HttpServletResponse response) throws IOException {
        ErrorBodies.write(response, HttpServletResponse.SC_BAD_REQUEST, bad.code(), bad.getMessage(), bad.field());
    }
}
