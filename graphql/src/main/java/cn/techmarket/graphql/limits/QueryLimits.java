package cn.techmarket.graphql.limits;

import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

import java.time.Clock;

/**
 * The limits on each request: body size, query depth and query complexity. Complexity counts a
 * paged field's selection once per item it may return, so {@code first: 100} costs a hundred
 * times what {@code first: 1} does.
 */
@Configuration(proxyBeanMethods = false)
public class QueryLimits {

    /** The largest page any paged field serves (the change feed's). */
    static final int LARGEST_PAGE = 500;

    @Bean
    MaxQueryDepthInstrumentation maxQueryDepth(GraphQlLimitsProperties limits) {
        return new MaxQueryDepthInstrumentation(limits.maxDepth());
    }

    @Bean
    MaxQueryComplexityInstrumentation maxQueryComplexity(GraphQlLimitsProperties limits) {
        return new MaxQueryComplexityInstrumentation(limits.maxComplexity(), pageAware(limits.defaultPageSize()));
    }

    @Bean
    DocumentCostLimit documentCostLimit(GraphQlLimitsProperties limits) {
        return new DocumentCostLimit(limits.maxFields(), limits.maxFragmentSpreads());
    }

    @Bean
    RequestBudget requestBudget(GraphQlLimitsProperties limits, ObjectProvider<Clock> clock) {
        return new RequestBudget(clock.getIfAvailable(Clock::systemUTC), limits.requestBudget());
    }

    @Bean
    TimeBudget.Interceptor timeBudgetHeader() {
        return new TimeBudget.Interceptor();
    }

    @Bean
    PageArguments pageArguments() {
        return new PageArguments();
    }

    @Bean
    FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimit(GraphQlLimitsProperties limits) {
        FilterRegistrationBean<RequestSizeLimitFilter> registration =
                new FilterRegistrationBean<>(new RequestSizeLimitFilter(limits.maxRequestSize().toBytes()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    static FieldComplexityCalculator pageAware(int defaultPageSize) {
        return (environment, childComplexity) -> {
            if (environment.getFieldDefinition().getArgument("first") == null) {
                return 1 + childComplexity;
            }
            Object first = environment.getArguments().get("first");
            // a count past the largest page any field serves is the fetcher's to refuse, naming `first`
            int items = first instanceof Number n ? Math.max(1, Math.min(n.intValue(), LARGEST_PAGE)) : defaultPageSize;
            return 1 + childComplexity * items;
        };
    }
}
