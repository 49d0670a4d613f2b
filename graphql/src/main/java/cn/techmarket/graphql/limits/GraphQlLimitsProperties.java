package cn.techmarket.graphql.limits;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import java.time.Duration;

/**
 * Bounds on what one GraphQL request may ask of a server.
 *
 * @param maxDepth       deepest field nesting; GraphiQL's own introspection query needs 13
 * @param maxComplexity  fields a query may resolve, counting a list field's selection once per
 *                       item it may return ({@code first}, else {@code defaultPageSize})
 * @param defaultPageSize the page size assumed for a list field without {@code first}
 * @param maxFields      fields a document may select, counting each fragment once per place it is spread
 * @param maxFragmentSpreads fragment spreads a document may hold, counted the same way; nested spreads
 *                       make graphql-java's validation superlinear, so this bound is what keeps it cheap
 * @param requestBudget  wall-clock time one request may take before its remaining fields are refused
 * @param maxRequestSize largest request body accepted
 * @param rateLimit      requests per client
 */
@ConfigurationProperties("market.graphql")
public record GraphQlLimitsProperties(
        @DefaultValue("15") int maxDepth,
        @DefaultValue("20000") int maxComplexity,
        @DefaultValue("20") int defaultPageSize,
        @DefaultValue("2000") int maxFields,
        @DefaultValue("100") int maxFragmentSpreads,
        @DefaultValue("5s") Duration requestBudget,
        @DefaultValue("256KB") DataSize maxRequestSize,
        @DefaultValue RateLimit rateLimit) {

    /**
     * @param enabled           whether requests are counted at all
     * @param requestsPerSecond what one client (token subject, or address without a token) may send
     */
    public record RateLimit(@DefaultValue("true") boolean enabled, @DefaultValue("100") int requestsPerSecond) {
    }
}
