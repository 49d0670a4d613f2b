package cn.techmarket.graphql.limits;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.validation.annotation.Validated;

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
@Validated
@ConfigurationProperties("market.graphql")
public record GraphQlLimitsProperties(
        @DefaultValue("15") @Positive int maxDepth,
        @DefaultValue("20000") @Positive int maxComplexity,
        @DefaultValue("20") @Positive int defaultPageSize,
        @DefaultValue("2000") @Positive int maxFields,
        @DefaultValue("100") @PositiveOrZero int maxFragmentSpreads,
        @DefaultValue("5s") @DurationMin(millis = 1) Duration requestBudget,
        @DefaultValue("256KB") DataSize maxRequestSize,
        @DefaultValue @Valid RateLimit rateLimit) {

    /**
     * @param enabled           whether requests are counted at all
     * @param requestsPerSecond what one client (token subject, or address without a token) may send
     */
    public record RateLimit(@DefaultValue("true") boolean enabled, @DefaultValue("100") @Positive int requestsPerSecond) {
    }
}
