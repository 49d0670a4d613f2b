package cn.techmarket.hub.bench;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import java.util.Collection;
import java.util.concurrent.TimeUnit;

/**
 * Where a request's time went inside the hub, by the hub's own timers: the server's handling of
 * the HTTP request, its GraphQL execution and one data fetcher. Read before and after a run, so
 * a benchmark can split the time it measured from outside.
 */
final class HubTimers {

    /** Totals at one moment, to subtract. */
    record Snapshot(Totals server, Totals graphql, Totals fetcher) {
    }

    record Totals(long count, double millis) {

        Totals minus(Totals earlier) {
            return new Totals(count - earlier.count, millis - earlier.millis);
        }

        double mean() {
            return count == 0 ? 0 : millis / count;
        }
    }

    private final MeterRegistry meters;
    private final String field;

    /** @param field the data fetcher to time, by its GraphQL field name */
    HubTimers(MeterRegistry meters, String field) {
        this.meters = meters;
        this.field = field;
    }

    Snapshot now() {
        return new Snapshot(totals(meters.find("http.server.requests").tag("uri", "/graphql").timers()),
                totals(meters.find("graphql.request").timers()),
                totals(meters.find("graphql.datafetcher").tag("graphql.field.name", field).timers()));
    }

    /** Mean milliseconds per request since {@code before}: server, GraphQL execution, the field's fetcher. */
    Snapshot since(Snapshot before) {
        Snapshot after = now();
        return new Snapshot(after.server().minus(before.server()), after.graphql().minus(before.graphql()),
                after.fetcher().minus(before.fetcher()));
    }

    private static Totals totals(Collection<Timer> timers) {
        return new Totals(timers.stream().mapToLong(Timer::count).sum(),
                timers.stream().mapToDouble(timer -> timer.totalTime(TimeUnit.MILLISECONDS)).sum());
    }
}
